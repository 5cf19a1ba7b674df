import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Client } from '@libsql/client';
import { loadConfig } from '../src/config';
import { openLibsql } from '../src/db/libsql';
import { blocks, responses, sealedAnswers, teams, waves } from '../src/db/schema';
import type { Deps } from '../src/deps';
import { fixedClock } from '../src/lib/clock';
import type { Viewer } from '../src/lib/context';
import { deriveKeys, generateSecret } from '../src/lib/keys';
import { silentLogger } from '../src/lib/log';
import { cryptoRandom, newId, seededRandom } from '../src/lib/random';
import { OutboxMailer } from '../src/mail/outbox';
import { closeWave } from '../src/results/close.service';
import { trend, waveViews } from '../src/results/results.service';
import { Exposure } from '../src/results/exposure';
import { accumulate, scoreResponse, summarize } from '../src/results/stats';
import { blocksPerTeam } from '../src/results/views';
import { BANK, questionsFor } from '../src/survey/questions';
import { seal, sealedLength, sealedSize } from '../src/survey/seal';
import { fmt, median, once, ratio } from './measure';
import { benchOrg } from './org';
import { insertRows } from './insert';
import { inserts, invitedOf, respondents, writeClosedWave, writeOrg } from './results-fixture';
import { nodeAead } from '../src/entry/node-aead';

const DAY = 86_400_000;
const ADMIN: Viewer = { role: 'admin', teamId: null, userId: null, csrf: '' };
const MEASURES = ['trust', 'fear', 'gap'] as const;

/**
 * The baseline: the same trend numbers computed the slow way — for every closed wave, find the view's blocks (those
 * anchored in the team's subtree), then read, parse and score every raw answer sheet in them.
 */
async function baselineTrend(deps: Deps, teamId: string) {
  const teamRows = await deps.db.select({ id: teams.id, parentId: teams.parentId }).from(teams);
  const closed = await deps.db.select().from(waves).where(eq(waves.status, 'closed')).orderBy(asc(waves.closedAt));
  const questions = questionsFor('pulse');
  const out: (Record<string, number> | null)[] = [];
  for (const wave of closed) {
    const stored = await deps.db.select().from(blocks).where(eq(blocks.waveId, wave.id));
    const blockIds = blocksPerTeam(stored, teamRows).get(teamId);
    if (!blockIds) { out.push(null); continue; }
    const rows = [];
    for (let i = 0; i < blockIds.length; i += 500) {
      rows.push(...(await deps.db.select({ answers: responses.answers }).from(responses).where(inArray(responses.blockId, blockIds.slice(i, i + 500)))));
    }
    const agg = accumulate(rows.map((r) => scoreResponse(questions, JSON.parse(r.answers))));
    out.push(Object.fromEntries(MEASURES.map((m) => [m, Math.round(summarize(agg[m], m)!.value * 10) / 10])));
  }
  return out;
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
    config: loadConfig({ PULS_SEAL_KEY: secret }), keys: await deriveKeys(secret, { aead: nodeAead }), log: silentLogger, checkpoint: handle.checkpoint,
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

    const invited = invitedOf(org);
    const exposure = new Exposure(5);
    for (let w = 0; w < 2; w++) await writeClosedWave(deps, client, org, invited, exposure, start + w * 14 * DAY, random);
    await measureAt('2 waves');
    for (let w = 2; w < 26; w++) await writeClosedWave(deps, client, org, invited, exposure, start + w * 14 * DAY, random);
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
    const closedRows = await Promise.all(
      ['blocks', 'view_results', 'comments'].map(async (t) => Number((await client.execute({ sql: `select count(*) as n from ${t} where wave_id = ?`, args: [sealed.waveId] })).rows[0].n)),
    ).then((counts) => counts.reduce((a, b) => a + b, 0));
    const left = await deps.db.select({ id: sealedAnswers.id }).from(sealedAnswers).limit(1);
    const invitedRows = await client.execute({ sql: 'select count(*) as n from invitations where wave_id = ?', args: [sealed.waveId] });
    print(`  closing one wave of ${sealed.respondents.toLocaleString('en')} respondents (${Number(invitedRows.rows[0].n).toLocaleString('en')} invited): ${fmt(closing.ms)} ` +
      `(${Math.round(sealed.respondents / (closing.ms / 1000)).toLocaleString('en')} respondents/s; sealed rows left: ${left.length})`);
    // Baselines: a bare insert of one row per respondent as large as a sealed answer — the data the close must read,
    // open and overwrite when it deletes it — and, for comparison with release 0.1, of one short answer sheet each.
    const size = sealedLength(sealedSize(questionsFor('pulse')));
    const bare = await once(() => insertRows(client, sealed.respondents, size));
    const small = await once(() => insertRows(client, sealed.respondents));
    print(`  baseline: a bare insert of ${sealed.respondents.toLocaleString('en')} rows of ${size.toLocaleString('en')} bytes (one sealed answer each): ${fmt(bare.ms)}; ` +
      `the close takes ${ratio(closing.ms / bare.ms)} of that (goal ≤ 3×: ${closing.ms <= 3 * bare.ms ? 'met' : 'NOT met'})`);
    print(`  (a bare insert of as many short answer sheets, what the close of 0.1 wrote: ${fmt(small.ms)}; the close writes only ` +
      `blocks, views and comments now: ${closedRows.toLocaleString('en')} rows)`);
    const after = await median(10, () => ours(deps, 't-root'));
    print(`  after that close, the company trend (27 waves) reads in ${fmt(after)}`);
  } finally {
    cleanup();
  }
}
