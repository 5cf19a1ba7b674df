import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv, freePort, sealKey, start, tempDir, waitForHttp, type Child } from './e2e/processes';

/**
 * Finding 2 of issue 11: `npm start` without RESEND_API_KEY printed every mail with its live personal link. Here the
 * real server runs as `npm start` does, in its own process; staff are imported, a wave is opened and a sign-in link
 * requested; then everything the process printed is searched for any link token and any address that was mailed.
 */
const ADMIN_TOKEN = 'oN7h9qV2k7Z1y3_wXbT0eAc-Lr5Pz8Qs';
const PEOPLE = 150;

let server: Child;
let url: string;
const dir = tempDir('puls-logs-');

beforeAll(async () => {
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  server = start(process.execPath, ['--import', 'tsx', 'src/entry/node.ts'], {
    env: childEnv({
      DATABASE_URL: `file:${dir.path}/puls.db`,
      PORT: String(port),
      PUBLIC_URL: url,
      PULS_ADMIN_TOKEN: ADMIN_TOKEN,
      PULS_SEAL_KEY: sealKey(),
      RESEND_API_KEY: '',
    }),
    capture: /./,
  });
  await waitForHttp(`${url}/healthz`, 60_000, server);
}, 90_000);

afterAll(async () => {
  await server?.stop();
  dir.remove();
});

const api = (path: string, init: RequestInit = {}) =>
  fetch(url + path, { ...init, headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...init.headers } });

describe('the server without a Resend key', () => {
  it('prints no link and no address of any mail, only counts and where the outbox is', async () => {
    const csv = ['email,name,team,role', ...Array.from({ length: PEOPLE }, (_, i) => `person${i}@muster.de,Person ${i},Werk ${i % 5},basic`)];
    expect((await api('/api/v1/staff', { method: 'PUT', headers: { 'content-type': 'text/csv' }, body: csv.join('\n') })).status).toBe(200);
    // Someone who signs in by link: the first works-council member takes effect at once (a new admin waits for four eyes),
    // and is welcomed with a mail of their own.
    expect((await api('/api/v1/council', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'chefin@muster.de' }) })).status).toBe(201);
    const closesAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
    expect((await api('/api/v1/waves', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ closesAt }) })).status).toBe(201);
    const signIn = await fetch(`${url}/login/email`, {
      method: 'POST',
      headers: { origin: url, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=chefin%40muster.de',
    });
    expect(signIn.status).toBe(200);

    // Every mail the outbox holds: the sign-in mail is written after the response, so wait for it to arrive.
    type Outbox = { messages: { to: string; text: string }[] };
    let mails: Outbox['messages'] = [];
    const toHer = () => mails.filter((m) => m.to === 'chefin@muster.de').length;
    for (let tries = 0; tries < 100 && toHer() < 2; tries++) {
      mails = ((await (await api('/api/v1/outbox?limit=5000')).json()) as Outbox).messages;
      if (toHer() < 2) await new Promise((r) => setTimeout(r, 100));
    }
    expect(mails).toHaveLength(PEOPLE + 2);
    const tokens = mails.map((m) => /\/(?:s|login)\/([\w-]{43})/.exec(m.text)![1]);
    const addresses = mails.map((m) => m.to);

    const printed = server.captured.join('\n');
    expect(printed).toContain('MAIL IS NOT DELIVERED: no RESEND_API_KEY is set.');
    expect(printed).toContain(`[outbox] 1 mail kept, not delivered (1 mail in the outbox): read them at ${url}/outbox`);
    expect(printed).toContain(`[outbox] 100 mails kept, not delivered (101 mails in the outbox): read them at ${url}/outbox`);
    expect(printed).toContain(`(${PEOPLE + 2} mails in the outbox): read them at ${url}/outbox`);
    for (const token of tokens) expect(printed).not.toContain(token);
    for (const address of addresses) expect(printed).not.toContain(address);
    expect(printed).not.toMatch(/@muster\.de|\/s\/[\w-]{20,}|\/login\/[\w-]{20,}/);
  }, 60_000);
});
