import { splitSafe } from '../results/views';
import type { LevelDistribution } from './model';
import { LEVELS } from './measures';

/**
 * The answers per maturity level of one dimension over a view's blocks, or null where rule 4 forbids it: a level
 * count is a split inside the view, so every level of every block must hold 0 or ≥ k answers — checked per block, as
 * for adopters (views.ts `splitSafe`), so that no difference of two published distributions describes 1..k−1 people.
 */
export function levelDistribution(countsPerBlock: readonly (readonly number[])[], k: number): LevelDistribution | null {
  if (countsPerBlock.length === 0 || !splitSafe(countsPerBlock, k)) return null;
  const counts = [0, 0, 0] as [number, number, number];
  for (const block of countsPerBlock) for (let l = 0; l < LEVELS; l++) counts[l] += block[l] ?? 0;
  const n = counts[0] + counts[1] + counts[2];
  const share = (c: number) => Math.round((c / n) * 1000) / 10;
  return { counts, shares: [share(counts[0]), share(counts[1]), share(counts[2])], n };
}
