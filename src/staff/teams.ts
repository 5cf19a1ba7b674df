/**
 * The org tree as plain data: team paths, their prefixes and subtrees. No I/O, so results, waves and the block
 * partition can use the same rules without a database.
 *
 * A path is its segments joined by '/', e.g. `Werk Nord/Montage`. The root stands for the whole company; its path
 * is '' and every other team hangs below it.
 */

export const ROOT_PATH = '';
export const MAX_DEPTH = 8;
export const MAX_SEGMENT_LENGTH = 80;

export type TeamProblemCode = 'team_empty' | 'team_empty_segment' | 'team_too_deep' | 'team_name_too_long';

export type TeamPathResult =
  | { ok: true; path: string }
  | { ok: false; code: TeamProblemCode; message: string; params?: Record<string, string | number> };

/**
 * Trims every segment and folds runs of whitespace to one space, so `Werk  Nord / Montage` and `Werk Nord/Montage`
 * are the same team. Empty segments (`Werk Nord//Montage`, a trailing '/') are rejected rather than dropped:
 * they usually mean a column was shifted.
 */
export function normaliseTeamPath(raw: string): TeamPathResult {
  if (raw.trim() === '') return { ok: false, code: 'team_empty', message: 'team is empty' };
  const segments = raw.split('/').map((s) => s.replace(/\s+/g, ' ').trim());
  if (segments.some((s) => s === '')) {
    return { ok: false, code: 'team_empty_segment', params: { value: raw.trim() }, message: `team path "${raw.trim()}" has an empty segment` };
  }
  if (segments.length > MAX_DEPTH) {
    const params = { levels: segments.length, max: MAX_DEPTH };
    return { ok: false, code: 'team_too_deep', params, message: `team path has ${segments.length} levels; at most ${MAX_DEPTH} are allowed` };
  }
  const long = segments.find((s) => s.length > MAX_SEGMENT_LENGTH);
  if (long) {
    const params = { value: `${long.slice(0, 20)}…`, max: MAX_SEGMENT_LENGTH };
    return { ok: false, code: 'team_name_too_long', params, message: `team name "${long.slice(0, 20)}…" is longer than ${MAX_SEGMENT_LENGTH} characters` };
  }
  return { ok: true, path: segments.join('/') };
}

/** The last segment; the root has no segment, its name is the company's. */
export const teamName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** `A/B` → `A`, `A` → the root. The root has no parent. */
export function parentPath(path: string): string | null {
  if (path === ROOT_PATH) return null;
  const cut = path.lastIndexOf('/');
  return cut < 0 ? ROOT_PATH : path.slice(0, cut);
}

/** `A/B/C` → `['A', 'A/B', 'A/B/C']`: every team a path passes through. */
export function pathPrefixes(path: string): string[] {
  if (path === ROOT_PATH) return [];
  const segments = path.split('/');
  return segments.map((_, i) => segments.slice(0, i + 1).join('/'));
}

export interface PlannedTeam {
  id: string;
  parentId: string | null;
  name: string;
  path: string;
}

/**
 * The teams to create so that the root and every prefix of every path exist. Existing teams keep their ids:
 * history (invitations, blocks) refers to them, so teams are only ever added.
 */
export function planTeams(
  existing: readonly { id: string; path: string }[],
  paths: Iterable<string>,
  makeId: () => string,
  companyName: string,
): { create: PlannedTeam[]; idByPath: Map<string, string> } {
  const idByPath = new Map(existing.map((t) => [t.path, t.id]));
  const create: PlannedTeam[] = [];
  const ensure = (path: string, name: string) => {
    if (idByPath.has(path)) return;
    const parent = parentPath(path);
    const team = { id: makeId(), parentId: parent === null ? null : idByPath.get(parent)!, name, path };
    idByPath.set(path, team.id);
    create.push(team);
  };
  ensure(ROOT_PATH, companyName);
  for (const path of paths) {
    // Prefixes come shortest first, so a parent always exists before its child asks for its id.
    for (const prefix of pathPrefixes(path)) ensure(prefix, teamName(prefix));
  }
  return { create, idByPath };
}
