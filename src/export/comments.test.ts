import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commentOrder, commentViews } from './comments';
import { levelDistribution } from './maturity';

const sizes = (entries: [string, number][]) => new Map(entries);

describe('which views may show comments', () => {
  it('admits nested and disjoint views while every cut keeps at least kComments people', () => {
    const blocks = sizes([['a', 12], ['b', 10], ['c', 6], ['d', 5]]);
    const accepted = commentViews(
      blocks,
      [
        { key: 'company', blockIds: ['a', 'b', 'c', 'd'] },
        { key: 'north', blockIds: ['a', 'b'] },
        { key: 'line', blockIds: ['a'] }, // north minus line = b (10): fine
        { key: 'small', blockIds: ['c'] }, // 6 < 10
        { key: 'south', blockIds: ['c', 'd'] }, // 11, and the rest of the company is north: fine
        { key: 'cross', blockIds: ['b', 'c'] }, // cuts south into 6 and 5
      ],
      10,
    );
    expect([...accepted]).toEqual(['company', 'north', 'line', 'south']);
  });

  it('refuses a big team whose difference to the company is a small group', () => {
    const accepted = commentViews(sizes([['a', 40], ['b', 6]]), [{ key: 'company', blockIds: ['a', 'b'] }, { key: 'big', blockIds: ['a'] }], 10);
    expect([...accepted]).toEqual(['company']);
  });

  it('never lets a reader intersect or subtract shown comment sets down to fewer than kComments', () => {
    const arb = fc.record({
      blocks: fc.array(fc.integer({ min: 3, max: 25 }), { minLength: 1, maxLength: 12 }),
      views: fc.array(fc.array(fc.nat({ max: 11 }), { minLength: 1, maxLength: 6 }), { maxLength: 10 }),
      min: fc.integer({ min: 5, max: 20 }),
    });
    fc.assert(
      fc.property(arb, ({ blocks, views, min }) => {
        const ids = blocks.map((_, i) => `b${i}`);
        const size = new Map(ids.map((id, i) => [id, blocks[i]]));
        const candidates = views.map((v, i) => ({ key: `v${i}`, blockIds: [...new Set(v.filter((x) => x < ids.length).map((x) => ids[x]))] }));
        const accepted = candidates.filter((c) => commentViews(size, candidates, min).has(c.key));
        // Every block's membership pattern over the accepted views is one cell a reader can isolate.
        const cells = new Map<string, number>();
        for (const id of ids) {
          const pattern = accepted.map((c) => (c.blockIds.includes(id) ? 1 : 0)).join('');
          cells.set(pattern, (cells.get(pattern) ?? 0) + size.get(id)!);
        }
        for (const [pattern, n] of cells) if (pattern.includes('1')) expect(n).toBeGreaterThanOrEqual(min);
        for (const c of accepted) expect(c.blockIds.reduce((s, id) => s + size.get(id)!, 0)).toBeGreaterThanOrEqual(min);
      }),
      { numRuns: 300 },
    );
  });

  it('orders comments the same way for the same export and differently for another', () => {
    const comments = Array.from({ length: 12 }, (_, i) => ({ id: `id${String(i).padStart(2, '0')}`, text: `c${i}` }));
    const once = commentOrder(comments, '2026-Q4|root/*|comment.works').map((c) => c.text);
    expect(commentOrder([...comments].reverse(), '2026-Q4|root/*|comment.works').map((c) => c.text)).toEqual(once);
    expect(once).not.toEqual(comments.map((c) => c.text));
    expect(commentOrder(comments, '2026-Q3|root/*|comment.works').map((c) => c.text)).not.toEqual(once);
    expect([...once].sort()).toEqual(comments.map((c) => c.text).sort());
  });
});

describe('maturity distribution (a share is a mean, rule 5)', () => {
  it('is the stored answer counts of the view, with shares', () => {
    expect(levelDistribution({ level1: 5, level2: 6, level3: 5 })).toEqual({ counts: [5, 6, 5], shares: [31.3, 37.5, 31.3], n: 16 });
    // A level nobody chose is a 0 %, which says something about all of the view's people at once.
    expect(levelDistribution({ level2: 4, level3: 1 })).toEqual({ counts: [0, 4, 1], shares: [0, 80, 20], n: 5 });
  });

  it('is absent when nobody in the view answered the question', () => {
    expect(levelDistribution(undefined)).toBeNull();
    expect(levelDistribution({})).toBeNull();
  });
});
