import { ROLES, type Role } from '../db/schema/org';
import { matrixOf, nullspace, rank, type Fraction } from './linear';
import { CELLS, USE_GROUPS, type CellKey, type UseGroup } from './tally';

/**
 * Comparisons inside the company's view (DESIGN rule 5): role views (basic users, power users, champions) and the
 * measures of adopters against non-users. They cut across blocks, so "a union of whole blocks" does not make them
 * safe. Together with the team views, a reader holds every vector
 *
 *     y(cell of block b) = α_b + B_role + C_use          (α_b free per block: the team views give every block's sum)
 *
 * where B is free for each published role and C for each published use group (`occasional` is never published).
 * Such a combination isolates the cells where y ≠ 0; per block the reader picks α_b to cancel the heaviest value, so
 * the people it isolates are Σ_b (n_b − the heaviest class of equal values in b). A set of splits is published only
 * if every such combination isolates nobody or at least k people.
 *
 * That count depends only on which sums B_r + C_u are equal, so it suffices to try one generic point of every flat of
 * the arrangement of hyperplanes B_r + C_u = B_r' + C_u' (pairs of cells that meet in a block); with at most four free
 * parameters there are a few thousand flats. Exact: the flats come from rational linear algebra (linear.ts), and each
 * generic point is checked to avoid every hyperplane that does not contain its flat.
 */

export interface SplitChoice {
  roles: Role[];
  uses: Exclude<UseGroup, 'occasional'>[];
}

/** Per block, how many respondents fall into each cell (role × use group); missing cells are 0. */
export type BlockCells = Readonly<Partial<Record<CellKey, number>>>;

const PUBLISHABLE_USES = ['adopters', 'nonusers'] as const;

/**
 * The largest safe set of comparisons for the company view: both families if that is safe, else use groups (the
 * GenAI gap between adopters and non-users), else roles, else none. Each published group needs ≥ k people.
 */
export function chooseSplits(blocks: readonly BlockCells[], k: number): SplitChoice {
  const total = (keys: readonly CellKey[]) => blocks.reduce((s, b) => s + keys.reduce((t, c) => t + (b[c] ?? 0), 0), 0);
  const roles = ROLES.filter((r) => total(CELLS.filter((c) => c.startsWith(`${r}|`))) >= k);
  const uses = PUBLISHABLE_USES.filter((u) => total(CELLS.filter((c) => c.endsWith(`|${u}`))) >= k);
  const options: SplitChoice[] = [{ roles, uses }, { roles: [], uses }, { roles, uses: [] }];
  for (const option of options) {
    if (option.roles.length + option.uses.length === 0) continue;
    if (splitsAreSafe(blocks, option, k)) return option;
  }
  return { roles: [], uses: [] };
}

/** Whether publishing these role views and use-group measures keeps every isolable group at 0 or ≥ k people. */
export function splitsAreSafe(blocks: readonly BlockCells[], choice: SplitChoice, k: number): boolean {
  return smallestIsolated(blocks, choice) >= k;
}

