import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from '@libsql/client';
import { Resend } from 'resend';
import { loadConfig } from '../src/config';
import { openLibsql } from '../src/db/libsql';
import type { Deps } from '../src/deps';
import { systemClock } from '../src/lib/clock';
import { deriveKeys, generateSecret } from '../src/lib/keys';
import { silentLogger } from '../src/lib/log';
import { cryptoRandom } from '../src/lib/random';
import { deliverDue } from '../src/mail/delivery';
import { ResendMailer } from '../src/mail/resend';
import { openWave } from '../src/waves/waves.service';
import { startFakeResend, type FakeResend } from '../test/support/fake-resend';
import { once, ratio } from './measure';
import { benchOrg } from './org';
import { writeOrg } from './results-fixture';

const DAY = 86_400_000;

async function company(resend: FakeResend, size: number) {
  const dir = mkdtempSync(join(tmpdir(), 'puls-bench-mail-'));
  const handle = await openLibsql(`file:${join(dir, 'bench.db')}`);
  const secret = generateSecret();
  const deps: Deps = {
    db: handle.db,
    mailer: new ResendMailer({ apiKey: 're_bench', from: 'Puls <puls@bench.example>', baseUrl: resend.url, minIntervalMs: 0 }),
    clock: systemClock, random: cryptoRandom,
    config: loadConfig({ PULS_SEAL_KEY: secret, PUBLIC_URL: 'https://puls.bench.example', COMPANY_NAME: 'Bench AG' }),
    keys: await deriveKeys(secret), log: silentLogger,
  };
  await writeOrg((handle.db as unknown as { $client: Client }).$client, benchOrg(size), Date.now());
  return { deps, cleanup: () => { handle.close(); rmSync(dir, { recursive: true, force: true }); } };
}

/** Opens a wave and sends until the outbox is empty, waiting for retries that are not yet due. */
async function openAndSend(deps: Deps, timings?: { openMs: number }) {
  const start = performance.now();
  await openWave(deps, { closesAt: Date.now() + 5 * DAY, title: 'Bench' });
  if (timings) timings.openMs = performance.now() - start;
  for (;;) {
    const result = await deliverDue(deps, { maxBatches: 1000 });
    if (result.remaining === 0) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

function counts(resend: FakeResend) {
  const byRecipient = new Map<string, number>();
  for (const mail of resend.delivered) for (const to of mail.to) byRecipient.set(to, (byRecipient.get(to) ?? 0) + 1);
  const values = [...byRecipient.values()];
  return { recipients: byRecipient.size, doubled: values.filter((n) => n > 1).length };
}

export async function benchDelivery(print: (line: string) => void, size = 100_000) {
  print(`Delivery: open and send a wave to ${size.toLocaleString('en')} staff, fake Resend server without latency`);
  const resend = await startFakeResend();
  const { deps, cleanup } = await company(resend, size);
  try {
    const timings = { openMs: 0 };
    const ours = await once(() => openAndSend(deps, timings));
    const ourRate = size / (ours.ms / 1000);
    const c = counts(resend);

    // The baseline posts the very same batches, already in memory, to the same server with the same SDK.
    const batches: (typeof resend.delivered)[] = [];
    for (let i = 0; i < resend.delivered.length; i += 100) batches.push(resend.delivered.slice(i, i + 100));
    const sdk = new Resend('re_bench', { baseUrl: resend.url });
    const base = await once(async () => {
      let n = 0;
      for (const batch of batches) {
        const emails = batch.map((m) => ({ from: m.from, to: m.to, subject: m.subject, text: m.text, html: m.html }));
        const { error } = await sdk.batch.send(emails, { idempotencyKey: `baseline/${n++}` });
        if (error) throw new Error(error.message);
      }
    });
    const baseRate = size / (base.ms / 1000);
    print(`  ours: ${Math.round(ourRate).toLocaleString('en')} invitations/s (${(ours.ms / 1000).toFixed(1)} s: opening ${(timings.openMs / 1000).toFixed(1)} s, rendering and sending the rest)`);
    print(`  baseline: ${Math.round(baseRate).toLocaleString('en')} invitations/s (${(base.ms / 1000).toFixed(1)} s, the same ${batches.length} batches posted from memory)`);
    print(`  ratio ${ratio(ourRate / baseRate)} of the baseline (goal ≥ 0.5: ${ourRate / baseRate >= 0.5 ? 'met' : 'NOT met'}); ` +
      `recipients ${c.recipients.toLocaleString('en')}, doubled ${c.doubled}`);
  } finally {
    cleanup();
    await resend.close();
  }

  print(`  with every 10th request answered 429 and retry-after: 1`);
  const limited = await startFakeResend();
  limited.failEvery(10, 429, { 'retry-after': '1' });
  const second = await company(limited, size);
  try {
    const run = await once(() => openAndSend(second.deps));
    const c = counts(limited);
    print(`  ${(run.ms / 1000).toFixed(1)} s, ${limited.requests()} requests; recipients ${c.recipients.toLocaleString('en')} of ${size.toLocaleString('en')} ` +
      `(lost ${size - c.recipients}), doubled ${c.doubled}`);
  } finally {
    second.cleanup();
    await limited.close();
  }
}
