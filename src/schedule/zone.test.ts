import fc from 'fast-check';
import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { DAY_MS } from './days';
import { canonicalZone, instantAt, wallAt } from './zone';

const MIN = 60_000;
const ZONES = ['Europe/Berlin', 'America/New_York', 'America/Santiago', 'Australia/Lord_Howe', 'Africa/Cairo', 'Pacific/Chatham'];

/** Every instant in a year at which the zone's offset changes (to the minute). */
function transitions(zone: string, year: number): number[] {
  const iana = IANAZone.create(zone);
  const out: number[] = [];
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += DAY_MS) {
    if (iana.offset(t) === iana.offset(t + DAY_MS)) continue;
    let lo = t;
    let hi = t + DAY_MS;
    while (hi - lo > MIN) {
      const mid = lo + Math.floor((hi - lo) / 2 / MIN) * MIN;
      if (iana.offset(mid) === iana.offset(lo)) lo = mid;
      else hi = mid;
    }
    out.push(hi);
  }
  return out;
}
const cache = new Map<string, number[]>();
const transitionsOf = (zone: string, year: number) => {
  const key = `${zone}/${year}`;
  if (!cache.has(key)) cache.set(key, transitions(zone, year));
  return cache.get(key)!;
};

const wallMinute = (zone: string, at: number) => Math.floor(wallAt(zone, at) / MIN);

describe('instantAt (properties near real daylight saving changes)', () => {
  it('gives the first instant that reads the wall time, or the first minute after it when it is skipped', () => {
    const arb = fc
      .record({ zone: fc.constantFrom(...ZONES), year: fc.integer({ min: 2020, max: 2035 }), pick: fc.nat(), delta: fc.integer({ min: -120, max: 120 }) })
      .filter(({ zone, year }) => transitionsOf(zone, year).length > 0);
    fc.assert(
      fc.property(arb, ({ zone, year, pick, delta }) => {
        const list = transitionsOf(zone, year);
        const change = list[pick % list.length];
        // A wall time near the change, as seen just before it.
        const wall = Math.floor(wallAt(zone, change - MIN) / MIN) + 1 + delta;
        const day = Math.floor((wall * MIN) / DAY_MS);
        const at = instantAt(zone, day, wall - day * 24 * 60);
        const got = wallMinute(zone, at);
        if (got === wall) {
          // Overlaps are 30 (Lord Howe) or 60 minutes long: the same reading that long before would be the first.
          for (const back of [30, 60]) expect(wallMinute(zone, at - back * MIN)).not.toBe(wall);
        } else {
          expect(got).toBeGreaterThan(wall);
          expect(wallMinute(zone, at - MIN)).toBeLessThan(wall);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('canonicalZone', () => {
  it('accepts IANA names in any case and refuses the rest', () => {
    expect(canonicalZone('europe/berlin')).toBe('Europe/Berlin');
    expect(canonicalZone('Europe/Berlin')).toBe('Europe/Berlin');
    expect(canonicalZone('Mars/Olympus_Mons')).toBeNull();
    expect(canonicalZone('')).toBeNull();
  });
});
