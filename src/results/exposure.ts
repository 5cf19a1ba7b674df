import { apply, basisOf, columns, matrixOf, nullspace, rank, type Matrix } from './linear';

/**
 * Anonymity across waves (DESIGN rule 4). Within one wave every published number is a sum over whole blocks, so no
 * difference of two of them is about fewer than k people. Across waves the people differ: someone left, joined,
 * moved or changed role. Where a reader knows exactly who is in two published groups — because everyone in them
 * answered — and assumes that everyone else answered as before, the difference of the two groups' sums gives the
 * answers of the few who differ. More generally, any linear combination of such known groups is a sum over the people
 * it weights; it isolates a small group when its support holds 1..k−1 people.
 *
 * An `Exposure` holds every group whose membership a reader can know (a *known set*: its members' staff ids) over
 * all waves so far, and admits a new one only when it makes no new group of 1..k−1 people isolable. Stable answers are
 * the adversary's assumption: a person is one unknown, whatever wave they answered in.
 *
 * The check is exact. People with the same membership in every known set of a connected component form an *atom*;
 * every combination of the sets is constant on atoms, so a support is a union of atoms and an atom of k or more
 * people can never be part of a small support. What remains is linear algebra over the small atoms (linear.ts).
 */
export class Exposure {
  private readonly sets: (readonly string[])[] = [];
  private readonly setsOf = new Map<string, number[]>();

  constructor(
    readonly k: number,
    history: Iterable<readonly string[]> = [],
    /** Bound on the subsets of small atoms examined; past it a set is refused (the safe answer). */
    private readonly maxSubsets = 50_000,
  ) {
    for (const members of history) this.add(members);
  }

  get size() {
    return this.sets.length;
  }

  add(members: readonly string[]): void {
    const index = this.sets.push([...members]) - 1;
    for (const p of members) {
      const list = this.setsOf.get(p);
      if (list) list.push(index);
      else this.setsOf.set(p, [index]);
    }
  }

  /** Admits and records the set when it isolates nobody new; returns whether it did. */
  tryAdd(members: readonly string[]): boolean {
    if (!this.admits(members)) return false;
    this.add(members);
    return true;
  }

  /** Whether adding this known set keeps every group of 1..k−1 people that was not isolable so, across all waves. */
  admits(members: readonly string[]): boolean {
    const component = this.componentOf(members);
    // Alone, a set isolates its own members: fine from k on (blocks always are).
    if (component.length === 0) return new Set(members).size >= this.k;
    const candidate = new Set(members);
    const local = new Map(component.map((s, i) => [s, i]));

    // Atoms: people with the same signature (which of the component's sets, and the candidate, hold them).
    const atoms = new Map<string, { weight: number; row: number[] }>();
    const people = new Set<string>(members);
    for (const s of component) for (const p of this.sets[s]) people.add(p);
    for (const p of people) {
      const row = new Array(component.length + 1).fill(0);
      for (const s of this.setsOf.get(p) ?? []) {
        const j = local.get(s);
        if (j !== undefined) row[j] = 1;
      }
      row[component.length] = candidate.has(p) ? 1 : 0;
      const key = row.join('');
      const atom = atoms.get(key);
      if (atom) atom.weight++;
      else atoms.set(key, { weight: 1, row });
    }
    const all = [...atoms.values()];
    const big = all.filter((a) => a.weight >= this.k);
    const small = all.filter((a) => a.weight < this.k);
    if (small.length === 0) return true;

    const width = component.length + 1;
    const newL = smallPart(big.map((a) => a.row), small.map((a) => a.row), width);
    const oldCols = [...Array(component.length).keys()];
    const oldL = smallPart(
      big.map((a) => oldCols.map((j) => a.row[j])),
      small.map((a) => oldCols.map((j) => a.row[j])),
      component.length,
    );
    // The old span lies inside the new one; equal dimensions mean nothing new can be isolated.
    if (newL.length === oldL.length) return true;
    return !this.newSmallSupport(newL, oldL, small.map((a) => a.weight));
  }

  /** The sets connected to these people through shared members, transitively (indices into `sets`). */
  private componentOf(members: readonly string[]): number[] {
    const seenSets = new Set<number>();
    const seenPeople = new Set<string>(members);
    const queue = [...members];
    while (queue.length > 0) {
      const p = queue.pop()!;
      for (const s of this.setsOf.get(p) ?? []) {
        if (seenSets.has(s)) continue;
        seenSets.add(s);
        for (const q of this.sets[s]) {
          if (!seenPeople.has(q)) {
            seenPeople.add(q);
            queue.push(q);
          }
        }
      }
    }
    return [...seenSets].sort((a, b) => a - b);
  }

  /**
   * Whether some group T of small atoms with fewer than k people carries a vector of the new span that the old span
   * lacks: dim V_T(new) > dim V_T(old), where V_T is the part of the span supported inside T. That grows with T, so
   * only maximal groups (no further atom fits under k) are examined.
   */
  private newSmallSupport(newL: Matrix, oldL: Matrix, weights: number[]): boolean {
    const n = weights.length;
    const dimInside = (l: Matrix, outside: number[]) => l.length - (outside.length === 0 ? 0 : rank(columns(l, outside)));
    let examined = 0;
    let found = false;
    const chosen: boolean[] = new Array(n).fill(false);
    const visit = (i: number, weight: number): void => {
      if (found || examined > this.maxSubsets) return;
      if (i === n) {
        const maximal = weights.every((w, j) => chosen[j] || weight + w >= this.k);
        if (!maximal) return;
        examined++;
        const outside = weights.map((_, j) => j).filter((j) => !chosen[j]);
        if (dimInside(newL, outside) > dimInside(oldL, outside)) found = true;
        return;
      }
      if (weight + weights[i] < this.k) {
        chosen[i] = true;
        visit(i + 1, weight + weights[i]);
        chosen[i] = false;
      }
      visit(i + 1, weight);
    };
    visit(0, 0);
    return found || examined > this.maxSubsets;
  }
}

/**
 * The part of the column span of [big; small] that vanishes on every big atom, as a basis of vectors over the small
 * atoms: combinations c with big·c = 0, mapped through small.
 */
function smallPart(bigRows: number[][], smallRows: number[][], width: number): Matrix {
  const kernel = nullspace(matrixOf(bigRows), width);
  const small = matrixOf(smallRows);
  return basisOf(kernel.map((c) => apply(small, c)));
}
