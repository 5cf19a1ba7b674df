import fc from 'fast-check';
import { mean, sampleStandardDeviation } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import type { Question } from '../survey/bank.types';
import { BANK } from '../survey/questions';
import {
  accumulate,
  changeIsMeaningful,
  combine,
  scoreResponse,
  summarize,
  tQuantile975,
  type Aggregate,
  type Scores,
} from './stats';

const text = { de: '', en: '' };
const scale = (id: string, extra: Partial<Question> = {}): Question => {
  const [construct, facet] = id.split('.') as [Question['construct'], string];
  return { id, module: 'pulse', construct, facet, kind: 'scale', min: 1, max: 5, required: true, text, ...extra };
};
const use: Question = {
  ...scale('gap.use'),
  kind: 'choice',
  options: ['never', 'tried', 'monthly', 'weekly', 'daily'].map((value, i) => ({ value, label: text, score: i * 25 })),
};
const questions: Question[] = [
  scale('trust.safety'),
  scale('trust.rules', { gapSide: 'system' }),
  scale('trust.support', { gapSide: 'human' }),
  scale('fear.job'),
  scale('fear.behind', { reversed: true }),
  scale('gap.potential'),
  use,
  scale('gap.knowledge', { gapSide: 'human' }),
  scale('gap.time', { gapSide: 'system', required: false }),
  { ...scale('comment.pulse'), kind: 'text', required: false },
];
const answers = (v: number[], frequency: string, time?: number) => ({
  'trust.safety': v[0],
  'trust.rules': v[1],
  'trust.support': v[2],
  'fear.job': v[3],
  'fear.behind': v[4],
  'gap.potential': v[5],
  'gap.use': frequency,
  'gap.knowledge': v[6],
  ...(time === undefined ? {} : { 'gap.time': time }),
  'comment.pulse': 'never scored',
});
const three = [
  scoreResponse(questions, answers([5, 3, 4, 2, 4, 5, 4], 'daily', 2)),
  scoreResponse(questions, answers([1, 1, 2, 5, 1, 4, 1], 'never', 1)),
  scoreResponse(questions, answers([3, 5, 3, 3, 3, 2, 3], 'monthly')),
];

describe('scoreResponse', () => {
  it('scores constructs, facets, the gap and its sides from the question metadata', () => {
    expect(three[0]).toEqual({
      'trust.safety': 100, 'trust.rules': 50, 'trust.support': 75, trust: 75,
      'fear.job': 25, 'fear.behind': 25, fear: 25,
      'gap.potential': 100, 'gap.use': 100, gap: 0, 'gap.knowledge': 75, 'gap.time': 25,
      'gap.human': 25, 'gap.system': 62.5, adopter: 100, nonuser: 0,
    });
    expect(three[1]).toMatchObject({ trust: 25 / 3, fear: 100, 'fear.behind': 100, gap: 75 });
    expect(three[1]).toMatchObject({ 'gap.human': 87.5, 'gap.system': 100, adopter: 0, nonuser: 100 });
    expect(three[2]).toMatchObject({ trust: 200 / 3, gap: -25, 'gap.human': 50, 'gap.system': 0 });
    expect(three[2]).toMatchObject({ adopter: 0, nonuser: 0 });
    expect(three[2]['gap.time']).toBeUndefined();
  });

  it('treats unanswered or out-of-range answers as missing', () => {
    expect(scoreResponse(questions, { 'trust.safety': 6, 'fear.job': 'x', 'gap.use': 'hourly' })).toEqual({});
    expect(scoreResponse(questions, { 'gap.potential': 3 })).toEqual({ 'gap.potential': 50 });
  });

  it('keeps every measure in its range for any answers to the real bank', () => {
    const scored = BANK.questions.filter((q) => q.kind !== 'text');
    const arb = fc.record(
      Object.fromEntries(
        scored.map((q) => [
          q.id,
          q.kind === 'scale'
            ? fc.integer({ min: q.min ?? 1, max: q.max ?? 5 })
            : fc.constantFrom(...q.options!.map((o) => o.value)),
        ]),
      ),
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(arb, (a) => {
        const s = scoreResponse(BANK.questions, a);
        for (const [measure, v] of Object.entries(s)) {
          expect(v).toBeGreaterThanOrEqual(measure === 'gap' ? -100 : 0);
          expect(v).toBeLessThanOrEqual(100);
        }
        if (s.gap !== undefined) expect(s.gap).toBeCloseTo(s['gap.potential'] - s['gap.use'], 9);
        expect(s.adopter === 100 && s.nonuser === 100).toBe(false);
      }),
    );
  });
});

describe('aggregation', () => {
  it('stores exact sums per measure', () => {
    const agg = accumulate(three);
    expect(agg['trust.safety']).toEqual({ n: 3, sum: 150, sumSq: 12500 });
    expect(agg.fear).toEqual({ n: 3, sum: 175, sumSq: 13125 });
    expect(agg.gap).toEqual({ n: 3, sum: 50, sumSq: 6250 });
    expect(agg['gap.time']).toEqual({ n: 2, sum: 25, sumSq: 625 });
    expect(agg.adopter).toEqual({ n: 3, sum: 100, sumSq: 10000 });
  });

  const arbScores = fc.array(
    fc.dictionary(
      fc.constantFrom('trust', 'fear', 'gap', 'adopter'),
      fc.integer({ min: -4, max: 4 }).map((i) => i * 25),
    ),
    { maxLength: 30 },
  );
  it('combines block aggregates into exactly the aggregate of the union', () => {
    fc.assert(
      fc.property(fc.array(arbScores, { maxLength: 6 }), (blocks) => {
        expect(combine(blocks.map(accumulate))).toEqual(accumulate(blocks.flat()));
      }),
    );
  });
  it('combines real-valued scores up to rounding', () => {
    const value = fc.double({ min: -100, max: 100, noNaN: true });
    const real = fc.array(fc.dictionary(fc.constantFrom('a', 'b'), value), { maxLength: 30 });
    fc.assert(
      fc.property(real, real, (a, b) => {
        const both = combine([accumulate(a), accumulate(b)]);
        for (const [m, x] of Object.entries(accumulate([...a, ...b]))) {
          expect(both[m].n).toBe(x.n);
          expect(both[m].sum).toBeCloseTo(x.sum, 6);
          expect(both[m].sumSq).toBeCloseTo(x.sumSq, 4);
        }
      }),
    );
  });
});

