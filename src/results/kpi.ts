import type { Question } from '../survey/bank.types';

/**
 * The KPIs of the retrospective module are quantities, not agreement: hours saved per week and tasks where AI helps
 * are asked as ranges, and each option's `amount` is its range's midpoint. Their measures (`kpi.hours`, `kpi.tasks`)
 * are therefore means in hours and in tasks — never a 0–100 score, which would turn "5+ hours" into "100".
 */
export const KPI_UNITS: Readonly<Record<string, 'hours' | 'tasks'>> = { 'kpi.hours': 'hours', 'kpi.tasks': 'tasks' };

/** The amount a chosen option stands for, or undefined when unanswered or the item has no amounts. */
export function amountOf(q: Question, answer: unknown): number | undefined {
  if (q.kind !== 'choice' || q.construct !== 'kpi') return undefined;
  return q.options?.find((o) => o.value === answer)?.amount;
}
