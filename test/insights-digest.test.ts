import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEDULER } from '../src/audit/chain';
import { messages, teams } from '../src/db/schema';
import type { Deps } from '../src/deps';
import { linkToken } from '../src/lib/keys';
import { deliverDue } from '../src/mail/delivery';
import { ResendMailer } from '../src/mail/resend';
import { closeStep, closeWave } from '../src/results/close.service';
import { importStaff } from '../src/staff/staff.service';
import { invitationsOf } from '../src/schedule/testing';
import { openInvitation, submitTo } from '../src/survey/survey.service';
import { answersFor } from '../src/survey/testing';
import { addUser } from '../src/users/users.service';
import { openWave } from '../src/waves/waves.service';
import { testDeps } from './support/deps';
import { startFakeResend, type FakeResend } from './support/fake-resend';

const DAY = 86_400_000;
let fake: FakeResend;
beforeEach(async () => {
  fake = await startFakeResend();
});
afterEach(() => fake.close());

/** Twelve people in Montage, three in Lager (under k = 5: never published on its own). */
const CSV = [
  'email,name,team,role,language',
  ...Array.from({ length: 12 }, (_, i) => `m${i}@muster.de,M ${i},Werk Nord/Montage,basic,de`),
  ...Array.from({ length: 3 }, (_, i) => `l${i}@muster.de,L ${i},Werk Süd/Lager,basic,de`),
].join('\n');

/** One wave: everyone answers, Montage's fear items at `fear` (±1 person to person), then it closes. */
async function runWave(deps: Deps, clock: { now(): number; set(t: number): void }, title: string, fear: number) {
  const wave = await openWave(deps, { closesAt: clock.now() + 5 * DAY, title, actor: SCHEDULER });
  let i = 0;
  for (const inv of await invitationsOf(deps, wave.id)) {
    const open = await openInvitation(deps, linkToken(deps.keys, 'survey', inv.id));
    const level = inv.email?.startsWith('m') ? fear + (i++ % 2) : 3;
    const over = Object.fromEntries(open.questions.filter((q) => q.construct === 'fear').map((q) => [q.id, q.reversed ? 6 - level : level]));
    await submitTo(deps, open, answersFor(open.questions, over));
  }
  clock.set(clock.now() + 5 * DAY);
  await closeWave(deps, wave.id);
  clock.set(clock.now() + 9 * DAY);
  return wave;
}

const digests = () => fake.delivered.filter((d) => d.messageKey?.startsWith('digest/'));

describe('the digest after a close', () => {
  it('goes once per close to each leader and admin, in their language, and says nothing for a team under k', async () => {
    const mailer = new ResendMailer({ apiKey: 're_test_123', from: 'Puls <puls@muster.example>', baseUrl: fake.url });
    const { deps, clock } = await testDeps({ mailer });
    await importStaff(deps, CSV);
    const id = async (path: string) => (await deps.db.select().from(teams).where(eq(teams.path, path)))[0].id;
    await addUser(deps, { email: 'leitung.montage@muster.de', role: 'leader', teamId: await id('Werk Nord/Montage') });
    await addUser(deps, { email: 'leitung.lager@muster.de', role: 'leader', teamId: await id('Werk Süd/Lager') });
    await addUser(deps, { email: 'hr@muster.de', role: 'admin', language: 'en' });

    const first = await runWave(deps, clock, 'Welle 1', 1);
    await deliverDue(deps);
    const w1 = digests();
    expect(w1.map((d) => [d.to[0], d.subject]).sort()).toEqual([
      ['hr@muster.de', 'Puls: results of the wave “Welle 1” for the company'],
      ['leitung.lager@muster.de', 'Puls: Ergebnisse der Welle „Welle 1“ für Lager'],
      ['leitung.montage@muster.de', 'Puls: Ergebnisse der Welle „Welle 1“ für Montage'],
    ]);
    // Lager (3 people) is suppressed: the note says why and when, and carries no number of its own.
    const lager = w1.find((d) => d.to[0] === 'leitung.lager@muster.de')!;
    expect(lager.text).toContain('Für Lager wurden in dieser Welle keine Ergebnisse veröffentlicht: weniger als 5 Antworten in diesem Team (sichtbar ab 5).');
    expect(lager.text).toContain('Ergebnisse erscheinen, sobald in einer Welle mindestens 5 Personen antworten.');
    expect(lager.text).not.toMatch(/Punkte|Intervall|\b3\b/);
    // Every digest carries the privacy facts.
    for (const d of w1) expect(d.text).toMatch(/Datenschutz: Verantwortlich ist|Privacy: .* is responsible/);

    await runWave(deps, clock, 'Welle 2', 4);
    await deliverDue(deps);
    await deliverDue(deps);
    const montage = digests().filter((d) => d.to[0] === 'leitung.montage@muster.de');
    expect(montage.map((d) => d.subject)).toEqual(['Puls: Ergebnisse der Welle „Welle 1“ für Montage', 'Puls: Ergebnisse der Welle „Welle 2“ für Montage']);
    // Fear rose from 12.5 to 87.5 (items at 1–2, then 4–5): the digest names it with its interval and what fits.
    expect(montage[1].text).toContain('SORGEN: GESTIEGEN');
    expect(montage[1].text).toMatch(/In Montage ist der Wert „Sorgen“ seit „Welle 1“ von 13 auf 88 gestiegen \(\+75 Punkte, 95-%-Intervall \+\d+ bis \+\d+\)\./);
    expect(montage[1].text).toContain('Passende Maßnahmen: KI-Buddy-System, KI-Sprechstunde, Monatliches KI-Update.');
    // The admin's digest leads with the company's most urgent findings, in English.
    expect(digests().filter((d) => d.to[0] === 'hr@muster.de')[1].text).toContain(
      'Pressure without guidance is high in Montage: 88 out of 100, above the scale\'s midpoint',
    );

    // Once per close: a repeated step of a closed wave queues nothing, and the outbox holds one row per reader and wave.
    expect(await closeStep(deps, first.id)).toBe('idle');
    const rows = await deps.db.select({ key: messages.idempotencyKey, status: messages.status }).from(messages).where(eq(messages.kind, 'digest'));
    expect(rows).toHaveLength(6);
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
    expect(digests()).toHaveLength(6);
    expect(new Set(digests().map((d) => d.messageKey)).size).toBe(6);
  });
});
