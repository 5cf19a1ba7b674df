/**
 * An adversary for the anonymity properties that shares no code with the rules it tests: it works on people, not on
 * atoms or cells, and computes ranks modulo a large prime instead of over exact fractions.
 *
 * Given published sums over groups of people (each group a 0/1 vector over everyone), a group G is *isolable* when
 * some combination of the sums is non-zero only on people in G: the reader then learns something about G alone.
 * That holds exactly when removing G's rows lowers the rank of the groups' matrix.
 */
const P = 2_147_483_647n;

function rankModP(rows: readonly (readonly number[])[]): number {
  const m = rows.map((r) => r.map((x) => ((BigInt(x) % P) + P) % P));
  const width = m[0]?.length ?? 0;
  let rank = 0;
  for (let col = 0; col < width && rank < m.length; col++) {
    const pivot = m.findIndex((r, i) => i >= rank && r[col] !== 0n);
    if (pivot < 0) continue;
    [m[rank], m[pivot]] = [m[pivot], m[rank]];
    const inv = power(m[rank][col], P - 2n);
    m[rank] = m[rank].map((x) => (x * inv) % P);
    for (let i = 0; i < m.length; i++) {
      if (i === rank || m[i][col] === 0n) continue;
      const f = m[i][col];
      m[i] = m[i].map((x, j) => (((x - f * m[rank][j]) % P) + P) % P);
    }
    rank++;
  }
  return rank;
}

function power(base: bigint, exp: bigint): bigint {
  let result = 1n;
  let b = base % P;
  for (let e = exp; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % P;
    b = (b * b) % P;
  }
  return result;
}

/**
 * The smallest group of people (1..maxSize) isolable by the published groups, or null. `groups` are the published
 * groups as sets of person ids (a person may be in many; the same person in several waves is one unknown).
 */
export function smallestIsolable(groups: readonly (readonly string[])[], maxSize: number): string[] | null {
  const people = [...new Set(groups.flat())].sort();
  if (people.length === 0) return null;
  const sets = groups.map((g) => new Set(g));
  // Rows are people, columns are groups.
  const rows = people.map((p) => sets.map((g) => (g.has(p) ? 1 : 0)));
  const full = rankModP(rows);
  // Every combination gives the same weight to people in exactly the same groups, so an isolable group is made of
  // whole classes of such people: only classes of at most maxSize people need trying, smallest unions first.
  const classes = new Map<string, number[]>();
  rows.forEach((row, i) => classes.set(row.join(''), [...(classes.get(row.join('')) ?? []), i]));
  const small = [...classes.values()].filter((c) => c.length <= maxSize);
  let best: number[] | null = null;
  for (let count = 1; count <= Math.min(maxSize, small.length); count++) {
    for (const chosen of combinations(small, count)) {
      const members = chosen.flat();
      if (members.length > maxSize || (best && members.length >= best.length)) continue;
      const outside = new Set(members);
      if (rankModP(rows.filter((_, i) => !outside.has(i))) < full) best = members;
    }
  }
  return best ? best.map((i) => people[i]).sort() : null;
}

function* combinations<T>(items: readonly T[], size: number, start = 0, prefix: T[] = []): Generator<T[]> {
  if (prefix.length === size) {
    yield prefix.slice();
    return;
  }
  for (let i = start; i <= items.length - (size - prefix.length); i++) {
    prefix.push(items[i]);
    yield* combinations(items, size, i + 1, prefix);
    prefix.pop();
  }
}
