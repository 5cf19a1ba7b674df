import { describe, expect, it } from 'vitest';
import { formatQuarter, parseQuarter, previousQuarter, quarterBounds, quarterOf } from '../lib/quarter';
import { moduleFor } from './module';

const at = (iso: string) => Date.parse(iso);

describe('calendar quarters in Europe/Berlin', () => {
  it('parses and formats 2026-Q4, and refuses anything else', () => {
    expect(parseQuarter('2026-Q4')).toEqual({ year: 2026, q: 4 });
    expect(formatQuarter({ year: 2026, q: 1 })).toBe('2026-Q1');
    for (const bad of ['2026-Q5', '2026-Q0', '2026-q4', '26-Q4', '1999-Q4', '2026Q4', '2026-Q4 ', '']) expect(parseQuarter(bad), bad).toBeNull();
  });

  it('starts a quarter at local midnight, whatever UTC says', () => {
    expect(quarterOf(at('2026-09-30T22:30:00Z'))).toEqual({ year: 2026, q: 4 }); // 00:30 on 1 October in Berlin
    expect(quarterOf(at('2026-09-30T21:59:59Z'))).toEqual({ year: 2026, q: 3 });
    expect(quarterBounds({ year: 2026, q: 4 })).toEqual({ start: at('2026-09-30T22:00:00Z'), end: at('2026-12-31T23:00:00Z') });
    expect(quarterBounds({ year: 2027, q: 1 }).start).toBe(at('2026-12-31T23:00:00Z'));
    expect(previousQuarter({ year: 2027, q: 1 })).toEqual({ year: 2026, q: 4 });
  });
});

describe('moduleFor', () => {
  const now = at('2026-11-02T08:00:00Z');
  it('makes the first wave opened in a quarter the retrospective', () => {
    expect(moduleFor(now, [], 'first-of-quarter')).toBe('quarterly');
    expect(moduleFor(now, [at('2026-09-15T08:00:00Z'), at('2026-09-29T08:00:00Z')], 'first-of-quarter')).toBe('quarterly');
  });

  it('gives every later wave of the quarter the pulse', () => {
    expect(moduleFor(now, [at('2026-10-05T08:00:00Z')], 'first-of-quarter')).toBe('pulse');
    // 1 October 00:30 Berlin is already Q4, although UTC still says September.
    expect(moduleFor(now, [at('2026-09-30T22:30:00Z')], 'first-of-quarter')).toBe('pulse');
  });

  it('ignores waves opened after now and never asks the module when the setting is off', () => {
    expect(moduleFor(now, [at('2026-11-20T08:00:00Z')], 'first-of-quarter')).toBe('quarterly');
    expect(moduleFor(now, [], 'off')).toBe('pulse');
  });
});
