import { and, asc, count, eq } from 'drizzle-orm';
import { auditBatch, record } from '../audit/audit.service';
import type { Actor } from '../audit/chain';
import { jsonChunks, type Statement } from '../db/client';
import { fromJsonRows } from '../db/json-rows';
import { teamCodeBatches, teamCodes, teams, usedCodes, type Role } from '../db/schema';
import type { Deps } from '../deps';
import { AppError, notFound } from '../lib/errors';
import { newId } from '../lib/random';
import type { WaveRow } from '../waves/waves.service';
import { codeHash, teamCode } from './codes';

/** The most codes one sheet holds: a shift or a hall, not a company (which has letters). */
export const MAX_TEAM_CODES = 500;

export interface TeamCodeSheet {
  id: string;
  teamId: string;
  team: string;
  role: Role;
  count: number;
  createdAt: number;
}

/**
 * Prints a sheet of one-time codes for a team (kiosk): each answers once and counts for that team, with the sheet's
 * role, and for no person. Only keyed hashes are stored; the codes are derived again from the sheet id when it is
 * printed. Logged with the team and the count: whoever can print codes can answer with them, so the works council
 * sees every sheet (and every reprint, `teamcodes.printed`) in the audit log.
 */
export async function createTeamCodes(
  deps: Deps,
  actor: Actor,
  wave: WaveRow,
  input: { teamId: string; count: number; role: Role },
): Promise<TeamCodeSheet> {
  if (wave.status !== 'open') throw new AppError('CONFLICT', `team codes are printed while a wave is open; this one is ${wave.status}`);
  const [team] = await deps.db.select({ id: teams.id, path: teams.path }).from(teams).where(eq(teams.id, input.teamId));
  if (!team) throw new AppError('UNPROCESSABLE', 'teamId is not a team', [{ path: 'teamId', message: 'no such team' }]);
  const sheet = { id: newId(deps.random), waveId: wave.id, teamId: team.id, role: input.role, count: input.count, createdAt: deps.clock.now() };
  const hashes = Array.from({ length: input.count }, (_, i) => [codeHash(deps.keys, teamCode(deps.keys, sheet.id, i)), wave.id, sheet.id]);
  const statements: Statement[] = [
    deps.db.insert(teamCodeBatches).values(sheet),
    ...jsonChunks(hashes).map((json) => deps.db.insert(teamCodes).select(fromJsonRows(3, json)) as Statement),
  ];
  const details = { team: team.path || deps.config.companyName, count: input.count, role: input.role };
  await auditBatch(deps, { actor, action: 'teamcodes.created', target: wave.id, details }, statements);
  return { ...sheet, team: team.path };
}

/** A sheet with its codes, for printing; logged, since a printed sheet can answer. */
export async function printTeamCodes(deps: Deps, actor: Actor, wave: WaveRow, sheetId: string): Promise<TeamCodeSheet & { codes: string[] }> {
  const [sheet] = await sheets(deps, wave.id, sheetId);
  if (!sheet) throw notFound('team code sheet');
  if (wave.status !== 'open') throw new AppError('CONFLICT', `team codes are printed while a wave is open; this one is ${wave.status}`);
  await record(deps, { actor, action: 'teamcodes.printed', target: wave.id, details: { team: sheet.team || deps.config.companyName, count: sheet.count } });
  return { ...sheet, codes: Array.from({ length: sheet.count }, (_, i) => teamCode(deps.keys, sheet.id, i)) };
}

export interface TeamCodeTeam {
  teamId: string;
  team: string;
  /** Codes printed for the team in this wave. */
  issued: number;
  /** Codes used so far, from k on (DESIGN rule 8); null below k and after the wave closed (its views say it then). */
  used: number | null;
  sheets: TeamCodeSheet[];
}

/** The wave's sheets by team, with each team's running count where it has reached k. */
export async function teamCodeTeams(deps: Deps, wave: WaveRow): Promise<TeamCodeTeam[]> {
  const all = await sheets(deps, wave.id);
  const counts = await deps.db
    .select({ teamId: usedCodes.teamId, n: count() })
    .from(usedCodes)
    .where(eq(usedCodes.waveId, wave.id))
    .groupBy(usedCodes.teamId);
  const usedOf = new Map(counts.map((c) => [c.teamId, c.n]));
  const out = new Map<string, TeamCodeTeam>();
  for (const s of all) {
    const team = out.get(s.teamId) ?? { teamId: s.teamId, team: s.team, issued: 0, used: null, sheets: [] };
    team.issued += s.count;
    team.sheets.push(s);
    out.set(s.teamId, team);
  }
  for (const team of out.values()) {
    const n = usedOf.get(team.teamId) ?? 0;
    team.used = wave.status === 'open' && n >= wave.k ? n : null;
  }
  return [...out.values()];
}

async function sheets(deps: Deps, waveId: string, sheetId?: string): Promise<TeamCodeSheet[]> {
  return deps.db
    .select({
      id: teamCodeBatches.id,
      teamId: teamCodeBatches.teamId,
      team: teams.path,
      role: teamCodeBatches.role,
      count: teamCodeBatches.count,
      createdAt: teamCodeBatches.createdAt,
    })
    .from(teamCodeBatches)
    .innerJoin(teams, eq(teams.id, teamCodeBatches.teamId))
    .where(sheetId ? and(eq(teamCodeBatches.waveId, waveId), eq(teamCodeBatches.id, sheetId)) : eq(teamCodeBatches.waveId, waveId))
    .orderBy(asc(teamCodeBatches.createdAt), asc(teamCodeBatches.id));
}
