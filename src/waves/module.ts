import { quarterOf, sameQuarter } from '../lib/quarter';

/** Which waves carry the retrospective module when nobody chose one (settings key `quarterlyModule`). */
export type QuarterlyModuleSetting = 'first-of-quarter' | 'off';
export const QUARTERLY_MODULE_SETTINGS: readonly QuarterlyModuleSetting[] = ['first-of-quarter', 'off'];
export const DEFAULT_QUARTERLY_MODULE: QuarterlyModuleSetting = 'first-of-quarter';

export const isQuarterlyModuleSetting = (v: unknown): v is QuarterlyModuleSetting =>
  QUARTERLY_MODULE_SETTINGS.includes(v as QuarterlyModuleSetting);

/**
 * The module of a wave opened at `now` without an explicit choice (the scheduler, the admin form's default): the
 * retrospective when it is the first wave opened in this calendar quarter (Europe/Berlin), else the pulse. Waves
 * opened later in the quarter — or a retrospective an admin started by hand — make every further wave a pulse.
 */
export function moduleFor(
  now: number,
  previousWaveOpenedAts: readonly number[],
  setting: QuarterlyModuleSetting,
): 'pulse' | 'quarterly' {
  if (setting === 'off') return 'pulse';
  const current = quarterOf(now);
  return previousWaveOpenedAts.some((t) => t <= now && sameQuarter(quarterOf(t), current)) ? 'pulse' : 'quarterly';
}
