import { describe, expect, it } from 'vitest';
import type { StoredMeasures } from '../results/view-results';
import { computeFindings, type Finding, type FindingsInput, type ViewStats } from './findings';

/** A measure's stored sums from the values people gave. */
const of = (values: number[]): [number, number, number] => [values.length, values.reduce((s, x) => s + x, 0), values.reduce((s, x) => s + x * x, 0)];
/** n values alternating between two levels: mean in the middle, a known spread. */
const around = (n: number, low: number, high: number) => Array.from({ length: n }, (_, i) => (i % 2 === 0 ? low : high));
const view = (measures: StoredMeasures): ViewStats => ({ published: true, measures });
const hidden: ViewStats = { published: false, measures: null };

const TEAMS = [
  { id: 'co', parentId: null },
  { id: 'a', parentId: 'co' },
  { id: 'b', parentId: 'co' },
];

function input(current: Record<string, ViewStats>, ...earlier: Record<string, ViewStats>[]): FindingsInput {
  return {
    teams: TEAMS,
    current: new Map(Object.entries(current)),
    earlier: earlier.map((views, i) => ({ waveId: `w${earlier.length - i}`, views: new Map(Object.entries(views)) })),
  };
}

const pick = (findings: Finding[], teamId: string) => findings.filter((f) => f.teamId === teamId).map((f) => ({ kind: f.kind, measures: f.measures, effect: f.effect }));

