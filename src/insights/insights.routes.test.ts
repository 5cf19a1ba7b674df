import { beforeEach, describe, expect, it } from 'vitest';
import { testDeps } from '../../test/support/deps';
import { insertActionTree, insertClosedWave, insertView, sums } from '../actions/testing';
import { signedIn, type TestSession } from '../auth/testing';
import { backfillFindingsStep } from './write';

type Setup = Awaited<ReturnType<typeof testDeps>>;

/**
 * Two closed waves written as close writes them: Montage's fear rises from 40 to 70 (n = 20, sd 10), Logistik is
 * published in the first wave and suppressed in the second, the rest stays where it was. Findings come from the
 * backfill (the same computation a close runs).
 */
async function twoWaves(s: Setup) {
  await insertActionTree(s.deps);
  await insertClosedWave(s.deps, 'w1', '2026-09-01');
  await insertClosedWave(s.deps, 'w2', '2026-09-15');
  const flat = (n: number, mean: number) => ({ fear: sums(n, mean), trust: sums(n, 60) });
  for (const [wave, montage, logistik] of [
    ['w1', 40, true],
    ['w2', 70, false],
  ] as const) {
    await insertView(s.deps, wave, 'montage', flat(20, montage));
    await insertView(s.deps, wave, 'logistik', logistik ? flat(8, 45) : null);
    await insertView(s.deps, wave, 'nord', flat(28, wave === 'w1' ? 41 : 62));
    await insertView(s.deps, wave, 'sued', flat(30, 40));
    await insertView(s.deps, wave, 'lager', flat(12, 40));
    await insertView(s.deps, wave, 'root', flat(58, wave === 'w1' ? 40 : 51));
  }
  while (await backfillFindingsStep(s.deps));
}

describe('GET /api/v1/insights', () => {
  let s: Setup;
  let admin: TestSession;
  const get = async (path: string, who: TestSession) => {
    const res = await s.app.request(path, { headers: { cookie: who.cookie } });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test reads the fields it checks
    return { status: res.status, body: (await res.json()) as any };
  };

  beforeEach(async () => {
    s = await testDeps();
    await twoWaves(s);
    admin = await signedIn(s.deps, { role: 'admin' });
  });

  it('gives the latest wave’s findings, most important first, with the sentence in the asked language', async () => {
    const { status, body } = await get('/api/v1/insights?lang=de', admin);
    expect(status).toBe(200);
    expect(body.wave).toEqual({ id: 'w2', title: 'Welle w2', closedAt: expect.any(String) });
    const montage = body.findings.find((f: { team: { id: string }; kind: string }) => f.team.id === 'montage' && f.kind === 'change');
    // se = √(2·100/20) = 3.162, df = 38, t = 2.0244: 30 ± 6.4.
    expect(montage).toMatchObject({
      kind: 'change',
      measures: ['fear'],
      direction: 'up',
      tone: 'worse',
      effect: 30,
      low: 23.6,
      high: 36.4,
      value: 70,
      compared: 40,
      since: { id: 'w1', title: 'Welle w1' },
      suggestedActions: ['buddy', 'office-hours', 'monthly-update'],
      text: 'In Montage ist der Wert „Sorgen“ seit „Welle w1“ von 40 auf 70 gestiegen (+30 Punkte, 95-%-Intervall +24 bis +36).',
      links: {
        chart: '/results?team=montage#trend-fear',
        action: '/actions?team=montage&kind=buddy&targets=fear#add',
        guide: expect.stringMatching(/^\/insights\/guide\?wave=w2&team=montage&rank=\d+$/),
      },
    });
    // Concerns first: nothing good comes before the last worrying finding.
    const tones = body.findings.map((f: { tone: string }) => f.tone);
    expect(tones.indexOf('better') === -1 || tones.lastIndexOf('worse') < tones.indexOf('better')).toBe(true);
    expect((await get('/api/v1/insights?lang=en&wave=w2&team=montage', admin)).body.findings[0].text).toContain("In Montage, “Fear” rose from 40 to 70");
  });

  it('keeps a leader to their own subtree and the works council to the company', async () => {
    const lead = await signedIn(s.deps, { role: 'leader', teamId: 'montage' });
    const own = await get('/api/v1/insights', lead);
    expect(own.status).toBe(200);
    expect(own.body.team).toEqual({ id: 'montage', name: 'Montage', isCompany: false });
    expect(new Set(own.body.findings.map((f: { team: { id: string } }) => f.team.id))).toEqual(new Set(['montage']));
    expect((await get('/api/v1/insights?team=sued', lead)).status).toBe(403);
    expect((await get('/api/v1/insights?team=root', lead)).status).toBe(403);

    const council = await signedIn(s.deps, { role: 'council' });
    const company = await get('/api/v1/insights', council);
    expect(company.status).toBe(200);
    expect(company.body.findings.every((f: { team: { id: string } }) => f.team.id === 'root')).toBe(true);
    expect((await get('/api/v1/insights?team=montage', council)).body.error.code).toBe('FORBIDDEN');
  });

  it('says when a team was suppressed, instead of finding nothing silently', async () => {
    const lead = await signedIn(s.deps, { role: 'leader', teamId: 'logistik' });
    const { body } = await get('/api/v1/insights', lead);
    expect(body).toMatchObject({ wave: { id: 'w2' }, view: { published: false, reason: 'too-few' }, computed: true, findings: [] });
  });

  it('answers bad input with the JSON error body', async () => {
    expect((await get('/api/v1/insights?team=nowhere', admin)).body.error.code).toBe('NOT_FOUND');
    expect((await get('/api/v1/insights?wave=nope', admin)).status).toBe(404);
    const bad = await get(`/api/v1/insights?team=${'x'.repeat(65)}`, admin);
    expect([bad.status, bad.body.error.code]).toEqual([400, 'BAD_REQUEST']);
    expect((await get('/api/v1/insights?lang=fr', admin)).status).toBe(400);
    expect((await s.app.request('/api/v1/insights')).status).toBe(401);
  });
});

describe('GET /insights/guide', () => {
  it('prints a finding’s guide for whoever may see its team, and refuses the rest', async () => {
    const s = await testDeps();
    await twoWaves(s);
    const lead = await signedIn(s.deps, { role: 'leader', teamId: 'montage' });
    const other = await signedIn(s.deps, { role: 'leader', teamId: 'sued' });
    const page = (path: string, who: TestSession) => s.app.request(path, { headers: { cookie: who.cookie } });
    const ok = await page('/insights/guide?wave=w2&team=montage&rank=0&lang=de', lead);
    expect(ok.status).toBe(200);
    const html = await ok.text();
    expect(html).toContain('<h1>Sorgen: gestiegen</h1>');
    expect(html).toContain('Drei Fragen an das Team');
    expect(html).toContain('Die Zahlen beruhen auf mindestens 5 Antworten');
    expect((await page('/insights/guide?wave=w2&team=montage&rank=0', other)).status).toBe(403);
    expect((await page('/insights/guide?wave=w2&team=montage&rank=99', lead)).status).toBe(404);
    expect((await page('/insights/guide?wave=w2&team=montage&rank=x', lead)).status).toBe(400);
    expect((await s.app.request('/insights/guide?wave=w2&team=montage&rank=0')).status).toBe(303);
  });
});