/** The fewest people (> 0) any combination of the published splits and block sums isolates; Infinity if none. */
export function smallestIsolated(blocks: readonly BlockCells[], choice: SplitChoice): number {
  // Free parameters: B for each published role (one fewer when all three are: a common shift goes into α), C for
  // each published use group.
  const roleVars = choice.roles.length === ROLES.length ? choice.roles.slice(1) : choice.roles;
  const vars = [...roleVars.map((r) => `B:${r}`), ...choice.uses.map((u) => `C:${u}`)];
  const d = vars.length;
  if (d === 0) return Infinity;
  const coef = new Map<CellKey, number[]>();
  for (const cell of CELLS) {
    const [role, use] = cell.split('|');
    coef.set(cell, vars.map((v) => (v === `B:${role}` || v === `C:${use}` ? 1 : 0)));
  }

  // Blocks with a single populated cell can never isolate anyone; equal blocks need to be counted only once.
  const patterns = new Map<string, { cells: [number, number][]; times: number }>();
  const cellIndex = new Map(CELLS.map((c, i) => [c, i]));
  for (const b of blocks) {
    const cells = CELLS.filter((c) => (b[c] ?? 0) > 0).map((c): [number, number] => [cellIndex.get(c)!, b[c]!]);
    if (cells.length < 2) continue;
    const key = cells.map(([c, n]) => `${c}:${n}`).join(',');
    const seen = patterns.get(key);
    if (seen) seen.times++;
    else patterns.set(key, { cells, times: 1 });
  }
  const populated = [...patterns.values()];
  const coefs = CELLS.map((c) => coef.get(c)!);
  const hyperplanes = new Map<string, number[]>();
  for (const { cells } of populated) {
    for (let i = 0; i < cells.length; i++) {
      for (let j = i + 1; j < cells.length; j++) {
        const f = coefs[cells[i][0]].map((x, v) => x - coefs[cells[j][0]][v]);
        const lead = f.find((x) => x !== 0);
        if (lead === undefined) continue;
        const normal = f.map((x) => x * Math.sign(lead));
        hyperplanes.set(normal.join(','), normal);
      }
    }
  }
  const planes = [...hyperplanes.values()];
  const random = seeded(0x5eed);
  let smallest = Infinity;
  for (const subset of subsetsUpTo(planes.length, d - 1)) {
    const equations = subset.map((i) => planes[i]);
    if (rank(matrixOf(equations)) < equations.length) continue;
    const flat = nullspace(matrixOf(equations), d);
    if (flat.length === 0) continue;
    const theta = genericPoint(flat, planes, random);
    const values = coefs.map((c) => c.reduce((sum, x, v) => sum + x * theta[v], 0));
    const cost = isolated(populated, values, smallest);
    if (cost > 0 && cost < smallest) smallest = cost;
  }
  return smallest;
}

/**
 * Σ over blocks of the people outside the heaviest class of equal values (cell values given); stops early once the
 * sum reaches `bound` (it can only matter when smaller).
 */
function isolated(blocks: readonly { cells: [number, number][]; times: number }[], values: readonly number[], bound: number): number {
  let total = 0;
  for (const { cells, times } of blocks) {
    let n = 0;
    let heaviest = 0;
    for (let i = 0; i < cells.length; i++) {
      const value = values[cells[i][0]];
      n += cells[i][1];
      let weight = 0;
      for (let j = 0; j < cells.length; j++) if (values[cells[j][0]] === value) weight += cells[j][1];
      if (weight > heaviest) heaviest = weight;
    }
    total += (n - heaviest) * times;
    if (total >= bound) return total;
  }
  return total;
}

/**
 * An integer point of the flat spanned by `basis` that lies on exactly the hyperplanes containing the flat: a random
 * combination, checked (and redrawn) against every other hyperplane.
 */
function genericPoint(basis: Fraction[][], planes: number[][], random: () => number): number[] {
  const d = basis[0].length;
  const containing = planes.map((p) => basis.every((v) => dot(p, toNumbers(v)) === 0));
  const scaled = basis.map(toNumbers);
  for (let attempt = 0; attempt < 100; attempt++) {
    const weights = scaled.map(() => 1 + Math.floor(random() * 997));
    const theta = Array.from({ length: d }, (_, j) => scaled.reduce((s, v, i) => s + weights[i] * v[j], 0));
    if (planes.every((p, i) => containing[i] || dot(p, theta) !== 0)) return theta;
  }
  throw new Error('no generic point found');
}

/** A rational vector scaled to integers (the basis vectors here have small denominators). */
function toNumbers(v: Fraction[]): number[] {
  const lcm = v.reduce((l, x) => (l * x.d) / gcdBig(l, x.d), 1n);
  return v.map((x) => {
    const n = Number((x.n * lcm) / x.d);
    if (!Number.isSafeInteger(n)) throw new Error('basis vector too large');
    return n;
  });
}

function gcdBig(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, x, i) => s + x * b[i], 0);

function* subsetsUpTo(n: number, size: number): Generator<number[]> {
  const current: number[] = [];
  function* grow(start: number): Generator<number[]> {
    yield current.slice();
    if (current.length === size) return;
    for (let i = start; i < n; i++) {
      current.push(i);
      yield* grow(i + 1);
      current.pop();
    }
  }
  yield* grow(0);
}

/** A small deterministic generator: the same wave always gets the same decision. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 0x100000000;
  };
}

export { USE_GROUPS };
