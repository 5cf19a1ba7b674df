/** The org tree as the results code needs it: one root, children in id order, depth, bottom-up order, subtrees. */

export interface TeamNode {
  id: string;
  parentId: string | null;
}

export interface Tree {
  root: string;
  parent: ReadonlyMap<string, string | null>;
  children: ReadonlyMap<string, readonly string[]>;
  depth: ReadonlyMap<string, number>;
  /** Every team, deepest first (ties by id), so a child is always handled before its parent. */
  bottomUp: readonly string[];
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Throws on anything but a single tree: a second root or a cycle would let a part escape the merge rule. */
export function buildTree(teams: readonly TeamNode[]): Tree {
  const parent = new Map<string, string | null>();
  for (const t of teams) {
    if (parent.has(t.id)) throw new Error(`team ${t.id} appears twice`);
    parent.set(t.id, t.parentId);
  }
  const roots = [...parent].filter(([, p]) => p === null).map(([id]) => id);
  if (roots.length !== 1) throw new Error(`the team tree needs exactly one root, found ${roots.length}`);
  const children = new Map<string, string[]>([...parent.keys()].map((id) => [id, []]));
  for (const [id, p] of parent) {
    if (p === null) continue;
    const siblings = children.get(p);
    if (!siblings) throw new Error(`team ${id} has an unknown parent ${p}`);
    siblings.push(id);
  }
  for (const list of children.values()) list.sort(byId);

  const depth = new Map<string, number>();
  const order: string[] = [];
  const stack: string[] = [roots[0]];
  depth.set(roots[0], 0);
  while (stack.length > 0) {
    const id = stack.pop()!;
    order.push(id);
    for (const c of children.get(id)!) {
      depth.set(c, depth.get(id)! + 1);
      stack.push(c);
    }
  }
  if (order.length !== parent.size) throw new Error('the team tree has a cycle');
  const bottomUp = order.sort((a, b) => depth.get(b)! - depth.get(a)! || byId(a, b));
  return { root: roots[0], parent, children, depth, bottomUp };
}

/** The ids of `teamId` and all teams below it; empty when the team is unknown. */
export function subtree(tree: Tree, teamId: string): Set<string> {
  const out = new Set<string>();
  if (!tree.children.has(teamId)) return out;
  const stack = [teamId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    out.add(id);
    stack.push(...tree.children.get(id)!);
  }
  return out;
}

export { byId };
