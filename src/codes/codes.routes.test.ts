import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { adminHeaders, CLIENT_HEADER, postForm } from '../../test/support/deps';
import { invitations, usedCodes, usedLinks } from '../db/schema';
import { linkToken } from '../lib/keys';
import { paperCompany } from '../letters/testing';
import { closeWave } from '../results/close.service';
import { fullAnswers } from '../survey/testing';
import { formatCode, letterCode, teamCode } from './codes';

/** A team-code sheet for the hall, through the API; returns the sheet's codes as printed. */
async function sheet(t: Awaited<ReturnType<typeof paperCompany>>, count = 3) {
  const [hall] = await t.deps.db.select({ teamId: invitations.teamId }).from(invitations).where(eq(invitations.id, t.paper[0].id));
  const res = await t.app.request(`/api/v1/waves/${t.wave.id}/team-codes`, {
    method: 'POST',
    headers: adminHeaders({ 'content-type': 'application/json' }),
    body: JSON.stringify({ teamId: hall.teamId, count }),
  });
  const { batch } = (await res.json()) as { batch: string };
  return { teamId: hall.teamId, codes: Array.from({ length: count }, (_, i) => formatCode(teamCode(t.deps.keys, batch, i))) };
}

describe('GET /c', () => {
  it('asks for the code in German by default and in every staff language on request', async () => {
    const { app } = await paperCompany({ office: 1, hall: 1 });
    const de = await (await app.request('/c')).text();
    expect(de).toContain('<h1>Code eingeben</h1>');
    expect(de).toContain('<input id="code" name="code"');
    expect(de).toContain('hreflang="uk" lang="uk">Українська</a>');
    const uk = await (await app.request('/c?lang=uk')).text();
    expect(uk).toContain('<html lang="uk">');
    expect(uk).toContain('<h1>Введіть код</h1>');
    expect(uk).toContain('<input type="hidden" name="lang" value="uk"/>');
  });
});

describe('POST /c and /c/answers', () => {
  it("opens a letter's survey in its person's language, answers once, then says the code was used (409), and so does the link", async () => {
    const t = await paperCompany();
    const turkish = t.paper.find((p) => p.language === 'tr')!;
    const code = formatCode(letterCode(t.deps.keys, turkish.id));
    const survey = await postForm(t.app, '/c', { code: code.toLowerCase().replace(/-/g, ' ') });
    expect(survey.status).toBe(200);
    const page = await survey.text();
    expect(page).toContain('<html lang="tr">');
    expect(page).toContain('Yapay zekânın işimi tehlikeye atmasından endişe ediyorum.');
    expect(page).toContain('action="/c/answers?lang=tr"');
    expect(page).toContain(`<input type="hidden" name="code" value="${code}"/>`);
    // The code never goes into a URL: not the form's, not the language switch's.
    expect(page).not.toMatch(new RegExp(`(href|action)="[^"]*${code}`));

    const thanks = await postForm(t.app, '/c/answers?lang=tr', { code, ...fullAnswers() });
    expect(thanks.status).toBe(200);
    expect(await thanks.text()).toContain('<h1>Çok teşekkürler!</h1>');
    expect(await t.deps.db.select().from(usedLinks)).toHaveLength(1);

    const again = await postForm(t.app, '/c/answers', { code, ...fullAnswers() });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('Bu kod zaten kullanıldı');
    expect((await postForm(t.app, '/c', { code })).status).toBe(409);
    // The letter's QR link shares the invitation's marker: it is used too.
    expect((await t.app.request(`/s/${linkToken(t.deps.keys, 'survey', turkish.id)}`)).status).toBe(409);
  });

  it('keeps the answers and the code when something is missing (422), and switches language by form', async () => {
    const t = await paperCompany();
    const code = formatCode(letterCode(t.deps.keys, t.paper[1].id));
    const { 'fear.job': _, ...partial } = fullAnswers();
    const res = await postForm(t.app, '/c/answers?lang=uk', { code, ...partial });
    expect(res.status).toBe(422);
    const page = await res.text();
    expect(page).toContain('Будь ласка, оберіть відповідь.');
    expect(page).toContain(`<input type="hidden" name="code" value="${code}"/>`);
    expect(await t.deps.db.select().from(usedLinks)).toHaveLength(0);
    const english = await (await postForm(t.app, '/c', { code, lang: 'en' })).text();
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('I worry that AI puts my job at risk.');
  });

  it('answers a team code for its team and nobody: a marker with the team, no used link', async () => {
    const t = await paperCompany();
    const { teamId, codes } = await sheet(t);
    const survey = await postForm(t.app, '/c', { code: codes[0] }, { 'accept-language': 'pl-PL,pl;q=0.9' });
    expect(survey.status).toBe(200);
    expect(await survey.text()).toContain('<html lang="pl">');
    expect((await postForm(t.app, '/c/answers?lang=pl', { code: codes[0], ...fullAnswers() })).status).toBe(200);
    expect(await t.deps.db.select().from(usedCodes)).toEqual([expect.objectContaining({ waveId: t.wave.id, teamId })]);
    expect(await t.deps.db.select().from(usedLinks)).toEqual([]);
    expect((await postForm(t.app, '/c/answers', { code: codes[0], ...fullAnswers() })).status).toBe(409);
    // The other codes of the sheet still work.
    expect((await postForm(t.app, '/c', { code: codes[1] })).status).toBe(200);
  });

  it('refuses unknown codes with the form again (404, nothing echoed), closed waves with 410, and throttles guessing', async () => {
    const t = await paperCompany();
    const unknown = await postForm(t.app, '/c', { code: 'ABCD-EFGH-JKMN', lang: 'ru' });
    expect(unknown.status).toBe(404);
    const page = await unknown.text();
    expect(page).toContain('Код не найден');
    expect(page).not.toContain('ABCD');
    expect((await postForm(t.app, '/c', { code: 'nonsense' })).status).toBe(404);

    const code = formatCode(letterCode(t.deps.keys, t.paper[0].id));
    await closeWave(t.deps, t.wave.id);
    const closed = await postForm(t.app, '/c', { code });
    expect(closed.status).toBe(410);

    const guesser = { [CLIENT_HEADER]: '198.51.100.7' };
    for (let i = 0; i < 30; i++) expect((await postForm(t.app, '/c', { code: `AAAA-AAAA-AA${i}` }, guesser)).status).toBe(404);
    const refused = await postForm(t.app, '/c', { code }, guesser);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    // Another address is not affected.
    expect((await postForm(t.app, '/c', { code })).status).toBe(410);
  });

  it('refuses a form posted from another site', async () => {
    const t = await paperCompany({ office: 1, hall: 1 });
    const res = await t.app.request('/c', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      body: new URLSearchParams({ code: formatCode(letterCode(t.deps.keys, t.paper[0].id)) }),
    });
    expect(res.status).toBe(403);
  });
});
