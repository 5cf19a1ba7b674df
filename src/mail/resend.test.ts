import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeResend, type FakeResend } from '../../test/support/fake-resend';
import { loadConfig } from '../config';
import { mailerFromConfig } from './from-config';
import type { Mail } from './mailer';
import { OutboxMailer } from './outbox';
import { ResendMailer } from './resend';

let fake: FakeResend;
beforeEach(async () => {
  fake = await startFakeResend();
});
afterEach(() => fake.close());

const FROM = 'Puls <puls@muster.example>';
const mail = (i: number, to = `person${i}@muster.example`): Mail => ({
  key: `invitation/inv-${i}`,
  to,
  subject: `Betreff ${i}`,
  text: `Text ${i}`,
  html: `<p>Text ${i}</p>`,
});
const mailer = () => new ResendMailer({ apiKey: 're_test_123', from: FROM, baseUrl: fake.url });

describe('ResendMailer against the fake Resend API', () => {
  it('sends one mail to /emails with its idempotency key and the X-Puls-Message header', async () => {
    const outcome = await mailer().send([mail(1)], 'login/abc');
    expect(outcome).toEqual({ ok: true, providerIds: [fake.delivered[0].id] });
    expect(fake.delivered).toEqual([
      {
        id: fake.delivered[0].id,
        from: FROM,
        to: ['person1@muster.example'],
        subject: 'Betreff 1',
        text: 'Text 1',
        html: '<p>Text 1</p>',
        idempotencyKey: 'login/abc',
        messageKey: 'invitation/inv-1',
        endpoint: '/emails',
      },
    ]);
  });

  it('sends several as one batch, ids in order, and a retry with the same key sends nothing again', async () => {
    const batch = [mail(1), mail(2), mail(3)];
    const first = await mailer().send(batch, 'invitation/w1/1');
    expect(fake.delivered.map((d) => [d.endpoint, d.messageKey, d.idempotencyKey])).toEqual([
      ['/emails/batch', 'invitation/inv-1', 'invitation/w1/1'],
      ['/emails/batch', 'invitation/inv-2', 'invitation/w1/1'],
      ['/emails/batch', 'invitation/inv-3', 'invitation/w1/1'],
    ]);
    expect(first).toEqual({ ok: true, providerIds: fake.delivered.map((d) => d.id) });
    const again = await mailer().send(batch, 'invitation/w1/1');
    expect(again).toEqual(first);
    expect(fake.delivered).toHaveLength(3);
    expect(fake.requests()).toBe(2);
  });

  it('reports the same key with another body as a conflict that must not be retried', async () => {
    await mailer().send([mail(1), mail(2)], 'k1');
    const outcome = await mailer().send([mail(1), mail(3)], 'k1');
    expect(outcome).toEqual({
      ok: false,
      retryable: false,
      conflict: true,
      error: '409 invalid_idempotent_request: Same idempotency key used with a different request payload.',
    });
    expect(fake.delivered).toHaveLength(2);
  });

  it('maps 429 to retryable with retry-after in ms, one second when the header is missing', async () => {
    fake.failNext(1, 429, { 'retry-after': '7' });
    fake.failNext(1, 429);
    expect(await mailer().send([mail(1), mail(2)], 'k')).toEqual({
      ok: false,
      retryable: true,
      retryAfterMs: 7000,
      error: '429 rate_limit_exceeded: injected 429',
    });
    expect(await mailer().send([mail(1)], 'k2')).toMatchObject({ ok: false, retryable: true, retryAfterMs: 1000 });
  });

  it('retries server errors, lost connections, concurrent use of a key and a bad API key', async () => {
    fake.failNext(1, 500);
    expect(await mailer().send([mail(1)], 'a')).toEqual({
      ok: false,
      retryable: true,
      error: '500 internal_server_error: injected 500',
    });
    // A proxy's HTML error page: the SDK cannot parse it and reports an application_error with the status.
    fake.onRequest(({ n }) => (n === 2 ? { status: 502, body: '<html>Bad gateway</html>' } : undefined));
    expect(await mailer().send([mail(1)], 'b')).toMatchObject({ ok: false, retryable: true, error: expect.stringMatching(/^502 application_error/) });
    fake.onRequest(null);

    fake.dropNext(1, 'before-accept');
    expect(await mailer().send([mail(1)], 'c')).toEqual({
      ok: false,
      retryable: true,
      error: 'application_error: Unable to fetch data. The request could not be resolved.',
    });
    expect(fake.delivered).toHaveLength(0);

    fake.setLatency(100);
    const [one, two] = await Promise.all([mailer().send([mail(1)], 'd'), mailer().send([mail(1)], 'd')]);
    expect([one.ok, two.ok].sort()).toEqual([false, true]);
    expect([one, two].find((o) => !o.ok)).toMatchObject({ retryable: true, error: expect.stringMatching(/^409 concurrent_idempotent_requests/) });
    fake.setLatency(0);

    fake.failNext(1, 403);
    expect(await mailer().send([mail(1)], 'e')).toMatchObject({ ok: false, retryable: true, error: '403 invalid_api_key: injected 403' });
  });

  it('refuses an invalid recipient with the provider reason, and a whole strict batch with it', async () => {
    const single = await mailer().send([mail(1, 'kaputt.invalid@muster.example')], 'x');
    expect(single).toEqual({
      ok: false,
      retryable: false,
      error:
        '422 validation_error: Invalid `to` field. The email address needs to follow the `email@example.com` or `Name <email@example.com>` format.',
    });
    const batch = await mailer().send([mail(1), mail(2, 'kaputt.invalid@muster.example'), mail(3)], 'y');
    expect(batch).toMatchObject({ ok: false, retryable: false, error: expect.stringContaining('422 validation_error: emails[1]: Invalid `to` field') });
    expect(fake.delivered).toHaveLength(0);
  });

  it('never sends more than 100 in one request', async () => {
    const outcome = await mailer().send(Array.from({ length: 101 }, (_, i) => mail(i)), 'big');
    expect(outcome).toEqual({ ok: false, retryable: false, error: 'a batch holds at most 100 mails' });
    expect(fake.requests()).toBe(0);
  });
});

describe('mailerFromConfig', () => {
  it('uses Resend at the configured base URL when a key is set, without touching process.env', async () => {
    const config = loadConfig({ RESEND_API_KEY: 're_test_123', RESEND_BASE_URL: fake.url, MAIL_FROM: FROM });
    const chosen = mailerFromConfig(config);
    expect(chosen.kind).toBe('resend');
    expect(await chosen.send([mail(1)], 'cfg')).toMatchObject({ ok: true });
    expect(fake.delivered[0].from).toBe(FROM);
    expect(process.env.RESEND_BASE_URL).toBeUndefined();
  });

  it('falls back to the outbox, printing how many mails it kept and where, never an address or a text', async () => {
    const lines: string[] = [];
    const chosen = mailerFromConfig(loadConfig({ PUBLIC_URL: 'http://puls.test' }), (line) => lines.push(line));
    expect(chosen).toBeInstanceOf(OutboxMailer);
    await chosen.send([mail(1)], 'k');
    await chosen.send([mail(2), mail(3)], 'l');
    expect(lines).toEqual([
      '[outbox] 1 mail kept, not delivered (1 mail in the outbox): read them at http://puls.test/outbox',
      '[outbox] 2 mails kept, not delivered (3 mails in the outbox): read them at http://puls.test/outbox',
    ]);
  });
});
