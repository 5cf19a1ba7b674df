import { describe, expect, it } from 'vitest';
import { testDeps } from '../../test/support/deps';
import { signedIn } from '../auth/testing';
import { BANK } from '../survey/questions';

describe('/admin/questionnaire and /glossary', () => {
  it('shows every question in both languages with what it measures and the bank version', async () => {
    const { app, deps } = await testDeps();
    const admin = await signedIn(deps, { role: 'admin' });
    const html = await (await app.request('/admin/questionnaire?lang=de', { headers: { cookie: admin.cookie } })).text();
    expect(html).toContain(`Fragenkatalog in der Fassung ${BANK.version}.`);
    expect(html.match(/<article class="card item-preview"/g)).toHaveLength(BANK.questions.length);
    expect(html).toContain('1. Misst: <strong>Vertrauen · offen fragen und Fehler zugeben</strong> <code>trust.safety</code>');
    expect(html).toContain('Misst: <strong>Sorgen · Sorge um den Arbeitsplatz</strong>');
    expect(html).toContain('Misst: <strong>Kommentar · Wo es hakt</strong> <code>comment.stalls</code> · freiwillig');
    for (const q of BANK.questions) {
      expect(html).toContain(q.text.de.replace(/"/g, '&quot;'));
      expect(html).toContain(q.text.en.replace(/"/g, '&quot;'));
    }
    const en = await (await app.request('/admin/questionnaire?lang=en', { headers: { cookie: admin.cookie } })).text();
    expect(en).toContain('1. Measures: <strong>Trust · asking and admitting mistakes</strong>');
    const council = await signedIn(deps, { role: 'council' });
    expect((await app.request('/admin/questionnaire', { headers: { cookie: council.cookie } })).status).toBe(200);
  });

  it('keeps the questionnaire from leaders and anonymous readers; the glossary is for everyone signed in', async () => {
    const { app, deps } = await testDeps();
    const leader = await signedIn(deps, { role: 'leader', teamId: 'x' });
    expect((await app.request('/admin/questionnaire', { headers: { cookie: leader.cookie } })).status).toBe(403);
    const anonymous = await app.request('/admin/questionnaire');
    expect([anonymous.status, anonymous.headers.get('location')]).toEqual([303, '/login?next=%2Fadmin%2Fquestionnaire']);
    const glossary = await (await app.request('/glossary?lang=de', { headers: { cookie: leader.cookie } })).text();
    for (const term of ['Befragung', 'Welle', 'Vertrauen', 'Sorgen', 'KI-Lücke', 'Nicht veröffentlicht']) expect(glossary).toContain(`>${term}</dt>`);
    expect(glossary).not.toMatch(/Block|Angst|GenAI-Lücke|Umfrage/);
    expect((await app.request('/glossary')).status).toBe(303);
  });
});
