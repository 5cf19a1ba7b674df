import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateEffect, type Series, type ViewWave } from './effect';

/** The stored sums of n answers with this mean and sample variance: sumSq = (n − 1)·s² + sum² / n. */
const agg = (n: number, mean: number, s2: number) => ({ n, sum: n * mean, sumSq: (n - 1) * s2 + (n * mean) ** 2 / n });
const wave = (n: number, mean: number, s2 = 100): ViewWave => ({ published: true, aggregate: agg(n, mean, s2) });
const suppressed: ViewWave = { published: false };
const series = (before: ViewWave[], after: ViewWave[]): Series => ({ before, after });

/**
 * Two comparison teams of 20 answers on each side, variance 100, that rose from 50 to 52: their change is 2, each
 * weighs ½, and each of their four means adds ¼ · 100 / 20 = 1.25 to the variance of the comparison.
 */
const PEERS = [series([wave(20, 50)], [wave(20, 52)]), series([wave(20, 50)], [wave(20, 52)])];

describe('the effect of an action (difference in differences)', () => {
  it('finds a team that improved beyond its uncertainty', () => {
    // Team 50 → 70 with 20 answers a side: change 20, variance 100/20 + 100/20 = 10; against the peers' 2 the effect
    // is 18 with se √(10 + 5) = 3.873. Welch df = 15² / (2·5²/19 + 4·1.25²/19) = 76, t(0.975, 76) = 1.9917:
    // half-width 7.714, so 18 ± 7.7 = 10.3 to 25.7; detectable (1.9917 + 0.8416) · 3.873 = 10.97.
    const effect = estimateEffect({ measure: 'trust', better: 'up', team: series([wave(20, 50)], [wave(20, 70)]), peers: PEERS });
    expect(effect).toEqual({
      measure: 'trust',
      before: 50,
      after: 70,
      change: 20,
      comparison: 2,
      effect: 18,
      low: 10.3,
      high: 25.7,
      detectable: 11,
      verdict: 'improved',
      wavesBefore: 1,
      wavesAfter: 1,
      peers: 2,
    });
  });

  it('says "no measurable change" for a team that moved like the others', () => {
    // 50 → 53 against the peers' 50 → 52: effect 1, well inside ± 7.7.
    const effect = estimateEffect({ measure: 'trust', better: 'up', team: series([wave(20, 50)], [wave(20, 53)]), peers: PEERS });
    expect(effect).toMatchObject({ change: 3, comparison: 2, effect: 1, low: -6.7, high: 8.7, verdict: 'no-change' });
  });

  it('reads a fall as an improvement where lower is better, and a rise as worse', () => {
    // Fear 52 → 42 against the peers' +2: effect −12 ± 7.7, lower is better.
    const fell = estimateEffect({ measure: 'fear', better: 'down', team: series([wave(20, 52)], [wave(20, 42)]), peers: PEERS });
    expect(fell).toMatchObject({ effect: -12, low: -19.7, high: -4.3, verdict: 'improved' });
    const rose = estimateEffect({ measure: 'fear', better: 'down', team: series([wave(20, 50)], [wave(20, 64)]), peers: PEERS });
    expect(rose).toMatchObject({ effect: 12, verdict: 'worsened' });
  });

  it('is "too early" without a published wave after the start, and says what the next wave could detect', () => {
    // The next wave projected like the one before (20 answers, variance 100): the same se 3.873 as above.
    const effect = estimateEffect({ measure: 'trust', better: 'up', team: series([wave(20, 50)], [suppressed]), peers: PEERS });
    expect(effect).toEqual({ measure: 'trust', before: 50, verdict: 'too-early', detectable: 11, wavesBefore: 1, wavesAfter: 0, peers: 0 });
  });

  it('has no baseline when nothing was published before the start, and no comparison with fewer than two peers', () => {
    expect(estimateEffect({ measure: 'trust', better: 'up', team: series([suppressed], [wave(20, 60)]), peers: PEERS })).toMatchObject({
      verdict: 'no-baseline',
      after: 60,
      wavesBefore: 0,
    });
    const lonely = estimateEffect({ measure: 'trust', better: 'up', team: series([wave(20, 50)], [wave(20, 60)]), peers: [PEERS[0], series([suppressed], [wave(20, 1)])] });
    expect(lonely).toEqual({ measure: 'trust', before: 50, after: 60, change: 10, verdict: 'no-comparison', wavesBefore: 1, wavesAfter: 1, peers: 1 });
  });

  it('weighs comparison teams by size and pools a team’s waves', () => {
    // Peer A: 10 + 10 answers, change 4 (weight 10·10/20 = 5); peer B: 30 + 30, change 0 (weight 15): comparison 1.
    // The team's two waves before (10 at 40, 10 at 60) pool to 50 over 20 answers.
    const effect = estimateEffect({
      measure: 'trust',
      better: 'up',
      team: series([wave(10, 40), suppressed, wave(10, 60)], [wave(20, 51)]),
      peers: [series([wave(10, 50)], [wave(10, 54)]), series([wave(30, 50)], [wave(30, 50)])],
    });
    expect(effect).toMatchObject({ before: 50, after: 51, change: 1, comparison: 1, effect: 0, verdict: 'no-change', wavesBefore: 2 });
  });

  it('never uses a suppressed wave: whatever is attached to one, the effect is the same as without it', () => {
    const published = fc.record({ n: fc.integer({ min: 3, max: 60 }), mean: fc.double({ min: 0, max: 100, noNaN: true }), s2: fc.double({ min: 0, max: 900, noNaN: true }) }).map((a) => wave(a.n, a.mean, a.s2));
    const garbage = fc.record({ n: fc.integer({ min: 1, max: 4 }), sum: fc.double({ min: -1e6, max: 1e6, noNaN: true }), sumSq: fc.double({ min: 0, max: 1e9, noNaN: true }) });
    /** A wave that is either published, or suppressed with arbitrary numbers attached (a reader must never see them). */
    const anyWave = fc.oneof(
      published.map((w) => ({ w, clean: w as ViewWave | null })),
      garbage.map((g) => ({ w: { published: false, aggregate: g } as ViewWave, clean: null })),
    );
    const side = fc.array(anyWave, { maxLength: 4 });
    const view = fc.record({ before: side, after: side });
    fc.assert(
      fc.property(view, fc.array(view, { maxLength: 4 }), fc.constantFrom<'up' | 'down'>('up', 'down'), (team, peers, better) => {
        const dirty = (v: { before: { w: ViewWave }[]; after: { w: ViewWave }[] }): Series => ({ before: v.before.map((x) => x.w), after: v.after.map((x) => x.w) });
        const clean = (v: { before: { clean: ViewWave | null }[]; after: { clean: ViewWave | null }[] }): Series => ({
          before: v.before.flatMap((x) => (x.clean ? [x.clean] : [])),
          after: v.after.flatMap((x) => (x.clean ? [x.clean] : [])),
        });
        const withGarbage = estimateEffect({ measure: 'm', better, team: dirty(team), peers: peers.map(dirty) });
        const without = estimateEffect({ measure: 'm', better, team: clean(team), peers: peers.map(clean) });
        expect(withGarbage).toEqual(without);
      }),
      { numRuns: 300 },
    );
  });
});
