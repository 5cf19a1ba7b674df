import { describe, expect, it } from 'vitest';
import { SYSTEM } from '../audit/chain';
import { changeSettings } from '../settings/settings.service';
import { ORIGIN, postForm, testDeps } from '../../test/support/deps';
import { sealedAnswers } from '../db/schema';
import { fullAnswers, insertWave, invite } from './testing';



async function setup(language: 'de' | 'en' = 'de') {
  const t = await testDeps();
  const wave = await insertWave(t.deps, { k: 6, kComments: 12 });
  const inv = await invite(t.deps, wave.id, { language });
  return { ...t, wave, inv };
}

describe('GET /s/:token', () => {
  it('renders the survey in German for a German invitation', async () => {
    const { app, inv } = await setup('de');
    const res = await app.request(`/s/${inv.token}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const page = await res.text();
    expect(page).toMatch(/^<!doctype html><html lang="de">/);
    expect(page).toContain('<h1>Ihr Puls zu KI</h1>');
    expect(page).toContain('16 kurze Fragen, etwa zwei Minuten.');
    expect(page).toContain('<legend>Vertrauen und Klarheit</legend>');
    expect(page).toContain('<legend>Ich mache mir Sorgen, dass KI meinen Arbeitsplatz gefährdet.</legend>');
    expect(page).toContain('<span class="scale-anchor">stimme gar nicht zu</span>');
    expect(page).toContain('<summary>Wie Ihre Anonymität geschützt ist</summary>');
    expect(page).toContain('nur für Gruppen von mindestens 6 Personen');
    expect(page).toContain('wo mindestens 12 Personen geantwortet haben');
    expect(page).toContain('Bitte schreiben Sie keine Namen');
    expect(page).toContain(`<form method="post" action="/s/${inv.token}?lang=de" class="survey-form">`);
    expect(page).toContain(`href="/s/${inv.token}?lang=en" hreflang="en" lang="en">English</a>`);
    expect(page).toMatch(/<textarea id="f-comment\.pulse" name="comment\.pulse" rows="5" maxlength="1000"/);
    expect(page).toContain('<input type="radio" name="gap.use" value="daily" required/>');
    expect(page).toContain('Die Befragung ist offen bis 06.11.2026, 09:00.');
  });

  it('switches to English with ?lang=en and keeps the form posting in English', async () => {
    const { app, inv } = await setup('de');
    const page = await (await app.request(`/s/${inv.token}?lang=en`)).text();
    expect(page).toMatch(/^<!doctype html><html lang="en">/);
    expect(page).toContain('<summary>How your anonymity is protected</summary>');
    expect(page).toContain('<legend>I worry that AI puts my job at risk.</legend>');
    expect(page).toContain('<span class="scale-anchor">strongly agree</span>');
    expect(page).toContain(`action="/s/${inv.token}?lang=en"`);
    expect(page).toContain(`href="/s/${inv.token}?lang=de" hreflang="de" lang="de">Deutsch</a>`);
  });

  it('gives every radio group a legend and every input a label', async () => {
    const { app, inv } = await setup('en');
    const page = await (await app.request(`/s/${inv.token}`)).text();
    const count = (re: RegExp) => (page.match(re) ?? []).length;
    expect(count(/<fieldset/g)).toBe(20); // 4 constructs + 16 answered items
    expect(count(/<legend>/g)).toBe(20);
    expect(count(/<input type="radio"/g)).toBe(15 * 5 + 5);
    expect(count(/<label class="(scale|choice)-option"><input type="radio"/g)).toBe(80);
    expect(page).toContain('<label for="f-comment.pulse">');
    expect(count(/<h1>/g)).toBe(1);
  });
});

/** The contact for questions, as an admin sets it on the settings page. */
async function setContact(deps: Parameters<typeof changeSettings>[0], contact: string) {
  await changeSettings(deps, SYSTEM, { company: { contact } });
}

describe('POST /s/:token', () => {
  it('stores the answers and redirects to the thanks, which a reload shows again; the link itself then thanks with 409', async () => {
    const { app, deps, inv } = await setup('de');
    await setContact(deps, 'Personalabteilung, Frau Schmidt, Tel. 0711 123-45');
    const res = await postForm(app, `/s/${inv.token}?lang=de`, { ...fullAnswers(), 'comment.pulse': 'Danke!\r\nWeiter so.' });
    expect([res.status, res.headers.get('location')]).toEqual([303, `/s/${inv.token}/thanks`]);
    expect(await deps.db.select().from(sealedAnswers)).toHaveLength(1);
    for (let reload = 0; reload < 2; reload++) {
      const shown = await app.request(`/s/${inv.token}/thanks`);
      expect(shown.status).toBe(200);
      expect(shown.headers.get('cache-control')).toBe('no-store');
      const thanks = await shown.text();
      expect(thanks).toContain('<h1>Vielen Dank!</h1>');
      expect(thanks).toContain('Ihre Antworten sind versiegelt gespeichert.');
      expect(thanks).toContain('wenn die Befragung am 06.11.2026, 09:00 endet – und nur für Gruppen von mindestens 6 Personen');
      expect(thanks).toContain('Fragen zur Befragung beantwortet: <span class="contact-text">Personalabteilung, Frau Schmidt, Tel. 0711 123-45</span>');
      expect(thanks).not.toContain(inv.token);
    }

    // Back (or the link in the mail again): thanks too, saying the answer is in, and whom to ask if it was not them.
    const again = await app.request(`/s/${inv.token}`);
    expect(again.status).toBe(409);
    expect(again.headers.get('cache-control')).toBe('no-store');
    const page = await again.text();
    expect(page).toContain('<h1>Vielen Dank!</h1>');
    expect(page).toContain('Zu diesem Link liegt Ihre Antwort schon vor');
    expect(page).toContain('Falls Sie nicht selbst geantwortet haben, wenden Sie sich bitte an die unten genannte Stelle.');
    expect(page).toContain('Frau Schmidt');
    expect(page).not.toContain(inv.token);
    expect(page).not.toContain('<form');

    const replay = await postForm(app, `/s/${inv.token}`, fullAnswers());
    expect(replay.status).toBe(409);
    expect(await deps.db.select().from(sealedAnswers)).toHaveLength(1);
  });

  it('shows the form again with the problems marked and every answer kept, storing nothing', async () => {
    const { app, deps, inv } = await setup('en');
    const { 'fear.job': _, ...partial } = fullAnswers({ 'trust.safety': 2, 'gap.use': 'monthly' });
    const res = await postForm(app, `/s/${inv.token}?lang=en`, { ...partial, 'comment.pulse': 'x'.repeat(1001) });
    expect(res.status).toBe(422);
    const page = await res.text();
    expect(page).toContain('<div class="survey-errors" role="alert"><h2>Please check your answers</h2>');
    expect(page).toContain('<a href="#q-fear.job">I worry that AI puts my job at risk.</a>: Please choose an answer.');
    expect(page).toContain('<fieldset class="item invalid" id="q-fear.job" aria-describedby="e-fear.job">');
    expect(page).toContain('<p class="item-error" id="e-fear.job">Please choose an answer.</p>');
    expect(page).toContain('<p class="item-error" id="e-comment.pulse">Please shorten your text to at most 1000 characters.</p>');
    expect(page).toContain('<input type="radio" name="trust.safety" value="2" checked required/>');
    expect(page).toContain('<input type="radio" name="gap.use" value="monthly" checked required/>');
    expect(page).toContain(`>${'x'.repeat(1001)}</textarea>`);
    expect(await deps.db.select().from(sealedAnswers)).toHaveLength(0);

    const fixed = await postForm(app, `/s/${inv.token}?lang=en`, fullAnswers());
    expect(fixed.status).toBe(303);
    const thanks = await app.request(fixed.headers.get('location')!, { headers: { cookie: 'lang=en' } });
    expect(await thanks.text()).toContain('<h1>Thank you!</h1>');
  });

  it('sends an unanswered link from its thanks address back to the survey; an unknown one gets the 404 page', async () => {
    const { app, inv } = await setup('de');
    const early = await app.request(`/s/${inv.token}/thanks`);
    expect([early.status, early.headers.get('location')]).toEqual([303, `/s/${inv.token}`]);
    const unknown = await app.request(`/s/${'Z'.repeat(43)}/thanks`, { headers: { 'accept-language': 'en' } });
    expect(unknown.status).toBe(404);
    const page = await unknown.text();
    expect(page).toContain('<h1>Link not found</h1>');
    expect(page).toContain('Your HR department answers questions about the survey.');
  });
});

describe('links that cannot be answered', () => {
  it('answers an unknown link with a 404 page in the reader language, never echoing the token', async () => {
    const { app } = await setup();
    const token = 'Z'.repeat(43);
    const res = await app.request(`/s/${token}`, { headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const page = await res.text();
    expect(page).toContain('<h1>Link not found</h1>');
    expect(page).not.toContain(token);
    const de = await app.request(`/s/${token}`, { method: 'POST', headers: { origin: ORIGIN } });
    expect(de.status).toBe(404);
    expect(await de.text()).toContain('<h1>Link nicht gefunden</h1>');
  });

  it("answers a closed wave's link with a 410 page in the invitation's language", async () => {
    const { app, deps } = await setup();
    const wave = await insertWave(deps, { status: 'closed' });
    const inv = await invite(deps, wave.id, { language: 'en' });
    const res = await app.request(`/s/${inv.token}`);
    expect(res.status).toBe(410);
    const page = await res.text();
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('<h1>This survey has closed</h1>');
    expect(page).not.toContain(inv.token);
    const posted = await postForm(app, `/s/${inv.token}?lang=de`, fullAnswers());
    expect(posted.status).toBe(410);
    expect(await posted.text()).toContain('<h1>Diese Befragung ist beendet</h1>');
  });
});
