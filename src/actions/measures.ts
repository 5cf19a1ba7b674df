import type { Unit } from '../export/measures';

/**
 * The measures an action may aim at and a milestone may name: the stored measures of a view (results/stats.ts
 * `scoreResponse`) with the direction that counts as better. Facet ids are the question ids, so `gap.help` is the
 * agreement with "I know whom to ask" (higher is better), while the sides `gap.human` / `gap.system` and the gap
 * itself are gaps (lower is better).
 */
export interface MeasureInfo {
  id: string;
  better: 'up' | 'down';
  unit: Unit;
}

const up = (id: string, unit: Unit = 'score'): MeasureInfo => ({ id, better: 'up', unit });
const down = (id: string, unit: Unit = 'score'): MeasureInfo => ({ id, better: 'down', unit });

export const MEASURES: readonly MeasureInfo[] = [
  up('trust'),
  ...['safety', 'rules', 'transparency', 'sharing', 'support'].map((f) => up(`trust.${f}`)),
  down('fear'),
  ...['job', 'behind', 'gaps', 'pressure', 'mistakes'].map((f) => down(`fear.${f}`)),
  down('gap', 'points'),
  down('gap.human'),
  down('gap.system'),
  ...['potential', 'use', 'knowledge', 'motivation', 'time', 'help'].map((f) => up(`gap.${f}`)),
  up('adopter', 'percent'),
  up('maturity'),
  ...['tools', 'breadth', 'independence', 'innovation', 'sharing'].map((f) => up(`maturity.${f}`)),
  up('kpi.hours', 'hours'),
  up('kpi.tasks', 'tasks'),
];

export const MEASURE_IDS = MEASURES.map((m) => m.id) as [string, ...string[]];

const byId = new Map(MEASURES.map((m) => [m.id, m]));

export function measureInfo(id: string): MeasureInfo | undefined {
  return byId.get(id);
}

export const isMeasure = (id: string) => byId.has(id);

/** The chart family a measure belongs to: its construct for trust, fear and the gap (adoption counts to the gap). */
export function familyOf(id: string): 'trust' | 'fear' | 'gap' | 'maturity' | 'kpi' {
  if (id === 'adopter') return 'gap';
  return id.split('.')[0] as 'trust' | 'fear' | 'gap' | 'maturity' | 'kpi';
}

/** Whether two measures overlap: the same, or a construct and one of its facets (`fear` and `fear.gaps`). */
export const related = (a: string, b: string) => a === b || a.split('.')[0] === b || b.split('.')[0] === a;
