import { eq, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loginLinks, messages, usedLinks, waves } from '../src/db/schema';
import type { Deps } from '../src/deps';
import { linkToken, usedMarker } from '../src/lib/keys';
import { setRemindEveryone } from '../src/settings/settings';
import { deliverDue, deliveryProgress, LEASE_MS, queueMessages } from '../src/mail/delivery';
import { ResendMailer } from '../src/mail/resend';
import { CLOSES_AT, messageRows, recipients, seedWave } from './mail.fixtures';
import { T0, testDeps } from './support/deps';
import { startFakeResend, type FakeResend } from './support/fake-resend';

let fake: FakeResend;
beforeEach(async () => {
  fake = await startFakeResend();
});
afterEach(() => fake.close());

const resend = () => new ResendMailer({ apiKey: 're_test_123', from: 'Puls <puls@muster.example>', baseUrl: fake.url });
const setup = () => testDeps({ mailer: resend() });

/** Each outbox message was delivered exactly once. */
function expectEachOnce(expected: number) {
  const keys = fake.delivered.map((d) => d.messageKey);
  expect(keys).toHaveLength(expected);
  expect(new Set(keys).size).toBe(expected);
}

const surveyLink = async (deps: Deps, invitationId: string) =>
  `http://puls.test/s/${linkToken(deps.keys, 'survey', invitationId)}`;

