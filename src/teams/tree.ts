/**
 * The one walker of the org tree. Teams are stored flat (`id`, `parentId`); the importer builds them from paths, so a
 * stored tree has one root and no cycle. What if it had, all functions here agree:
 * - `buildTree`, for the results, refuses: a second root, an unknown parent or a cycle would let a part of the company
 *   escape the merge rule, so it throws rather than publish;
 * - `subtreeIds` (access rules, lists) visits each team once, so a cycle cannot loop, and never reaches a team from
 *   outside the subtree;
 * - `nestTeams` (menus, the staff tree) loses no team: one whose parent is unknown, or that no root reaches (a cycle),
 *   is shown at the top.
 */

export interface TeamRef {
  id: string;
  parentId: string | null;
}

export const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Each team's children, in id order (every known parent has an entry). */
function childrenOf(teams: readonly TeamRef[]): Map<string, string[]> {
  const children = new Map<string, string[]>(teams.map((t) => [t.id, []]));
  for (const t of teams) if (t.parentId !== null) children.get(t.parentId)?.push(t.id);
  for (const list of children.values()) list.sort(byId);
  return children;
}

/** Breadth first from `start`, each team once: the start, then its children, then theirs. */
function walk(children: ReadonlyMap<string, readonly string[]>, start: string): string[] {
  const out = [start];
  const seen = new Set(out);
  for (let i = 0; i < out.length; i++) {
    for (const child of children.get(out[i]) ?? []) {
      if (!seen.has(child)) {
        seen.add(child);
        out.push(child);
      }
    }
  }
  return out;
}

/** The team and every team below it, the team first. Unknown ids give an empty list. */
export function subtreeIds(teams: readonly TeamRef[], teamId: string): string[] {
  if (!teams.some((t) => t.id === teamId)) return [];
  return walk(childrenOf(teams), teamId);
}

/** The team and every team above it, the team first, up to the root (or to where a cycle or a missing parent stops it). */
export function ancestry<T extends TeamRef>(teams: readonly T[], teamId: string): T[] {
  const byKey = new Map(teams.map((t) => [t.id, t]));
  const out: T[] = [];
  const seen = new Set<string>();
  for (let t = byKey.get(teamId); t && !seen.has(t.id); t = t.parentId === null ? undefined : byKey.get(t.parentId)) {
    seen.add(t.id);
    out.push(t);
  }
  return out;
}

export interface Tree {
  root: string;
  parent: ReadonlyMap<string, string | null>;
  children: ReadonlyMap<string, readonly string[]>;
  depth: ReadonlyMap<string, number>;
  /** Every team, deepest first (ties by id), so a child is always handled before its parent. */
  bottomUp: readonly string[];
}

/** The org tree as the results need it: one root, children in id order, depth, bottom-up order. Throws on anything else. */
export function buildTree(teams: readonly TeamRef[]): Tree {
  const parent = new Map<string, string | null>();
  for (const t of teams) {
    if (parent.has(t.id)) throw new Error(`team ${t.id} appears twice`);
    parent.set(t.id, t.parentId);
  }
  const roots = teams.filter((t) => t.parentId === null);
  if (roots.length !== 1) throw new Error(`the team tree needs exactly one root, found ${roots.length}`);
  const unknown = teams.find((t) => t.parentId !== null && !parent.has(t.parentId));
  if (unknown) throw new Error(`team ${unknown.id} has an unknown parent ${unknown.parentId}`);
  const children = childrenOf(teams);
  const order = walk(children, roots[0].id);
  if (order.length !== parent.size) throw new Error('the team tree has a cycle');
  // Breadth first, a parent's depth is known before its children's.
  const depth = new Map<string, number>();
  for (const id of order) depth.set(id, parent.get(id) === null ? 0 : depth.get(parent.get(id)!)! + 1);
  const bottomUp = order.sort((a, b) => depth.get(b)! - depth.get(a)! || byId(a, b));
  return { root: roots[0].id, parent, children, depth, bottomUp };
}

/** The ids of `teamId` and all teams below it in a built tree; empty when the team is unknown. */
export function subtree(tree: Tree, teamId: string): Set<string> {
  return tree.children.has(teamId) ? new Set(walk(tree.children, teamId)) : new Set();
}

export interface NestedTeam<T> {
  team: T;
  children: NestedTeam<T>[];
}

/** Nests a flat list for menus and lists, children sorted by name; see the module's note for odd data. */
export function nestTeams<T extends TeamRef & { name: string }>(teams: readonly T[]): NestedTeam<T>[] {
  const nodes = new Map(teams.map((t) => [t.id, { team: t, children: [] as NestedTeam<T>[] }]));
  const children = childrenOf(teams);
  const reached = new Set<string>();
  const tops = teams.filter((t) => t.parentId === null || !nodes.has(t.parentId));
  const attach = (id: string) => {
    for (const above of walk(children, id)) {
      if (reached.has(above)) continue;
      reached.add(above);
      for (const child of children.get(above) ?? []) if (!reached.has(child)) nodes.get(above)!.children.push(nodes.get(child)!);
    }
  };
  for (const t of tops) attach(t.id);
  // Teams on a cycle: the first of each (by id) goes to the top, so none is lost.
  for (const t of [...teams].sort((a, b) => byId(a.id, b.id))) {
    if (reached.has(t.id)) continue;
    tops.push(t);
    attach(t.id);
  }
  const byName = (a: NestedTeam<T>, b: NestedTeam<T>) => a.team.name.localeCompare(b.team.name);
  for (const node of nodes.values()) node.children.sort(byName);
  return tops.map((t) => nodes.get(t.id)!).sort(byName);
}
