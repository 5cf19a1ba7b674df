import { afterAll, beforeAll, describe, it } from 'vitest';
import { runFlow, type Target } from './flow';
import { sealKey, startFakeResendProcess, tempDir } from './processes';
import { startWorker, type RunningWorker } from './wrangler';

/**
 * The end-to-end checks against `wrangler dev` (see ./wrangler.ts): the bundle `wrangler deploy` would upload, in
 * real workerd with a local D1, cron through the test-scheduled endpoint, mail through the resend SDK inside workerd
 * to the fake Resend process.
 */
const ADMIN_TOKEN = 'e2e-admin-token-0123456789';
const COMPANY = 'Muster Maschinenbau GmbH';

let fake: Awaited<ReturnType<typeof startFakeResendProcess>> | undefined;
let worker: RunningWorker | undefined;
const dir = tempDir('puls-worker-e2e-');
let target: Target;
let startup = 0;

beforeAll(async () => {
  const started = performance.now();
  fake = await startFakeResendProcess();
  const resendUrl = fake.url;
  worker = await startWorker(dir.path, (url) => ({
    PUBLIC_URL: url,
    PULS_ADMIN_TOKEN: ADMIN_TOKEN,
    PULS_SEAL_KEY: sealKey(),
    RESEND_API_KEY: 're_test',
    RESEND_BASE_URL: resendUrl,
    COMPANY_NAME: COMPANY,
  }));
  startup = Math.round(performance.now() - started);
  target = {
    runtime: 'workerd',
    url: worker.url,
    adminToken: ADMIN_TOKEN,
    companyName: COMPANY,
    resendUrl,
    tick: () => worker!.tick(),
  };
}, 150_000);

afterAll(async () => {
  await worker?.child.stop();
  await fake?.stop();
  dir.remove();
}, 30_000);

describe('Puls on workerd (wrangler dev, local D1)', () => {
  it('passes the end-to-end checks', async () => {
    const started = performance.now();
    const timings = await runFlow(target).catch((err: Error) => {
      // What workerd printed is the only place a Worker's exception shows up.
      err.message += `\n--- wrangler dev, last lines ---\n${worker!.child.output()}`;
      throw err;
    });
    const total = Math.round(performance.now() - started);
    console.log(`[e2e workerd] start ${startup} ms (build + migrations + wrangler dev), flow ${total} ms`, timings);
  }, 180_000);
});
