import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Deps } from '../../src/deps';
import { startNode } from '../../src/entry/node';
import { runDue } from '../../src/schedule/tick';
import { runFlow, type Target } from './flow';
import { freePort, sealKey, startFakeResendProcess, tempDir } from './processes';

/**
 * The end-to-end checks against the Node server as `npm start` runs it (startNode: config from the environment,
 * a libSQL file, @hono/node-server, static files), with a fresh database file in a temporary directory. Mail goes
 * through the resend SDK to the fake Resend process; the scheduler tick is the server's own `runDue`.
 */
const ADMIN_TOKEN = 'e2e-admin-token-0123456789';
const COMPANY = 'Muster Maschinenbau GmbH';

let fake: Awaited<ReturnType<typeof startFakeResendProcess>> | undefined;
let server: { close(): void } | undefined;
const dir = tempDir('puls-node-e2e-');
let target: Target;
let startup = 0;

beforeAll(async () => {
  const started = performance.now();
  fake = await startFakeResendProcess();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const node = await startNode({
    DATABASE_URL: `file:${dir.path}/puls.db`,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: url,
    PULS_ADMIN_TOKEN: ADMIN_TOKEN,
    PULS_SEAL_KEY: sealKey(),
    RESEND_API_KEY: 're_test',
    RESEND_BASE_URL: fake.url,
    COMPANY_NAME: COMPANY,
  });
  server = node.http;
  const deps: Deps = node.deps;
  startup = Math.round(performance.now() - started);
  target = {
    runtime: 'node',
    url,
    adminToken: ADMIN_TOKEN,
    companyName: COMPANY,
    resendUrl: fake.url,
    tick: async () => runDue(deps),
  };
}, 60_000);

afterAll(async () => {
  server?.close();
  await fake?.stop();
  dir.remove();
}, 30_000);

describe('Puls on Node (startNode, libSQL file)', () => {
  it('passes the end-to-end checks', async () => {
    const started = performance.now();
    const timings = await runFlow(target);
    const total = Math.round(performance.now() - started);
    console.log(`[e2e node] start ${startup} ms (migrations + server), flow ${total} ms`, timings);
  }, 180_000);
});
