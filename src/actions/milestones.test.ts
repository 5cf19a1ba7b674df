import { describe, expect, it } from 'vitest';
import type { WaveOutcome } from '../results/results.service';
import { parseDay, parseDue } from './days';
import { readMilestone } from './milestones';

const wave = (closedAt: string, value: number | null): WaveOutcome => ({
  waveId: closedAt,
  title: `Welle ${closedAt}`,
  closedAt: `${closedAt}T08:00:00.000Z`,
  k: 5,
  published: value !== null,
  ...(value !== null ? { scores: { adopter: { value, low: value - 8, high: value + 8, n: 40 } } } : { reason: 'too-few' as const }),
});
const at = (day: string) => Date.parse(`${day}T12:00:00Z`);
const WAVES = [wave('2027-03-10', 52), wave('2027-05-20', 61), wave('2027-06-30', null), wave('2027-07-15', 58)];
const ADOPTION = { measure: 'adopter', comparator: 'atLeast' as const, target: 60, dueOn: '2027-06-30' };

describe('a milestone', () => {
  it('is met when the latest published value up to the due day reaches the target', () => {
    // 61 on 20 May; the wave closing on the due day was suppressed and the one after it is too late to count.
    expect(readMilestone(ADOPTION, WAVES, at('2027-08-01'))).toMatchObject({ status: 'met', latest: { waveId: '2027-05-20', value: 61 } });
  });

  it('is missed when that value falls short, and says so for a target to stay under too', () => {
    expect(readMilestone({ ...ADOPTION, target: 65 }, WAVES, at('2027-08-01'))).toMatchObject({ status: 'missed', latest: { value: 61 } });
    expect(readMilestone({ ...ADOPTION, comparator: 'atMost', target: 55 }, WAVES, at('2027-08-01')).status).toBe('missed');
    expect(readMilestone({ ...ADOPTION, comparator: 'atMost', target: 61 }, WAVES, at('2027-08-01')).status).toBe('met');
  });

  it('is on track or open before it is due, from what was published by then', () => {
    expect(readMilestone(ADOPTION, WAVES, at('2027-04-01'))).toMatchObject({ status: 'open', latest: { value: 52 } });
    expect(readMilestone(ADOPTION, WAVES, at('2027-06-01'))).toMatchObject({ status: 'on-track', latest: { value: 61 } });
    expect(readMilestone(ADOPTION, WAVES, at('2027-01-01'))).toEqual({ status: 'no-data' });
    expect(readMilestone(ADOPTION, [wave('2027-05-20', null)], at('2027-08-01'))).toEqual({ status: 'no-data' });
  });

  it('is due on a day or at the end of a quarter', () => {
    expect(parseDue('2027-Q2')).toBe('2027-06-30');
    expect(parseDue('2026-Q4')).toBe('2026-12-31');
    expect(parseDue('2027-06-31')).toBeNull();
    expect(parseDay('2027-02-29')).toBeNull();
    expect(parseDay('2028-02-29')).toBe('2028-02-29');
    expect(parseDue('Q2')).toBeNull();
  });
});