describe('deliverDue', () => {
  it('keeps two batches in flight without sharing a group: 1,050 invitations, 11 requests, each mail once', async () => {
    const { deps } = await setup();
    await seedWave(deps, { recipients: recipients(1050) });
    expect(await deliverDue(deps, { inFlight: 2 })).toEqual({ sent: 1050, failed: 0, retried: 0, remaining: 0 });
    expect(fake.requests()).toBe(11);
    expectEachOnce(1050);
    expect(new Set(fake.delivered.map((d) => d.idempotencyKey)).size).toBe(11);
  });

  it('stops at maxBatches with two in flight', async () => {
    const { deps } = await setup();
    await seedWave(deps, { recipients: recipients(500) });
    expect(await deliverDue(deps, { inFlight: 2, maxBatches: 3 })).toEqual({ sent: 300, failed: 0, retried: 0, remaining: 200 });
    expect(fake.requests()).toBe(3);
  });

  it('sends 250 invitations as three batches under their batch keys, each with its own link', async () => {
    const { deps } = await setup();
    const { invitationIds } = await seedWave(deps, { recipients: recipients(250) });

    expect(await deliverDue(deps)).toEqual({ sent: 250, failed: 0, retried: 0, remaining: 0 });

    expect(fake.requests()).toBe(3);
    expectEachOnce(250);
    expect([...new Set(fake.delivered.map((d) => d.idempotencyKey))]).toEqual([
      'invitation/wave-1/batch/1',
      'invitation/wave-1/batch/2',
      'invitation/wave-1/batch/3',
    ]);
    const first = fake.delivered.find((d) => d.messageKey === `invitation/${invitationIds[0]}`)!;
    expect(first.to).toEqual(['person0000@muster.example']);
    expect(first.subject).toBe('Muster GmbH: Wie erleben Sie KI bei der Arbeit?');
    expect(first.text).toContain(await surveyLink(deps, invitationIds[0]));
    expect(first.text).toContain('Freitag, 6. November 2026, 17:00 Uhr');
    const rows = await messageRows(deps);
    expect(rows.every((r) => r.status === 'sent' && r.sentAt === T0 && r.attempts === 1)).toBe(true);
    const byKey = new Map(fake.delivered.map((d) => [d.messageKey, d.id]));
    expect(rows.every((r) => r.providerId === byKey.get(r.idempotencyKey))).toBe(true);
  });

  it('mails nobody twice when a batch was accepted but its answer was lost', async () => {
    const { deps, clock } = await setup();
    await seedWave(deps, { recipients: recipients(250) });
    fake.onRequest(({ n }) => (n === 2 ? { drop: 'after-accept' } : undefined));

    expect(await deliverDue(deps)).toEqual({ sent: 100, failed: 0, retried: 100, remaining: 150 });
    expect(fake.delivered).toHaveLength(200); // the second batch did go out

    clock.advance(60_000);
    expect(await deliverDue(deps)).toEqual({ sent: 150, failed: 0, retried: 0, remaining: 0 });
    expect(fake.requests()).toBe(4);
    expectEachOnce(250);
    const rows = await messageRows(deps);
    const byKey = new Map(fake.delivered.map((d) => [d.messageKey, d.id]));
    expect(rows.every((r) => r.status === 'sent' && r.providerId === byKey.get(r.idempotencyKey))).toBe(true);
  });

  it('sends the rest later when the second of three batches meets a 500', async () => {
    const { deps, clock } = await setup();
    await seedWave(deps, { recipients: recipients(250) });
    fake.onRequest(({ n }) => (n === 2 ? { status: 500 } : undefined));

    expect(await deliverDue(deps)).toEqual({ sent: 100, failed: 0, retried: 100, remaining: 150 });
    const failed = (await messageRows(deps)).filter((r) => r.status === 'pending' && r.attempts === 1);
    expect(failed).toHaveLength(100);
    expect(failed[0].lastError).toBe('500 internal_server_error: injected 500');
    expect(failed[0].nextAttemptAt).toBeGreaterThanOrEqual(T0 + 2000);
    expect(failed[0].nextAttemptAt).toBeLessThan(T0 + 2200);

    clock.advance(5_000);
    expect(await deliverDue(deps)).toEqual({ sent: 150, failed: 0, retried: 0, remaining: 0 });
    expectEachOnce(250);
  });

  it('honours retry-after on a 429', async () => {
    const { deps, clock } = await setup();
    await seedWave(deps, { recipients: recipients(5) });
    fake.failNext(1, 429, { 'retry-after': '30' });

    expect(await deliverDue(deps)).toEqual({ sent: 0, failed: 0, retried: 5, remaining: 5 });
    const rows = await messageRows(deps);
    for (const row of rows) {
      expect(row.nextAttemptAt).toBeGreaterThanOrEqual(T0 + 30_000);
      expect(row.nextAttemptAt).toBeLessThan(T0 + 31_000);
      expect(row.lastError).toBe('429 rate_limit_exceeded: injected 429');
      expect(row.leaseUntil).toBe(0);
    }
    clock.advance(29_000);
    expect(await deliverDue(deps)).toMatchObject({ sent: 0, retried: 0 });
    expect(fake.requests()).toBe(1);
    clock.advance(2_000);
    expect(await deliverDue(deps)).toEqual({ sent: 5, failed: 0, retried: 0, remaining: 0 });
    expectEachOnce(5);
  });

  it('gets 1000 mails through when every third request is rate limited, each once', async () => {
    const { deps, clock } = await setup();
    await seedWave(deps, { recipients: recipients(1000) });
    fake.failEvery(3, 429, { 'retry-after': '1' });
    const totals = { sent: 0, failed: 0, remaining: 1000 };
    for (let runs = 0; totals.remaining > 0 && runs < 20; runs++) {
      const r = await deliverDue(deps);
      totals.sent += r.sent;
      totals.failed += r.failed;
      totals.remaining = r.remaining;
      clock.advance(5_000);
    }
    expect(totals).toEqual({ sent: 1000, failed: 0, remaining: 0 });
    expectEachOnce(1000);
    expect(fake.requests()).toBe(14); // 10 batches sent; requests 3, 6, 9 and 12 were refused
  });

  it('splits a batch rejected for one invalid address: 4 sent, 1 failed with the reason', async () => {
    const { deps } = await setup();
    const people = ['anna@muster.example', 'ben@muster.example', 'kein.invalid@muster', 'dora@muster.example', 'emil@muster.example'];
    await seedWave(deps, { recipients: people });

    expect(await deliverDue(deps)).toEqual({ sent: 4, failed: 1, retried: 0, remaining: 0 });
    expect(fake.requests()).toBe(6);
    expectEachOnce(4);
    expect(fake.delivered.map((d) => d.to[0]).sort()).toEqual(people.filter((p) => !p.includes('invalid')).sort());
    // After the split each went under its own key.
    expect(fake.delivered.every((d) => d.idempotencyKey === d.messageKey)).toBe(true);
    const reason =
      '422 validation_error: Invalid `to` field. The email address needs to follow the `email@example.com` or `Name <email@example.com>` format.';
    expect(await deliveryProgress(deps, 'wave-1')).toEqual({
      sent: 4,
      failed: 1,
      pending: 0,
      failures: [{ recipient: 'kein.invalid@muster', reason }],
    });
    expect(await deliverDue(deps)).toEqual({ sent: 0, failed: 0, retried: 0, remaining: 0 });
    expect(fake.delivered).toHaveLength(4);
  });

  it('lets two overlapping senders send each message once', async () => {
    const { deps } = await setup();
    await seedWave(deps, { recipients: recipients(250) });
    fake.setLatency(30);
    const other: Deps = { ...deps, mailer: resend() };

    const [a, b] = await Promise.all([deliverDue(deps), deliverDue(other)]);

    expect(a.sent + b.sent).toBe(250);
    expect(a.sent).toBeGreaterThan(0);
    expect(b.sent).toBeGreaterThan(0);
    expect(fake.requests()).toBe(3);
    expectEachOnce(250);
  });

  it('takes over a group whose sender crashed once its lease has run out', async () => {
    const { deps, clock } = await setup();
    await seedWave(deps, { recipients: recipients(150) });
    // A sender claimed the first group and died before sending.
    await deps.db.update(messages).set({ leaseUntil: T0 + LEASE_MS, attempts: 1 }).where(eq(messages.batchKey, 'invitation/wave-1/batch/1'));

    expect(await deliverDue(deps)).toEqual({ sent: 50, failed: 0, retried: 0, remaining: 100 });
    clock.advance(LEASE_MS + 1);
    expect(await deliverDue(deps)).toEqual({ sent: 100, failed: 0, retried: 0, remaining: 0 });
    expectEachOnce(150);
  });

  it('mails nothing while a wave is opening, and fails what is left when it closes', async () => {
    const { deps, clock } = await setup();
    await seedWave(deps, { recipients: recipients(3) });
    await deps.db.run(sql`update waves set status = 'opening'`);
    expect(await deliverDue(deps)).toEqual({ sent: 0, failed: 0, retried: 0, remaining: 3 });
    expect(fake.requests()).toBe(0);

    await deps.db.update(waves).set({ status: 'open' });
    await seedWave(deps, { waveId: 'wave-2', recipients: recipients(2, 'other.example') });
    expect(await deliverDue(deps, { maxBatches: 1 })).toEqual({ sent: 3, failed: 0, retried: 0, remaining: 2 });

    clock.set(CLOSES_AT);
    expect(await deliverDue(deps)).toEqual({ sent: 0, failed: 2, retried: 0, remaining: 0 });
    expect(await deliveryProgress(deps, 'wave-2')).toEqual({
      sent: 0,
      failed: 2,
      pending: 0,
      failures: [
        { recipient: 'person0000@other.example', reason: 'not sent: the survey closed first' },
        { recipient: 'person0001@other.example', reason: 'not sent: the survey closed first' },
      ],
    });
    expect(fake.delivered).toHaveLength(3);
  });

  it('drops a targeted reminder to someone who has answered meanwhile, without a trace', async () => {
    const { deps } = await setup();
    await setRemindEveryone(deps, false);
    const { invitationIds } = await seedWave(deps, { recipients: recipients(3) });
    await deliverDue(deps);
    await seedWave(deps, { kind: 'reminder', recipients: recipients(3) });
    await deps.db.insert(usedLinks).values({ marker: usedMarker(deps.keys, invitationIds[1]), waveId: 'wave-1' });

    expect(await deliverDue(deps)).toEqual({ sent: 2, failed: 0, retried: 0, remaining: 0 });
    const reminders = fake.delivered.filter((d) => d.messageKey?.startsWith('reminder-1/'));
    expect(reminders.map((d) => d.to[0]).sort()).toEqual(['person0000@muster.example', 'person0002@muster.example']);
    expect(reminders[0].subject).toBe('Erinnerung: Muster GmbH bittet um Ihre Einschätzung zu KI');
    expect(reminders[0].text).toContain(await surveyLink(deps, invitationIds[0]));
    expect(await deliveryProgress(deps, 'wave-1')).toEqual({ sent: 5, failed: 0, pending: 0, failures: [] });
  });

  it('sends every reminder when reminders go to everyone (the default), answered or not', async () => {
    const { deps } = await setup();
    const { invitationIds } = await seedWave(deps, { recipients: recipients(3) });
    await deliverDue(deps);
    await seedWave(deps, { kind: 'reminder', recipients: recipients(3) });
    await deps.db.insert(usedLinks).values({ marker: usedMarker(deps.keys, invitationIds[1]), waveId: 'wave-1' });
    expect(await deliverDue(deps)).toEqual({ sent: 3, failed: 0, retried: 0, remaining: 0 });
    expect(fake.delivered.filter((d) => d.messageKey?.startsWith('reminder-1/'))).toHaveLength(3);
  });

  it('sends a sign-in link ahead of a wave waiting in the queue', async () => {
    const { deps } = await setup();
    await seedWave(deps, { recipients: recipients(250), language: 'en' });
    await deps.db.insert(loginLinks).values({ id: 'login-1', userId: 'u1', tokenHash: 'h1', expiresAt: T0 + 15 * 60_000 });
    const statements = queueMessages(
      deps,
      [{ kind: 'login', loginId: 'login-1', recipient: 'leiterin@muster.example', language: 'de', idempotencyKey: 'login/login-1' }],
      'login/login-1',
    );
    await deps.db.batch(statements as [BatchItem<'sqlite'>]);

    expect(await deliverDue(deps, { maxBatches: 1 })).toEqual({ sent: 1, failed: 0, retried: 0, remaining: 250 });
    expect(fake.delivered).toHaveLength(1);
    expect(fake.delivered[0]).toMatchObject({
      to: ['leiterin@muster.example'],
      subject: 'Ihr Anmeldelink für Puls',
      idempotencyKey: 'login/login-1/1',
      messageKey: 'login/login-1',
    });
    expect(fake.delivered[0].text).toContain(`http://puls.test/login/${linkToken(deps.keys, 'login', 'login-1')}`);
  });

  it('gives up after 12 attempts with the last reason', async () => {
    const { deps, clock } = await setup();
    await seedWave(deps, { recipients: recipients(2) });
    fake.failEvery(1, 503);
    const results = [];
    for (let i = 0; i < 12; i++) {
      results.push(await deliverDue(deps));
      clock.advance(11 * 60_000);
    }
    expect(results.slice(0, 11).every((r) => r.retried === 2)).toBe(true);
    expect(results[11]).toEqual({ sent: 0, failed: 2, retried: 0, remaining: 0 });
    const rows = await messageRows(deps);
    expect(rows.map((r) => [r.status, r.attempts, r.lastError])).toEqual([
      ['failed', 12, 'gave up after 12 attempts: 503 application_error: injected 503'],
      ['failed', 12, 'gave up after 12 attempts: 503 application_error: injected 503'],
    ]);
  });

  it('never resends under other keys when a retry meets an idempotency conflict', async () => {
    const { deps, clock } = await setup();
    await seedWave(deps, { recipients: recipients(3) });
    fake.dropNext(1, 'after-accept');
    expect(await deliverDue(deps)).toMatchObject({ sent: 0, retried: 3 });
    // Someone renames the wave in between: the retried batch is no longer the same request.
    await deps.db.update(waves).set({ title: 'Puls Dezember' });
    clock.advance(60_000);

    expect(await deliverDue(deps)).toEqual({ sent: 0, failed: 3, retried: 0, remaining: 0 });
    expectEachOnce(3);
    const progress = await deliveryProgress(deps, 'wave-1');
    expect(progress.failures[0].reason).toBe(
      '409 invalid_idempotent_request: Same idempotency key used with a different request payload. (an earlier request under this key may have been delivered; not resent)',
    );
  });

  it('never puts a staff name or team into the mail', async () => {
    const { deps } = await setup();
    await seedWave(deps, { recipients: ['erika.mustermann@muster.example'] });
    await deliverDue(deps);
    const [mail] = fake.delivered;
    expect(mail.text + mail.html + mail.subject).not.toMatch(/Erika|Mustermann|team-1|staff-0/);
  });
});

