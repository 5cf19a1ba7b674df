import type { Client, InStatement } from '@libsql/client';
import type { Role } from '../src/db/schema';
import type { Deps } from '../src/deps';
import { newId, uniform, type Random } from '../src/lib/random';
import type { TeamAnswers } from '../src/results/blocks';
import { decideWave } from '../src/results/decide';
import type { Exposure } from '../src/results/exposure';
import { addTally, cellKey, emptyTally, tallyAnswers } from '../src/results/tally';
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

/** Who is invited, per team and role: the whole org. */
export function invitedOf(org: BenchOrg) {
  const byTeam = new Map<string, string[]>();
  const byRole = new Map<Role, string[]>();
  for (const p of org.people) {
    byTeam.set(p.teamId, [...(byTeam.get(p.teamId) ?? []), p.id]);
    byRole.set(p.role, [...(byRole.get(p.role) ?? []), p.id]);
  }
  return { byTeam, byRole };
}

/**
 * Writes one closed wave's results as the close computes them (the same pure decideWave over tallies), without sealing
 * first: history for the read benchmarks, 60,000 respondents a wave. The answer sheets also go into the legacy
 * `responses` table, for the baseline only: that is what reading would cost if results were computed from raw answers
 * (the product keeps none after a close).
 */
export async function writeClosedWave(
  deps: Deps,
  client: Client,
  org: BenchOrg,
  invited: ReturnType<typeof invitedOf>,
  exposure: Exposure,
  openedAt: number,
  random: Random,
) {
  const waveId = newId(deps.random);
  const people = respondents(org, 0.6, random);
  const questions = questionsFor('pulse');
  const own = new Map<string, TeamAnswers>();
  const sheets = new Map<string, string[]>();
  for (const p of people) {
    const tally = emptyTally();
    const use = tallyAnswers(tally, questions, p.answers);
    let team = own.get(p.teamId);
    if (!team) own.set(p.teamId, (team = { cells: {}, comments: [] }));
    addTally((team.cells[cellKey(p.role, use)] ??= emptyTally()), tally);
    sheets.set(p.teamId, [...(sheets.get(p.teamId) ?? []), JSON.stringify(p.answers)]);
  }
  const { built, views } = decideWave({ teams: org.teams, k: 5, own, invited, exposure });
  const ids = built.blocks.map(() => newId(deps.random));
  const statements: InStatement[] = [
    {
      sql: `insert into waves (id, title, status, opened_at, closes_at, closed_at, k, k_comments, bank_version, module, invited, reminders, left_out)
            values (?, ?, 'closed', ?, ?, ?, 5, 10, ?, 'pulse', ?, '[]', ?)`,
      args: [waveId, `Wave ${openedAt}`, openedAt, openedAt + 5 * 86_400_000, openedAt + 5 * 86_400_000, BANK.version, org.people.length, built.leftOut],
    },
    ...inserts('blocks', ['id', 'wave_id', 'team_id', 'role', 'respondents'], built.blocks.map((b, i) => [ids[i], waveId, b.teamId, null, b.respondents])),
    ...inserts('responses', ['id', 'wave_id', 'block_id', 'answers'],
      built.blocks.flatMap((b, i) => b.teams.flatMap((t) => sheets.get(t)!.map((a) => [newId(deps.random), waveId, ids[i], a])))),
    ...inserts('view_results', ['wave_id', 'team_id', 'role', 'published', 'reason', 'respondents', 'invited', 'measures', 'counts'],
      views.map((v) => [waveId, v.teamId, v.role, v.published ? 1 : 0, v.reason, v.respondents, v.invited, v.measures, v.counts])),
  ];
  await client.batch(statements, 'write');
  return { waveId, respondents: people.length };
}
