import type { LevelDistribution } from './model';
import { LEVELS } from './measures';

/**
 * The answers per maturity level of one dimension in a published view, from the view's stored answer counts. A level
 * distribution is a set of shares, and a share is the mean of a 0/1 answer (DESIGN rule 5): it is shown wherever the
 * view is. Null when nobody in the view answered the question.
 */
export function levelDistribution(countsByValue: Readonly<Record<string, number>> | undefined): LevelDistribution | null {
  if (!countsByValue) return null;
  const counts = [0, 0, 0] as [number, number, number];
  for (let l = 0; l < LEVELS; l++) counts[l] = countsByValue[`level${l + 1}`] ?? 0;
  const n = counts[0] + counts[1] + counts[2];
  if (n === 0) return null;
  const share = (c: number) => Math.round((c / n) * 1000) / 10;
  return { counts, shares: [share(counts[0]), share(counts[1]), share(counts[2])], n };
}