describe('queueMessages', () => {
  it('groups by 100 under the prefix, binds at most 100 values per insert, and skips keys already queued', async () => {
    const { deps } = await setup();
    const items = recipients(205).map((recipient, i) => ({
      kind: 'invitation' as const,
      waveId: 'w',
      invitationId: `i${i}`,
      recipient,
      language: 'de' as const,
      idempotencyKey: `invitation/i${i}`,
    }));
    const statements = queueMessages(deps, items, 'invitation/w/x');
    for (const s of statements) expect((s as unknown as { toSQL(): { params: unknown[] } }).toSQL().params.length).toBeLessThanOrEqual(100);
    await deps.db.batch(statements as [BatchItem<'sqlite'>]);
    await deps.db.batch(queueMessages(deps, items.slice(0, 3), 'invitation/w/y') as [BatchItem<'sqlite'>]);

    const groups = await deps.db
      .select({ batchKey: messages.batchKey, n: sql<number>`count(*)` })
      .from(messages)
      .groupBy(messages.batchKey)
      .orderBy(messages.batchKey);
    expect(groups).toEqual([
      { batchKey: 'invitation/w/x/1', n: 100 },
      { batchKey: 'invitation/w/x/2', n: 100 },
      { batchKey: 'invitation/w/x/3', n: 5 },
    ]);
    const [row] = await deps.db.select().from(messages).where(eq(messages.idempotencyKey, 'invitation/i0'));
    expect(row).toMatchObject({ kind: 'invitation', status: 'pending', attempts: 0, nextAttemptAt: T0, leaseUntil: 0, createdAt: T0 });
  });
});
