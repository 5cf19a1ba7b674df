import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { postForm, testDeps } from '../../test/support/deps';
import { sealedAnswers, staff } from '../db/schema';
import { importStaff } from '../staff/staff.service';
import { questionsFor } from './questions';
import { answersFor, insertWave, invite } from './testing';

/** A retrospective wave, a staff list (Katrin Klein has left), one invitation. */
async function setup(language: 'de' | 'en' = 'de') {
  const t = await testDeps();
  await importStaff(
    t.deps,
    'email,name,team,role\nelif.yilmaz@muster.de,Elif Yilmaz,Werk/Montage,basic\nanna.mueller@muster.de,Anna Müller,Werk/Montage,basic\nkatrin.klein@muster.de,Katrin Klein,Vertrieb,power\n',
  );
  await t.deps.db.update(staff).set({ active: false }).where(eq(staff.email, 'katrin.klein@muster.de'));
  const wave = await insertWave(t.deps, { module: 'quarterly' });
  const inv = await invite(t.deps, wave.id, { language });
  return { ...t, wave, inv, answers: answersFor(questionsFor('quarterly')) };
}

const stored = async (deps: Awaited<ReturnType<typeof testDeps>>['deps']) => (await deps.db.select().from(sealedAnswers)).length;

describe('the survey page warns before sending names, emails or phone numbers', () => {
  it('shows a warning per open answer with what was typed, keeps every answer and stores nothing yet', async () => {
    const { app, deps, inv, answers } = await setup('de');
    const works = 'Frag Elif Yilmaz, die zeigt es gern.';
    const support = 'Bitte Rückruf unter 0171 1234567 oder an it@muster.de.';
    const res = await postForm(app, `/s/${inv.token}`, { ...answers, 'comment.works': works, 'comment.support': support, 'comment.stalls': 'Am Montag fehlt immer die Zeit.' });
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('<h2>Bitte prüfen Sie Ihre Texte</h2>');
    expect(page).toContain(
      'Ihr Text enthält möglicherweise einen Namen (Elif Yilmaz). Kommentare werden zwar ohne Absender gezeigt, aber Namen können Personen erkennbar machen. Sie können den Text ändern oder trotzdem absenden.',
    );
    expect(page).toContain(
      'Ihr Text enthält möglicherweise eine E-Mail-Adresse (it@muster.de) und eine Telefonnummer (0171 1234567). Kommentare werden zwar ohne Absender gezeigt, aber E-Mail-Adressen und Telefonnummern können Personen erkennbar machen.',
    );
    // One warning per flagged field, linked from the summary; "Montag" raises none.
    expect(page.match(/class="item-warning"/g)).toHaveLength(2);
    expect(page).toContain('<a href="#q-comment.works">');
    expect(page).not.toContain('<a href="#q-comment.stalls">');
    expect(page).toContain('<input type="hidden" name="confirmed" value="1"/>');
    expect(page).toContain('Geprüft – jetzt absenden');
    // Everything kept: texts, scales and choices.
    expect(page).toContain('>Frag Elif Yilmaz, die zeigt es gern.</textarea>');
    expect(page).toContain('>Am Montag fehlt immer die Zeit.</textarea>');
    expect(page).toContain('<input type="radio" name="trust.safety" value="4" checked required/>');
    expect(page).toContain('<input type="radio" name="maturity.tools" value="level2" checked required/>');
    // Only what the person typed comes back.
    for (const name of ['Anna Müller', 'Katrin', 'Klein']) expect(page).not.toContain(name);
    expect(await stored(deps)).toBe(0);
  });

  it('stores the answers as they are when sent again with confirmed=1', async () => {
    const { app, deps, inv, answers } = await setup('de');
    const res = await postForm(app, `/s/${inv.token}`, { ...answers, 'comment.works': 'Frag Elif Yilmaz.', confirmed: 1 });
    expect([res.status, res.headers.get('location')]).toEqual([303, `/s/${inv.token}/thanks`]);
    expect(await stored(deps)).toBe(1);
  });

  it('warns in English, and sends straight through when nothing identifying is written', async () => {
    const { app, deps, inv, answers } = await setup('en');
    const warned = await (await postForm(app, `/s/${inv.token}`, { ...answers, 'comment.stalls': 'Ask Anna Müller.' })).text();
    expect(warned).toContain(
      'Your text may contain a name (Anna Müller). Comments are shown without a sender, but names can make people recognisable. You can change the text or send it anyway.',
    );
    expect(await stored(deps)).toBe(0);
    const res = await postForm(app, `/s/${inv.token}`, { ...answers, 'comment.stalls': 'Ask the team lead.' });
    expect(res.status).toBe(303);
    expect(await stored(deps)).toBe(1);
  });

  it('shows missing answers and the warning together, keeping confirmed=1 once warned', async () => {
    const { app, inv, answers } = await setup('de');
    const { 'kpi.hours': _, ...incomplete } = answers;
    const res = await postForm(app, `/s/${inv.token}`, { ...incomplete, 'comment.works': 'Frau Yilmaz' });
    expect(res.status).toBe(422);
    const page = await res.text();
    expect(page).toContain('Bitte prüfen Sie Ihre Antworten');
    expect(page).toContain('Ihr Text enthält möglicherweise einen Namen (Frau Yilmaz).');
    const again = await postForm(app, `/s/${inv.token}`, { ...incomplete, 'comment.works': 'Frau Yilmaz', confirmed: 1 });
    expect(again.status).toBe(422);
    const second = await again.text();
    expect(second).not.toContain('item-warning');
    expect(second).toContain('<input type="hidden" name="confirmed" value="1"/>');
  });

  it('does not warn on the JSON API: it stores what it is sent', async () => {
    const { app, deps, inv, answers } = await setup('de');
    const res = await app.request(`/api/v1/survey/${inv.token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers: { ...answers, 'comment.works': 'Frag Elif Yilmaz, 0171 1234567.' } }),
    });
    expect(res.status).toBe(201);
    expect(await stored(deps)).toBe(1);
  });

  it('does not tell whether a name is on the staff list: the same answer for staff, former staff and strangers', async () => {
    const { app, deps, inv, answers } = await setup('de');
    const warningFor = async (name: string) => {
      const res = await postForm(app, `/s/${inv.token}`, { ...answers, 'comment.works': `Die Zusammenarbeit mit ${name} ist gut.` });
      const page = await res.text();
      return { status: res.status, warning: /<p class="item-warning"[^>]*>(.*?)<\/p>/s.exec(page)?.[1].replace(name, '<NAME>') };
    };
    const onList = await warningFor('Anna Müller');
    expect(onList.status).toBe(200);
    expect(onList.warning).toContain('möglicherweise einen Namen (<NAME>)');
    // A former colleague, and two people who never worked here: the answer is the same.
    for (const name of ['Katrin Klein', 'Anna Schneider', 'Mehmet Demir']) expect(await warningFor(name), name).toEqual(onList);
    expect(await stored(deps)).toBe(0);
  });

  it('never reads the staff list: the warning page and the stored answer come with the staff table out of reach', async () => {
    const { app, deps, inv, answers } = await setup('de');
    // Renamed away, any query of `staff` fails (and gives a 500). Reading and indexing every name per post (as before)
    // cost a company of 20,000 several times the post itself.
    await deps.db.run(sql`alter table staff rename to staff_out_of_reach`);
    const form = { ...answers, 'comment.works': 'Die Zusammenarbeit mit Anna Müller ist gut.' };
    const warned = await postForm(app, `/s/${inv.token}`, form);
    expect(warned.status).toBe(200);
    expect(await warned.text()).toContain('möglicherweise einen Namen (Anna Müller)');
    expect((await postForm(app, `/s/${inv.token}`, { ...form, confirmed: 1 })).status).toBe(303);
    expect(await stored(deps)).toBe(1);
  });
});
