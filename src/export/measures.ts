import type { Question } from '../survey/bank.types';

export type Unit = 'score' | 'points' | 'percent' | 'hours' | 'tasks';

/** The maturity dimensions in the order of DESIGN's table; each has three levels. */
export const DIMENSIONS = ['tools', 'breadth', 'independence', 'innovation', 'sharing'] as const;
export const LEVELS = 3;

/** Constructs whose items average into a construct score (stats.ts), in report order. */
const CONSTRUCTS = ['trust', 'fear', 'gap', 'maturity', 'kpi'] as const;

/**
 * The measures a wave with these questions stores (stats.ts `scoreResponse`), in report order: each construct's
 * score, then the GenAI gap and its sides, then every facet; `adopter` (the adoption rate) where use was asked.
 */
export function measureCatalog(questions: readonly Question[]): { id: string; unit: Unit }[] {
  const scored = questions.filter((q) => q.kind !== 'text');
  const has = (construct: string) => scored.some((q) => q.construct === construct);
  const facets = (construct: string) => [...new Set(scored.filter((q) => q.construct === construct).map((q) => `${construct}.${q.facet}`))];
  const out: { id: string; unit: Unit }[] = [];
  for (const construct of CONSTRUCTS) {
    if (!has(construct)) continue;
    if (construct === 'gap') {
      if (scored.some((q) => q.id === 'gap.potential') && scored.some((q) => q.id === 'gap.use')) out.push({ id: 'gap', unit: 'points' });
      for (const side of ['human', 'system'] as const) {
        if (scored.some((q) => q.gapSide === side)) out.push({ id: `gap.${side}`, unit: 'score' });
      }
      if (scored.some((q) => q.id === 'gap.use')) out.push({ id: 'adopter', unit: 'percent' });
    } else if (construct !== 'kpi') {
      out.push({ id: construct, unit: 'score' });
    }
    for (const id of facets(construct)) out.push({ id, unit: id === 'kpi.hours' ? 'hours' : id === 'kpi.tasks' ? 'tasks' : 'score' });
  }
  return out;
}

/** Rows of the maturity distribution in the CSV: `maturity.tools:level1` … (shares in percent). */
export const levelMeasure = (dimension: string, level: number) => `maturity.${dimension}:level${level}`;

/** The questions of several waves (pulse and retrospective) without repeats, so one catalog covers the quarter. */
export function unionOfQuestions(lists: readonly (readonly Question[])[]): Question[] {
  const seen = new Map<string, Question>();
  for (const list of lists) for (const q of list) if (!seen.has(q.id)) seen.set(q.id, q);
  return [...seen.values()];
}
