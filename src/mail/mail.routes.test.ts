import { describe, expect, it } from 'vitest';
import { adminHeaders, testDeps } from '../../test/support/deps';
import { createSession, SESSION_COOKIE } from '../auth/session';
import { ResendMailer } from './resend';

const mail = (i: number, text = `Zur Befragung:\nhttp://puls.test/s/tok${i}\n`) => ({
  key: `invitation/inv-${i}`,
  to: `person${i}@muster.example`,
  subject: `Betreff ${i}`,
  text,
  html: `<p>${i}</p>`,
});

interface OutboxList {
  mailer: string;
  messages: { key: string; to: string; subject: string; text: string; html: string; at: string }[];
}
interface ErrorBody {
  error: { code: string; message: string; details?: { path: string; message: string }[] };
}
const list = async (res: Response) => (await res.json()) as OutboxList;

async function withMails() {
  const t = await testDeps();
  await t.outbox.send([mail(1)], 'b1');
  t.clock.advance(60_000);
  await t.outbox.send([mail(2, 'Hallo <script>alert(1)</script>\nhttp://puls.test/s/tok2')], 'b2');
  return t;
}

describe('GET /outbox', () => {
  it('shows admins the collected mails, newest first, links clickable and text escaped', async () => {
    const { app } = await withMails();
    const res = await app.request('/outbox', { headers: adminHeaders() });
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('<h1>Postausgang</h1>');
    expect(page.indexOf('Betreff 2')).toBeLessThan(page.indexOf('Betreff 1'));
    expect(page).toContain('<a href="http://puls.test/s/tok1">http://puls.test/s/tok1</a>');
    expect(page).toContain('<dd>person1@muster.example</dd>');
    expect(page).toContain('&lt;script>alert(1)&lt;/script>');
    expect(page).not.toContain('<script>alert(1)</script>');
  });

  it('speaks English on request', async () => {
    const { app } = await withMails();
    const page = await (await app.request('/outbox?lang=en', { headers: adminHeaders() })).text();
    expect(page).toContain('<h1>Outbox</h1>');
    expect(page).toContain('open them only for testing');
  });

  it('says mail goes through Resend and shows nothing when Resend is configured', async () => {
    const mailer = new ResendMailer({ apiKey: 're_test', from: 'Puls <puls@example.com>', baseUrl: 'http://127.0.0.1:9' });
    const { app } = await testDeps({ mailer });
    const page = await (await app.request('/outbox', { headers: adminHeaders() })).text();
    expect(page).toContain('Mails gehen über Resend.');
    expect(page).not.toContain('<pre class="mail">');
  });

  it('sends people without a session to sign in, and refuses leaders', async () => {
    const { app, deps } = await withMails();
    const anonymous = await app.request('/outbox');
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/login?next=%2Foutbox');
    const cookie = await createSession(deps, { role: 'leader', teamId: 't1', userId: 'u1' });
    const leader = await app.request('/outbox', { headers: { cookie: `${SESSION_COOKIE}=${cookie}` } });
    expect(leader.status).toBe(403);
    expect(await leader.text()).not.toContain('person1@muster.example');
  });
});

describe('GET /api/v1/outbox', () => {
  it('lists the mails newest first, filtered by recipient and limited', async () => {
    const { app } = await withMails();
    const all = await list(await app.request('/api/v1/outbox', { headers: adminHeaders() }));
    expect(all.mailer).toBe('outbox');
    expect(all.messages.map((m) => m.to)).toEqual(['person2@muster.example', 'person1@muster.example']);
    expect(all.messages[1]).toEqual({
      key: 'invitation/inv-1',
      to: 'person1@muster.example',
      subject: 'Betreff 1',
      text: 'Zur Befragung:\nhttp://puls.test/s/tok1\n',
      html: '<p>1</p>',
      at: '2026-11-02T08:00:00.000Z',
    });
    const one = await list(await app.request('/api/v1/outbox?to=PERSON1@muster.example', { headers: adminHeaders() }));
    expect(one.messages.map((m) => m.key)).toEqual(['invitation/inv-1']);
    const limited = await list(await app.request('/api/v1/outbox?limit=1', { headers: adminHeaders() }));
    expect(limited.messages).toHaveLength(1);
  });

  it('answers bad input with the error envelope', async () => {
    const { app } = await withMails();
    const res = await app.request('/api/v1/outbox?limit=0', { headers: adminHeaders() });
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe('BAD_REQUEST');
    expect(body.error.details?.[0].path).toBe('limit');
  });

  it('needs an admin', async () => {
    const { app } = await withMails();
    const res = await app.request('/api/v1/outbox');
    expect(res.status).toBe(401);
    expect(((await res.json()) as ErrorBody).error.code).toBe('UNAUTHORIZED');
    const wrong = await app.request('/api/v1/outbox', { headers: { authorization: 'Bearer wrong-token-0123456789' } });
    expect(wrong.status).toBe(401);
  });

  it('is empty with Resend', async () => {
    const mailer = new ResendMailer({ apiKey: 're_test', from: 'Puls <puls@example.com>', baseUrl: 'http://127.0.0.1:9' });
    const { app } = await testDeps({ mailer });
    expect(await list(await app.request('/api/v1/outbox', { headers: adminHeaders() }))).toEqual({ mailer: 'resend', messages: [] });
  });
});
