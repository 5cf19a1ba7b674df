import { describe, expect, it } from 'vitest';
import { insertTree, readJson, signedIn } from '../src/auth/testing';
import { testDeps } from './support/deps';

/**
 * The works council's access (DESIGN "Roles"): the configuration, the question catalogue, the audit log, the annex
 * and company-wide results; 403 for team results, staff lists, the outbox and every write except approvals.
 */
async function setup() {
  const t = await testDeps();
  await insertTree(t.deps);
  const council = await signedIn(t.deps, { role: 'council', email: 'br@muster.de' });
  return { ...t, council };
}

const JSON_TYPE = { 'content-type': 'application/json' };

describe('a works council member', () => {
  const reads = [
    '/api/v1/settings',
    '/api/v1/schedule',
    '/api/v1/audit',
    '/api/v1/audit/verify',
    '/api/v1/agreement',
    '/api/v1/questions',
    '/api/v1/approvals',
    '/api/v1/results',
    '/api/v1/results?team=root&role=power',
  ];
  it.each(reads)('reads %s', async (path) => {
    const { app, council } = await setup();
    const res = await app.request(path, { headers: { cookie: council.cookie } });
    expect(res.status).toBe(200);
  });

  const pages = ['/admin/settings', '/admin/audit', '/admin/agreement', '/admin/approvals', '/results', '/privacy'];
  it.each(pages)('opens the page %s', async (path) => {
    const { app, council } = await setup();
    const res = await app.request(path, { headers: { cookie: council.cookie } });
    expect(res.status).toBe(200);
  });

  it('gets 403 for team results, in the API and on the page', async () => {
    const { app, council } = await setup();
    const api = await app.request('/api/v1/results?team=nord', { headers: { cookie: council.cookie } });
    expect(api.status).toBe(403);
    expect(await api.json()).toEqual({ error: { code: 'FORBIDDEN', message: 'this team is outside what you may see', details: [{ code: 'outside_your_teams' }] } });
    const page = await app.request('/results?team=montage', { headers: { cookie: council.cookie } });
    expect(page.status).toBe(403);
    expect(await page.text()).toContain('Dieses Team gehört nicht zu Ihrem Bereich.');
    // The company's own results page lists no team below it.
    const home = await (await app.request('/results', { headers: { cookie: council.cookie } })).text();
    for (const team of ['Werk Nord', 'Montage', 'Werk Süd']) expect(home).not.toContain(team);
  });

  const forbiddenReads = [
    '/api/v1/teams',
    '/api/v1/waves',
    '/api/v1/outbox',
    '/api/v1/leaders',
    '/api/v1/admins',
    '/api/v1/council',
    '/api/v1/results/running',
    '/api/v1/retrospectives',
    '/admin',
    '/admin/staff',
    '/admin/people',
    '/admin/schedule',
    '/admin/retrospectives',
    '/outbox',
  ];
  it.each(forbiddenReads)('gets 403 on %s (staff lists, the outbox, what admins run)', async (path) => {
    const { app, council } = await setup();
    const res = await app.request(path, { headers: { cookie: council.cookie } });
    expect(res.status).toBe(403);
  });

  const writes: [string, string, string?][] = [
    ['PUT', '/api/v1/settings', '{"k":9}'],
    ['PUT', '/api/v1/staff'],
    ['POST', '/api/v1/waves', '{}'],
    ['POST', '/api/v1/waves/w1/close'],
    ['PUT', '/api/v1/schedule', '{}'],
    ['DELETE', '/api/v1/schedule'],
    ['POST', '/api/v1/leaders', '{}'],
    ['POST', '/api/v1/admins', '{}'],
    ['POST', '/api/v1/council', '{}'],
    ['DELETE', '/api/v1/council/x'],
    ['POST', '/admin/settings'],
    ['POST', '/admin/schedule'],
    ['POST', '/admin/waves'],
    ['POST', '/admin/people/council'],
    ['POST', '/admin/retrospectives/setting'],
  ];
  it.each(writes)('gets 403 on %s %s, even with its CSRF token', async (method, path, body) => {
    const { app, council } = await setup();
    const res = await app.request(path, { method, headers: council.headers(JSON_TYPE), body });
    expect(res.status).toBe(403);
  });

  it('is sent to the approvals after signing in, with a navigation of what it may use', async () => {
    const { app, council } = await setup();
    const home = await app.request('/', { headers: { cookie: council.cookie } });
    expect(home.headers.get('location')).toBe('/admin/approvals');
    const page = await (await app.request('/admin/approvals', { headers: { cookie: council.cookie } })).text();
    const nav = /<nav aria-label="Hauptnavigation">(.*?)<\/nav>/s.exec(page)![1];
    expect([...nav.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual([
      '/admin/approvals',
      '/results',
      '/admin/settings',
      '/admin/audit',
      '/admin/questionnaire',
      '/admin/agreement',
    ]);
    const settings = await readJson<{ k: number }>(app.request('/api/v1/settings', { headers: { cookie: council.cookie } }));
    expect(settings.k).toBe(5);
  });
});