describe('summarize', () => {
  const aggOf = (values: number[], measure = 'm'): Aggregate =>
    accumulate(values.map((v): Scores => ({ [measure]: v })))[measure];

  it('gives the mean with a Student t interval', () => {
    const values = [60, 70, 80, 75, 65];
    const s = summarize(aggOf(values), 'trust')!;
    expect(s.value).toBe(70);
    expect(s.sd).toBeCloseTo(sampleStandardDeviation(values), 12);
    // 2.7764 · √62.5 / √5 = 9.8159
    expect(s.low).toBeCloseTo(60.1841, 3);
    expect(s.high).toBeCloseTo(79.8159, 3);
    expect(s.n).toBe(5);
  });

  it('clamps intervals to the measure range and knows the gap is signed', () => {
    expect(summarize(accumulate(three).fear, 'fear')).toMatchObject({ low: 0, high: 100 });
    const gap = summarize(aggOf([-100, -90, -100], 'gap'), 'gap')!;
    expect(gap.low).toBe(-100);
    expect(gap.value).toBeCloseTo(-96.667, 3);
    expect(summarize(aggOf([-100, -90, -100]), 'adopters|gap')).toEqual(gap);
    const adopters = accumulate(three).adopter;
    expect(summarize(adopters, 'nonusers|adopter')).toEqual(summarize(adopters, 'adopter'));
  });

  it('gives a share with a Wilson interval', () => {
    // One adopter in three: Wilson 95% is 6.15% to 79.23%.
    const s = summarize(accumulate(three).adopter, 'adopter')!;
    expect(s.value).toBeCloseTo(33.333, 3);
    expect(s.low).toBeCloseTo(6.149, 2);
    expect(s.high).toBeCloseTo(79.234, 2);
    expect(summarize(aggOf([100, 100, 100, 100, 100], 'adopter'), 'adopter')).toMatchObject({ value: 100, high: 100 });
  });

  it('handles nobody and one person', () => {
    expect(summarize({ n: 0, sum: 0, sumSq: 0 })).toBeNull();
    expect(summarize(aggOf([40]))).toEqual({ value: 40, low: 0, high: 100, sd: 0, n: 1 });
  });

  it('agrees with simple-statistics on raw values', () => {
    const arb = fc.array(fc.integer({ min: 0, max: 400 }).map((i) => i / 4), { minLength: 2, maxLength: 200 });
    fc.assert(
      fc.property(arb, (values) => {
        const s = summarize(aggOf(values))!;
        expect(s.value).toBeCloseTo(mean(values), 9);
        expect(s.sd).toBeCloseTo(sampleStandardDeviation(values), 6);
        expect(s.low).toBeLessThanOrEqual(s.value + 1e-9);
        expect(s.high).toBeGreaterThanOrEqual(s.value - 1e-9);
      }),
    );
  });
});

describe('tQuantile975', () => {
  it('matches published t tables', () => {
    const table: [number, number][] = [
      [1, 12.706], [2, 4.303], [4, 2.776], [9, 2.262], [10, 2.228], [15, 2.131],
      [20, 2.086], [30, 2.042], [60, 2.0], [120, 1.98], [1e6, 1.96],
    ];
    for (const [df, t] of table) expect(Math.abs(tQuantile975(df) - t)).toBeLessThan(1e-3);
    expect(tQuantile975(9.7)).toBe(tQuantile975(9));
    expect(tQuantile975(0)).toBe(Infinity);
  });
  it('falls as df grows', () => {
    for (let df = 1; df < 500; df++) expect(tQuantile975(df + 1)).toBeLessThan(tQuantile975(df));
  });
});

describe('changeIsMeaningful', () => {
  const agg = (values: number[]) => accumulate(values.map((v) => ({ m: v }))).m;
  const prev = agg([40, 50, 60, 50, 50]); // mean 50, variance 50

  it('marks a change beyond Welch t · se and nothing inside it', () => {
    // se = √(10 + 10) = 4.47, df = 8, t = 2.306: the threshold is 10.31.
    expect(changeIsMeaningful(prev, agg([70, 80, 90, 80, 80]))).toBe(true);
    expect(changeIsMeaningful(prev, agg([50.5, 60.5, 70.5, 60.5, 60.5]))).toBe(true);
    // Δ = 9.5 would pass 1.96 · se (8.77) but not the t threshold: with blocks near k that is noise.
    expect(changeIsMeaningful(prev, agg([49.5, 59.5, 69.5, 59.5, 59.5]))).toBe(false);
  });

  it('needs two values on each side, and takes any change when nobody varies', () => {
    expect(changeIsMeaningful(agg([50]), agg([90, 90]))).toBe(false);
    expect(changeIsMeaningful(agg([50, 50, 50]), agg([75, 75, 75]))).toBe(true);
    expect(changeIsMeaningful(agg([50, 50, 50]), agg([50, 50]))).toBe(false);
  });
});
