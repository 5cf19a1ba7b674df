import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Client } from '@libsql/client';
import { loadConfig } from '../src/config';
import { openLibsql } from '../src/db/libsql';
import { blockOrigins, blocks, invitations, responses, sealedAnswers, teams, waves } from '../src/db/schema';
import type { Deps } from '../src/deps';
import { fixedClock } from '../src/lib/clock';
import type { Viewer } from '../src/lib/context';
import { deriveKeys, generateSecret } from '../src/lib/keys';
import { silentLogger } from '../src/lib/log';
import { cryptoRandom, newId, seededRandom } from '../src/lib/random';
import { OutboxMailer } from '../src/mail/outbox';
import { closeWave } from '../src/results/close.service';
import { trend, waveViews } from '../src/results/results.service';
import { accumulate, scoreResponse, summarize } from '../src/results/stats';
import { resolveView, type WaveBlock } from '../src/results/views';
import { BANK, questionsFor } from '../src/survey/questions';
import { seal, sealedSize } from '../src/survey/seal';
import { fmt, median, once, ratio } from './measure';
import { benchOrg } from './org';
import { inserts, respondents, writeClosedWave, writeOrg } from './results-fixture';

const DAY = 86_400_000;
const ADMIN: Viewer = { role: 'admin', teamId: null, userId: null, csrf: '' };
const MEASURES = ['trust', 'fear', 'gap'] as const;

/**
 * The baseline: the same trend numbers computed the slow way — for every closed wave, resolve the view from the
 * stored blocks, then read, parse and score every stored response in it.
 */
async function baselineTrend(deps: Deps, teamId: string) {
  const teamRows = await deps.db.select({ id: teams.id, parentId: teams.parentId }).from(teams);
  const closed = await deps.db.select().from(waves).where(eq(waves.status, 'closed')).orderBy(asc(waves.closedAt));
  const questions = questionsFor('pulse');
  const out: (Record<string, number> | null)[] = [];
  for (const wave of closed) {
    const stored = await deps.db.select().from(blocks).where(eq(blocks.waveId, wave.id));
    const origins = await deps.db.select().from(blockOrigins).where(eq(blockOrigins.waveId, wave.id));
    const byBlock: WaveBlock[] = stored.map((b) => ({ id: b.id, respondents: b.respondents, origins: origins.filter((o) => o.blockId === b.id).map((o) => ({ teamId: o.teamId, role: o.role as 'basic' })) }));
    const result = resolveView({ teamId, role: null, waveIds: [wave.id] }, { [wave.id]: byBlock }, teamRows, wave.k).waves[wave.id];
    if (!result.published) { out.push(null); continue; }
    const rows = await deps.db.select({ answers: responses.answers }).from(responses).where(inArray(responses.blockId, result.blockIds));
    const agg = accumulate(rows.map((r) => scoreResponse(questions, JSON.parse(r.answers))));
    out.push(Object.fromEntries(MEASURES.map((m) => [m, Math.round(summarize(agg[m], m)!.value * 10) / 10])));
  }
  return out;
}

/** The baseline for a close: every team's view of one wave computed by scanning that view's stored responses. */
async function baselineAllTeams(deps: Deps, waveId: string) {
  const teamRows = await deps.db.select({ id: teams.id, parentId: teams.parentId }).from(teams);
  const stored = await deps.db.select().from(blocks).where(eq(blocks.waveId, waveId));
  const origins = await deps.db.select().from(blockOrigins).where(eq(blockOrigins.waveId, waveId));
  const byBlock: WaveBlock[] = stored.map((b) => ({ id: b.id, respondents: b.respondents, origins: origins.filter((o) => o.blockId === b.id).map((o) => ({ teamId: o.teamId, role: o.role as 'basic' })) }));
  const questions = questionsFor('pulse');
  let published = 0;
  for (const team of teamRows) {
    const result = resolveView({ teamId: team.id, role: null, waveIds: [waveId] }, { [waveId]: byBlock }, teamRows, 5).waves[waveId];
    if (!result.published) continue;
    published++;
    for (let i = 0; i < result.blockIds.length; i += 500) {
      const rows = await deps.db.select({ answers: responses.answers }).from(responses).where(inArray(responses.blockId, result.blockIds.slice(i, i + 500)));
      accumulate(rows.map((r) => scoreResponse(questions, JSON.parse(r.answers))));
    }
  }
  return published;
}

async function ours(deps: Deps, teamId: string) {
  const result = await trend(deps, ADMIN, { teamId });
  return result.waves.map((w) => (w.published ? Object.fromEntries(MEASURES.map((m) => [m, w.scores![m].value])) : null));
}

async function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'puls-bench-'));
  const handle = await openLibsql(`file:${join(dir, 'bench.db')}`);
  const clock = fixedClock(Date.UTC(2026, 0, 5, 8));
  const secret = generateSecret();
  const deps: Deps = {
    db: handle.db, mailer: new OutboxMailer(), clock, random: cryptoRandom,
    config: loadConfig({ PULS_SEAL_KEY: secret }), keys: await deriveKeys(secret), log: silentLogger, checkpoint: handle.checkpoint,
  };
  const client = (handle.db as unknown as { $client: Client }).$client;
  return { deps, clock, client, cleanup: () => { handle.close(); rmSync(dir, { recursive: true, force: true }); } };
}

