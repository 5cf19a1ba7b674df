import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from '@libsql/client';
import { Resend } from 'resend';
import { loadConfig } from '../src/config';
import { openLibsql } from '../src/db/libsql';
import type { Deps } from '../src/deps';
import { systemClock } from '../src/lib/clock';
import { deriveKeys, generateSecret, linkToken } from '../src/lib/keys';
import { silentLogger } from '../src/lib/log';
import { cryptoRandom, newId } from '../src/lib/random';
import { deliverDue } from '../src/mail/delivery';
import { ResendMailer } from '../src/mail/resend';
import { invitationMail } from '../src/mail/templates';
import { openWave } from '../src/waves/waves.service';
import { once, ratio } from './measure';
import { benchOrg } from './org';
import { writeOrg } from './results-fixture';
import { nodeAead } from '../src/entry/node-aead';

const DAY = 86_400_000;
const FROM = 'Puls <puls@bench.example>';

/** The fake Resend server in a process of its own, as the real one is elsewhere: its work is not ours. */
async function fakeResend() {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/fake-resend.ts'], {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.once('data', (d) => resolve(String(d).trim()));
    child.once('exit', () => reject(new Error('the fake Resend server did not start')));
  });
  const call = async (path: string, body?: unknown) =>
    (await fetch(url + path, body ? { method: 'POST', body: JSON.stringify(body) } : undefined)).json();
  return {
    url,
    summary: () => call('/__summary') as Promise<{ requests: number; delivered: number; recipients: number; doubledRecipients: number; doubledKeys: number }>,
    faults: (body: unknown) => call('/__faults', body),
    close: () => child.kill('SIGTERM'),
  };
}

async function company(url: string, size: number) {
  const dir = mkdtempSync(join(tmpdir(), 'puls-bench-mail-'));
  const handle = await openLibsql(`file:${join(dir, 'bench.db')}`);
  const secret = generateSecret();
  const org = benchOrg(size);
  const deps: Deps = {
    db: handle.db,
    mailer: new ResendMailer({ apiKey: 're_bench', from: FROM, baseUrl: url, minIntervalMs: 0 }),
    clock: systemClock, random: cryptoRandom,
    config: loadConfig({ PULS_SEAL_KEY: secret, PUBLIC_URL: 'https://puls.bench.example', COMPANY_NAME: 'Bench AG' }),
    keys: await deriveKeys(secret, { aead: nodeAead }), log: silentLogger,
  };
  await writeOrg((handle.db as unknown as { $client: Client }).$client, org, Date.now());
  return { deps, org, cleanup: () => { handle.close(); rmSync(dir, { recursive: true, force: true }); } };
}

/** Opens a wave and sends until the outbox is empty, waiting for retries that are not yet due. */
async function openAndSend(deps: Deps) {
  const started = performance.now();
  await openWave(deps, { closesAt: Date.now() + 5 * DAY, title: 'Bench' });
  const openMs = performance.now() - started;
  for (;;) {
    const result = await deliverDue(deps, { maxBatches: 1000, inFlight: 2 });
    if (result.remaining === 0) return openMs;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The same mails as ours (same template, recipients and link length), rendered before the clock starts. */
function inMemoryBatches(deps: Deps, emails: string[]) {
  const closesAt = Date.now() + 5 * DAY;
  const mails = emails.map((to) => {
    const link = `${deps.config.publicUrl}/s/${linkToken(deps.keys, 'survey', newId(deps.random))}`;
    const privacy = { controller: deps.config.companyName, url: `${deps.config.publicUrl}/privacy` };
    const content = invitationMail({ lang: 'de', companyName: deps.config.companyName, title: 'Bench', link, closesAt, module: 'pulse', privacy });
    return { from: FROM, to: [to], subject: content.subject, text: content.text, html: content.html };
  });
  const batches: (typeof mails)[] = [];
  for (let i = 0; i < mails.length; i += 100) batches.push(mails.slice(i, i + 100));
  return batches;
}

export async function benchDelivery(print: (line: string) => void, size = 100_000) {
  print(`Delivery: open and send a wave to ${size.toLocaleString('en')} staff; fake Resend server (own process, no latency)`);
  const resend = await fakeResend();
  const { deps, org, cleanup } = await company(resend.url, size);
  try {
    let openMs = 0;
    const ours = await once(async () => (openMs = await openAndSend(deps)));
    const mine = await resend.summary();

    // The baseline posts the same number of batches of the same mails, already in memory, with the same SDK.
    const batches = inMemoryBatches(deps, org.people.map((p) => p.email));
    const sdk = new Resend('re_bench', { baseUrl: resend.url });
    const base = await once(async () => {
      for (const [n, batch] of batches.entries()) {
        const { error } = await sdk.batch.send(batch, { idempotencyKey: `baseline/${n}` });
        if (error) throw new Error(error.message);
      }
    });
    const ourRate = size / (ours.ms / 1000);
    const baseRate = size / (base.ms / 1000);
    print(`  ours: ${Math.round(ourRate).toLocaleString('en')} invitations/s (${(ours.ms / 1000).toFixed(1)} s: opening — invitations and outbox rows — ` +
      `${(openMs / 1000).toFixed(1)} s, then claiming, rendering, sending and recording ${mine.requests} batches)`);
    print(`  baseline: ${Math.round(baseRate).toLocaleString('en')} invitations/s (${(base.ms / 1000).toFixed(1)} s, ${batches.length} batches posted from memory)`);
    print(`  ratio ${ratio(ourRate / baseRate)} of the baseline (goal ≥ 0.5: ${ourRate / baseRate >= 0.5 ? 'met' : 'NOT met'}); ` +
      `recipients ${mine.recipients.toLocaleString('en')} of ${size.toLocaleString('en')}, doubled ${mine.doubledRecipients}`);
  } finally {
    cleanup();
    resend.close();
  }

  const limited = await fakeResend();
  await limited.faults({ failEvery: { n: 10, status: 429, headers: { 'retry-after': '1' } } });
  const second = await company(limited.url, size);
  try {
    const run = await once(() => openAndSend(second.deps));
    const s = await limited.summary();
    print(`  every 10th request answered 429 with retry-after: 1 — ${(run.ms / 1000).toFixed(1)} s, ${s.requests} requests; ` +
      `recipients ${s.recipients.toLocaleString('en')} of ${size.toLocaleString('en')} (lost ${size - s.recipients}), doubled ${s.doubledRecipients}, keys doubled ${s.doubledKeys}`);
  } finally {
    second.cleanup();
    limited.close();
  }
}
