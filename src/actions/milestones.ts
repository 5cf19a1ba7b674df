import type { WaveOutcome } from '../results/results.service';
import { dayEnd } from './days';

/**
 * Whether a roadmap milestone was met (pure). The deciding value is the latest published one of the milestone's view
 * up to the due day (or up to `asOf` while it is not due): a milestone is a level to stand at on that day. Values are
 * the published means; their interval is shown beside them, the decision is on the value itself.
 */

export type MilestoneStatus = 'met' | 'missed' | 'on-track' | 'open' | 'no-data';

export interface MilestoneRule {
  measure: string;
  comparator: 'atLeast' | 'atMost';
  target: number;
  dueOn: string;
}

export interface MilestoneReading {
  status: MilestoneStatus;
  /** The deciding wave and its value. */
  latest?: { waveId: string; title: string; closedAt: string; value: number; low: number; high: number };
}

export const reaches = (m: Pick<MilestoneRule, 'comparator' | 'target'>, value: number) => (m.comparator === 'atLeast' ? value >= m.target : value <= m.target);

export function readMilestone(m: MilestoneRule, waves: readonly WaveOutcome[], asOf: number): MilestoneReading {
  const due = dayEnd(m.dueOn);
  const until = Math.min(due, asOf);
  const last = waves.filter((w) => w.published && w.scores?.[m.measure] && Date.parse(w.closedAt) < until).at(-1);
  const latest = last && {
    waveId: last.waveId,
    title: last.title,
    closedAt: last.closedAt,
    value: last.scores![m.measure].value,
    low: last.scores![m.measure].low,
    high: last.scores![m.measure].high,
  };
  const ok = latest !== undefined && reaches(m, latest.value);
  if (asOf >= due) return { status: !latest ? 'no-data' : ok ? 'met' : 'missed', ...(latest ? { latest } : {}) };
  return { status: ok ? 'on-track' : latest ? 'open' : 'no-data', ...(latest ? { latest } : {}) };
}
