import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { openLibsql } from '../../src/db/libsql';
import type { Deps } from '../../src/deps';
import { fixedClock } from '../../src/lib/clock';
import { deriveKeys } from '../../src/lib/keys';
import { silentLogger } from '../../src/lib/log';
import { cryptoRandom } from '../../src/lib/random';
import type { Mailer } from '../../src/mail/mailer';
import { OutboxMailer } from '../../src/mail/outbox';
import { nodeAead } from '../../src/entry/node-aead';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';
/** A fixed test secret: 32 bytes of 0x07. */
export const TEST_SEAL_KEY = btoa(String.fromCharCode(...new Uint8Array(32).fill(7)));
/** 2026-11-02T08:00:00Z, a Monday. */
export const T0 = Date.UTC(2026, 10, 2, 8, 0, 0);
/** The origin of PUBLIC_URL in tests: browsers send it with every form post, and the app refuses posts without it. */
export const ORIGIN = 'http://puls.test';
/** Tests say which client address a request comes from with this header (the entries read the connection). */
export const CLIENT_HEADER = 'x-test-client-address';

/** Real parts for tests: libSQL (`:memory:` unless a url is given), the outbox mailer unless one is passed, a movable clock. */
export async function testDeps(options: { mailer?: Mailer; url?: string; env?: Record<string, string> } = {}) {
  const handle = await openLibsql(options.url ?? ':memory:');
  const clock = fixedClock(T0);
  const config = loadConfig({
    PULS_ADMIN_TOKEN: ADMIN_TOKEN,
    PUBLIC_URL: 'http://puls.test',
    PULS_SEAL_KEY: TEST_SEAL_KEY,
    COMPANY_NAME: 'Muster GmbH',
    ...options.env,
  });
  const outbox = new OutboxMailer({ now: clock.now });
  // Work a route leaves running after its response (the sign-in mail): `settled()` waits for all of it.
  const background: Promise<unknown>[] = [];
  const settled = async () => {
    while (background.length > 0) await Promise.all(background.splice(0));
  };
  const deps: Deps & { clock: typeof clock } = {
    db: handle.db,
    mailer: options.mailer ?? outbox,
    clock,
    random: cryptoRandom,
    config,
    keys: await deriveKeys(TEST_SEAL_KEY, { aead: nodeAead }),
    log: silentLogger,
    checkpoint: handle.checkpoint,
    clientAddress: (c) => c.req.header(CLIENT_HEADER) ?? '192.0.2.10',
    waitUntil: (work) => void background.push(work),
    nextTurn: setImmediate,
  };
  return { deps, clock, outbox, handle, settled, app: createApp(deps) };
}

export const adminHeaders = (extra: Record<string, string> = {}) => ({
  authorization: `Bearer ${ADMIN_TOKEN}`,
  ...extra,
});

type TestApp = Awaited<ReturnType<typeof testDeps>>['app'];

/** Posts an HTML form as a browser would (application/x-www-form-urlencoded, with its Origin). */
export const postForm = (app: TestApp, path: string, fields: Record<string, string | number>, headers: Record<string, string> = {}) =>
  app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, ...headers },
    body: new URLSearchParams(Object.entries(fields).map(([k, v]) => [k, String(v)])),
  });
