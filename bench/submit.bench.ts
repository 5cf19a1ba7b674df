import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import type { Client } from '@libsql/client';
import { loadConfig } from '../src/config';
import { openLibsql } from '../src/db/libsql';
import { invitations } from '../src/db/schema';
import type { Deps } from '../src/deps';
import { systemClock } from '../src/lib/clock';
import { deriveKeys, generateSecret, linkToken } from '../src/lib/keys';
import { silentLogger } from '../src/lib/log';
import { cryptoRandom } from '../src/lib/random';
import { OutboxMailer } from '../src/mail/outbox';
import { openWave } from '../src/waves/waves.service';
import { benchAnswers, benchOrg } from './org';
import { ratio } from './measure';
import { writeOrg } from './results-fixture';
import { seededRandom } from '../src/lib/random';
// @ts-expect-error autocannon ships no types
import autocannon from 'autocannon';
import { nodeAead } from '../src/entry/node-aead';

const CONNECTIONS = 50;

async function start(mode: 'bare' | 'puls', url = '', secret = ''): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/submit-server.ts', mode, url, secret], { stdio: ['ignore', 'pipe', 'inherit'] });
  const address = await new Promise<string>((resolve, reject) => {
    child.stdout!.once('data', (d) => resolve(String(d).trim()));
    child.once('exit', () => reject(new Error(`the ${mode} server did not start`)));
  });
  return { url: address, child };
}

/** autocannon with 50 connections: each request takes the next (path, body) of the list, once. Counts statuses. */
async function load(base: string, requests: { path: string; body: string }[]) {
  const statuses = new Map<number, number>();
  let next = 0;
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    amount: requests.length,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (req: Record<string, unknown>) => {
          const r = requests[next++ % requests.length];
          return { ...req, path: r.path, body: r.body };
        },
        onResponse: (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1),
      },
    ],
  });
  return { perSecond: result.requests.total / (result.duration || 1), statuses, errors: result.errors + result.timeouts };
}

/**
 * Submissions per second through the whole app (sealing, the used marker, one batch per answer) against a bare Hono
 * JSON route on the same server framework, each in a server process of its own, driven by the same client with 50
 * connections. Every answer goes to a fresh personal link of a real open wave, so every request does the full work.
 */
export async function benchSubmit(print: (line: string) => void, answers = 20_000) {
  const dir = mkdtempSync(join(tmpdir(), 'puls-bench-submit-'));
  const url = `file:${join(dir, 'bench.db')}`;
  const secret = generateSecret();
  const handle = await openLibsql(url);
  const deps: Deps = {
    db: handle.db, mailer: new OutboxMailer(), clock: systemClock, random: cryptoRandom,
    config: loadConfig({ PULS_SEAL_KEY: secret }), keys: await deriveKeys(secret, { aead: nodeAead }), log: silentLogger,
  };
  const org = benchOrg(answers);
  await writeOrg((handle.db as unknown as { $client: Client }).$client, org, Date.now());
  const wave = await openWave(deps, { closesAt: Date.now() + 86_400_000, module: 'pulse' });
  const ids = (await deps.db.select({ id: invitations.id }).from(invitations).where(eq(invitations.waveId, wave.id))).map((r) => r.id);
  handle.close();
  const random = seededRandom(5);
  const bodies = ids.map((id) => ({ token: linkToken(deps.keys, 'survey', id), body: JSON.stringify({ answers: benchAnswers(random) }) }));

  const bare = await start('bare');
  // The bare route is fast: give it several times the requests, so its run is as long as ours.
  const repeat = Array.from({ length: 5 }, () => bodies).flat();
  const baseline = await load(bare.url, repeat.map((b) => ({ path: `/bare/${b.token}`, body: b.body })));
  bare.child.kill('SIGTERM');
  const puls = await start('puls', url, secret);
  const ours = await load(puls.url, bodies.map((b) => ({ path: `/api/v1/survey/${b.token}`, body: b.body })));
  puls.child.kill('SIGTERM');

  const fmtStatuses = (s: Map<number, number>) => [...s].map(([code, n]) => `${n}× ${code}`).join(', ');
  print(`Submissions: ${answers.toLocaleString('en')} answers to fresh links of one open wave, ${CONNECTIONS} connections`);
  print(`  bare Hono JSON route: ${Math.round(baseline.perSecond).toLocaleString('en')}/s (${fmtStatuses(baseline.statuses)}; ${baseline.errors} errors)`);
  print(`  Puls submissions:     ${Math.round(ours.perSecond).toLocaleString('en')}/s (${fmtStatuses(ours.statuses)}; ${ours.errors} errors)`);
  const r = ours.perSecond / baseline.perSecond;
  print(`  ratio ${ratio(r)} = 1/${Math.round(1 / r)} (goal ≥ 1/20: ${r >= 0.05 ? 'met' : 'NOT met'})`);
  rmSync(dir, { recursive: true, force: true });
}