/** Opens a real wave of the whole org and seals 60% of it, as answering would; returns its id. */
async function sealedWave(deps: Deps, client: Client, org: ReturnType<typeof benchOrg>, openedAt: number) {
  const waveId = newId(deps.random);
  await client.execute({
    sql: `insert into waves (id, title, status, opened_at, closes_at, k, k_comments, bank_version, module, invited, reminders) values (?, 'Close bench', 'open', ?, ?, 5, 10, ?, 'pulse', ?, '[]')`,
    args: [waveId, openedAt, openedAt + 5 * DAY, BANK.version, org.people.length],
  });
  await client.batch(inserts('invitations', ['id', 'wave_id', 'staff_id', 'team_id', 'role', 'language', 'token_hash', 'used'],
    org.people.map((p) => [newId(deps.random), waveId, p.id, p.teamId, p.role, 'de', newId(deps.random), 0])), 'write');
  const size = sealedSize(questionsFor('pulse'));
  const people = respondents(org, 0.6, seededRandom(99));
  const rows: unknown[][] = [];
  for (const p of people) rows.push([newId(deps.random), waveId, Buffer.from(await seal(deps.keys, deps.random, { teamId: p.teamId, role: p.role, answers: p.answers }, size))]);
  await client.batch(inserts('sealed_answers', ['id', 'wave_id', 'payload'], rows, 200), 'write');
  return { waveId, respondents: people.length };
}

export async function benchResults(print: (line: string) => void) {
  const { deps, clock, client, cleanup } = await setup();
  try {
    const org = benchOrg();
    await writeOrg(client, org, clock.now());
    const random = seededRandom(2026);
    const start = clock.now();
    print(`Results: ${org.people.length.toLocaleString('en')} staff in ${org.teams.length.toLocaleString('en')} teams`);

    const rows: string[] = [];
    const timings = new Map<string, number>();
    const measureAt = async (label: string) => {
      const [n] = await client.execute('select count(*) as n from responses').then((r) => r.rows.map((x) => Number(x.n)));
      const [latest] = await deps.db.select({ id: waves.id }).from(waves).orderBy(asc(waves.closedAt)).then((w) => w.slice(-1));
      for (const [view, teamId] of [['company', 't-root'], ['deep team', org.deepTeamId]] as const) {
        // A view of one wave (the latest): what a heatmap cell or a report table reads.
        const one = await median(50, () => waveViews(deps, latest.id, [{ teamId, role: '' }]));
        // The whole trend: one stored row per wave, so it grows with the number of points it returns.
        const fast = await median(30, () => ours(deps, teamId));
        // The baseline is slow (a minute at 1.5 million responses): timed once, and its numbers compared with ours.
        const slow = await once(() => baselineTrend(deps, teamId));
        const same = JSON.stringify(await ours(deps, teamId)) === JSON.stringify(slow.value);
        rows.push(`  ${label.padEnd(9)} ${view.padEnd(10)} ${n.toLocaleString('en').padStart(10)} responses  one wave ${fmt(one).padStart(8)}  ` +
          `trend ${fmt(fast).padStart(8)}  baseline trend ${fmt(slow.ms).padStart(10)}  ${ratio(slow.ms / fast).padStart(7)} faster  same numbers: ${same}`);
        timings.set(`${label}/${view}`, one);
        timings.set(`${label}/${view}/trend`, fast);
      }
    };

    for (let w = 0; w < 2; w++) await writeClosedWave(deps, client, org, start + w * 14 * DAY, random);
    await measureAt('2 waves');
    for (let w = 2; w < 26; w++) await writeClosedWave(deps, client, org, start + w * 14 * DAY, random);
    await measureAt('26 waves');
    rows.forEach((r) => print(r));
    for (const view of ['company', 'deep team']) {
      const growth = timings.get(`26 waves/${view}`)! / timings.get(`2 waves/${view}`)!;
      const trendGrowth = timings.get(`26 waves/${view}/trend`)! / timings.get(`2 waves/${view}/trend`)!;
      print(`  ${view}: reading a view at 26 waves costs ${ratio(growth)} of 2 waves (goal ≤ 1.5×: ${growth <= 1.5 ? 'met' : 'NOT met'}); ` +
        `the trend, which returns 26 points instead of 2, ${ratio(trendGrowth)}`);
    }

    clock.set(start + 27 * 14 * DAY);
    const sealed = await sealedWave(deps, client, org, clock.now() - DAY);
    const closing = await once(() => closeWave(deps, sealed.waveId));
    const left = await deps.db.select({ id: sealedAnswers.id }).from(sealedAnswers).limit(1);
    const invited = await client.execute({ sql: 'select count(*) as n from invitations where wave_id = ?', args: [sealed.waveId] });
    print(`  closing one wave of ${sealed.respondents.toLocaleString('en')} respondents (${Number(invited.rows[0].n).toLocaleString('en')} invited): ${fmt(closing.ms)} ` +
      `(${Math.round(sealed.respondents / (closing.ms / 1000)).toLocaleString('en')} respondents/s; sealed rows left: ${left.length})`);
    const scan = await once(() => baselineAllTeams(deps, sealed.waveId));
    print(`  baseline: every team's view of that wave by scanning its responses (${scan.value} published): ${fmt(scan.ms)}; ` +
      `the close, which writes every view once, takes ${ratio(closing.ms / scan.ms)} of that`);
    const after = await median(10, () => ours(deps, 't-root'));
    print(`  after that close, the company trend (27 waves) reads in ${fmt(after)}`);
  } finally {
    cleanup();
  }
}