describe('findings of a closed wave', () => {
  it('finds a real rise, with the interval of Welch’s t, and suggests what aims at it', () => {
    const before = { fear: of(around(20, 40, 60)) };
    const after = { fear: of(around(20, 60, 80)) };
    const [finding] = computeFindings(input({ a: view(after) }, { a: view(before) }));
    // Equal spreads and sizes: df = 38, t(0.975, 38) = 2.0244 (table); se = √(2 · (20·100/19)/20) = 3.2444.
    expect(finding).toEqual({
      teamId: 'a',
      kind: 'change',
      measures: ['fear'],
      direction: 'up',
      tone: 'worse',
      effect: 20,
      low: 13.4,
      high: 26.6,
      value: 70,
      compared: 50,
      since: 'w1',
      actions: ['buddy', 'office-hours', 'monthly-update'],
    });
  });

  it('finds nothing in a rise within the noise', () => {
    const findings = computeFindings(input({ a: view({ fear: of(around(20, 43, 63)) }) }, { a: view({ fear: of(around(20, 40, 60)) }) }));
    expect(findings).toEqual([]);
  });

  it('compares with the last wave in which the team was published, never with a suppressed one', () => {
    const findings = computeFindings(
      input({ a: view({ trust: of(around(20, 60, 80)) }) }, { a: hidden }, { a: view({ trust: of(around(20, 40, 60)) }) }),
    );
    expect(findings.map((f) => [f.kind, f.since, f.tone])).toEqual([['change', 'w1', 'better']]);
    expect(findings[0].actions).toEqual([]);
    // The team suppressed now: nothing, even when an earlier wave had something.
    expect(computeFindings(input({ a: hidden }, { a: view({ trust: of(around(20, 40, 60)) }) }))).toEqual([]);
  });

  it('finds a team apart from the rest of the company (the company minus the team)', () => {
    const teamA = around(10, 70, 90);
    const teamB = around(30, 30, 50);
    const findings = computeFindings(input({ co: view({ fear: of([...teamA, ...teamB]) }), a: view({ fear: of(teamA) }), b: view({ fear: of(teamB) }) }));
    expect(findings.map((f) => [f.teamId, f.kind, f.measures[0], f.value, f.compared, f.effect, f.tone])).toEqual([
      ['a', 'apart', 'fear', 80, 40, 40, 'worse'],
      ['b', 'apart', 'fear', 40, 80, -40, 'better'],
    ]);
  });

  it('names fear rising where the rules grow unclear as one warning, not two changes', () => {
    const findings = computeFindings(
      input(
        { a: view({ fear: of(around(16, 60, 80)), 'trust.rules': of(around(16, 35, 55)) }) },
        { a: view({ fear: of(around(16, 40, 60)), 'trust.rules': of(around(16, 40, 60)) }) },
      ),
    );
    expect(pick(findings, 'a')).toEqual([{ kind: 'fear-rules', measures: ['fear', 'trust.rules'], effect: 20 }]);
    expect(findings[0].other).toEqual({ measure: 'trust.rules', effect: -5 });
    // Both remedies that make the rules clear come first.
    expect(findings[0].actions).toEqual(['monthly-update', 'rules', 'buddy']);
  });

  it('names knowledge becoming private while adoption rises', () => {
    const adopters = (n: number, of100: number) => Array.from({ length: 20 }, (_, i) => (i < n ? 100 : 0)).map((x) => x * of100);
    const findings = computeFindings(
      input(
        { a: view({ 'trust.sharing': of(around(20, 30, 50)), adopter: of(adopters(12, 1)) }) },
        { a: view({ 'trust.sharing': of(around(20, 55, 75)), adopter: of(adopters(9, 1)) }) },
      ),
    );
    expect(pick(findings, 'a')).toEqual([{ kind: 'hoarding', measures: ['trust.sharing', 'adopter'], effect: -25 }]);
    expect(findings[0].other).toEqual({ measure: 'adopter', effect: 15 });
  });

  it('names pressure without guidance above the midpoint, and not at it', () => {
    const high = computeFindings(input({ a: view({ 'fear.pressure': of(around(12, 60, 80)) }) }));
    expect(high.map((f) => [f.kind, f.value, f.compared, f.effect, f.actions[0]])).toEqual([['pressure', 70, 50, 20, 'learning-time']]);
    expect(computeFindings(input({ a: view({ 'fear.pressure': of(around(12, 40, 62)) }) }))).toEqual([]);
  });

  it('says pressure is high and rising in one finding', () => {
    const findings = computeFindings(input({ a: view({ 'fear.pressure': of(around(16, 70, 90)) }) }, { a: view({ 'fear.pressure': of(around(16, 40, 60)) }) }));
    expect(findings.map((f) => [f.kind, f.value, f.compared, f.since, f.other])).toEqual([['pressure', 80, 50, 'w1', { measure: 'fear.pressure', effect: 30 }]]);
  });

  it('names adopters and non-users drifting apart in the company, where the split was published twice', () => {
    const split = (adopters: number[], nonusers: number[]) => ({ 'adopters|gap.knowledge': of(adopters), 'nonusers|gap.knowledge': of(nonusers) });
    const findings = computeFindings(
      input({ co: view(split(around(20, 70, 90), around(20, 30, 50))) }, { co: view(split(around(20, 60, 80), around(20, 40, 60))) }),
    );
    expect(findings.map((f) => [f.teamId, f.kind, f.measures[0], f.value, f.compared, f.effect])).toEqual([['co', 'gap-widening', 'gap.knowledge', 40, 20, 20]]);
    // Only the company's view carries the split; a narrowing gap is no finding.
    const narrowing = computeFindings(input({ co: view(split(around(20, 60, 80), around(20, 40, 60))) }, { co: view(split(around(20, 70, 90), around(20, 30, 50))) }));
    expect(narrowing).toEqual([]);
  });

  it('does not report one moderate change among thirty tested measures (false discoveries)', () => {
    const flat = Object.fromEntries(['trust', 'fear', 'gap', ...['safety', 'rules', 'transparency', 'sharing', 'support'].map((f) => `trust.${f}`), ...['job', 'behind', 'gaps', 'mistakes'].map((f) => `fear.${f}`)].map((m) => [m, of(around(20, 40, 60))]));
    // Alone, 'trust.support' would pass at 5 % (p ≈ 0.03); among 13 tests it does not.
    const now = { ...flat, 'trust.support': of(around(20, 47, 67)) };
    expect(computeFindings(input({ a: view(now) }, { a: view(flat) }))).toEqual([]);
    expect(computeFindings(input({ a: view({ 'trust.support': now['trust.support'] }) }, { a: view({ 'trust.support': flat['trust.support'] }) }))).toHaveLength(1);
  });

  it('ranks warnings, then what got worse, then good news; constructs before facets', () => {
    const findings = computeFindings(
      input(
        { a: view({ trust: of(around(20, 70, 90)), 'fear.job': of(around(20, 65, 85)), fear: of(around(20, 55, 75)), 'fear.pressure': of(around(20, 70, 90)) }) },
        { a: view({ trust: of(around(20, 40, 60)), 'fear.job': of(around(20, 40, 60)), fear: of(around(20, 40, 60)), 'fear.pressure': of(around(20, 70, 90)) }) },
      ),
    );
    expect(findings.map((f) => [f.kind, f.measures[0]])).toEqual([
      ['pressure', 'fear.pressure'],
      ['change', 'fear'],
      ['change', 'fear.job'],
      ['change', 'trust'],
    ]);
  });
});
