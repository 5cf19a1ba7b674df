import type { Client, InStatement } from '@libsql/client';
import type { Role } from '../src/db/schema';
import type { Deps } from '../src/deps';
import { newId, uniform, type Random } from '../src/lib/random';
import { buildBlocks } from '../src/results/blocks';
import { computeViews } from '../src/results/view-results';
import { BANK, questionsFor } from '../src/survey/questions';
import { benchAnswers, type BenchOrg } from './org';

/** Multi-row INSERTs of up to `rowsPer` rows: the bench writes history fast, straight through the libSQL client. */
export function inserts(table: string, columns: string[], rows: unknown[][], rowsPer = 500): InStatement[] {
  const out: InStatement[] = [];
  for (let i = 0; i < rows.length; i += rowsPer) {
    const chunk = rows.slice(i, i + rowsPer);
    const values = chunk.map(() => `(${columns.map(() => '?').join(',')})`).join(',');
    out.push({ sql: `insert into ${table} (${columns.join(',')}) values ${values}`, args: chunk.flat() as never[] });
  }
  return out;
}

export async function writeOrg(client: Client, org: BenchOrg, now: number) {
  await client.batch(inserts('teams', ['id', 'parent_id', 'name', 'path'], org.teams.map((t) => [t.id, t.parentId, t.name, t.path])), 'write');
  await client.batch(
    inserts('staff', ['id', 'email', 'name', 'team_id', 'role', 'language', 'active', 'created_at', 'updated_at'],
      org.people.map((p) => [p.id, p.email, p.email, p.teamId, p.role, 'de', 1, now, now])),
    'write',
  );
}

/** Picks about `rate` of the people as respondents of one wave, with answers. */
export function respondents(org: BenchOrg, rate: number, random: Random) {
  return org.people
    .filter(() => uniform(random) < rate)
    .map((p) => ({ teamId: p.teamId, role: p.role as Role, answers: benchAnswers(random) }));
}

/**
 * Writes one closed wave's results as the close pipeline computes them (the same pure buildBlocks and computeViews),
 * without sealing first: history for the read benchmarks, 60,000 respondents a wave.
 */
export async function writeClosedWave(deps: Deps, client: Client, org: BenchOrg, openedAt: number, random: Random) {
  const waveId = newId(deps.random);
  const people = respondents(org, 0.6, random);
  const questions = questionsFor('pulse');
  const built = buildBlocks(people, org.teams, 5, questions);
  const invitedBy = new Map<string, number>();
  for (const p of org.people) invitedBy.set(`${p.teamId}/${p.role}`, (invitedBy.get(`${p.teamId}/${p.role}`) ?? 0) + 1);
  const views = computeViews(built, org.teams, 5, invitedBy);
  const ids = built.map(() => newId(deps.random));
  const statements: InStatement[] = [
    {
      sql: `insert into waves (id, title, status, opened_at, closes_at, closed_at, k, k_comments, bank_version, module, invited, reminders)
            values (?, ?, 'closed', ?, ?, ?, 5, 10, ?, 'pulse', ?, '[]')`,
      args: [waveId, `Wave ${openedAt}`, openedAt, openedAt + 5 * 86_400_000, openedAt + 5 * 86_400_000, BANK.version, org.people.length],
    },
    ...inserts('blocks', ['id', 'wave_id', 'team_id', 'role', 'respondents'], built.map((b, i) => [ids[i], waveId, b.teamId, b.role, b.respondents])),
    ...inserts('block_origins', ['wave_id', 'block_id', 'team_id', 'role'], built.flatMap((b, i) => b.origins.map((o) => [waveId, ids[i], o.teamId, o.role]))),
    ...inserts('responses', ['id', 'wave_id', 'block_id', 'answers'], built.flatMap((b, i) => b.answers.map((a) => [newId(deps.random), waveId, ids[i], JSON.stringify(a)]))),
    ...inserts('aggregates', ['wave_id', 'block_id', 'measure', 'n', 'sum', 'sum_sq'],
      built.flatMap((b, i) => Object.entries(b.aggregates).map(([m, a]) => [waveId, ids[i], m, a.n, a.sum, a.sumSq]))),
    ...inserts('view_results', ['wave_id', 'team_id', 'role', 'published', 'reason', 'respondents', 'invited', 'measures'],
      views.map((v) => [waveId, v.teamId, v.role, v.published ? 1 : 0, v.reason, v.respondents, v.invited, v.measures])),
  ];
  await client.batch(statements, 'write');
  return { waveId, respondents: people.length };
}
