import { describe, expect, it } from 'vitest';
import { cryptoRandom, newId, orderedId, poolRandom, shuffle } from './random';

describe('ids and randomness', () => {
  it('orders ids by creation time and keeps them unique within one millisecond', () => {
    const ids = [
      ...Array.from({ length: 500 }, () => orderedId(cryptoRandom, 1_700_000_000_000)),
      ...Array.from({ length: 500 }, () => orderedId(cryptoRandom, 1_700_000_000_001)),
    ];
    expect(new Set(ids).size).toBe(1000);
    expect([...ids].sort()).toEqual(ids);
    expect(ids[0]).toMatch(/^[0-9a-f]{32}$/);
  });

  it('gives random ids no order at all', () => {
    const ids = Array.from({ length: 200 }, () => newId(cryptoRandom));
    expect([...ids].sort()).not.toEqual(ids);
    expect(new Set(ids).size).toBe(200);
  });

  it('hands out every pooled byte once', () => {
    const pool = poolRandom(64);
    const chunks = Array.from({ length: 40 }, () => Array.from(pool.bytes(16)).join(','));
    expect(new Set(chunks).size).toBe(40);
    expect(pool.bytes(100)).toHaveLength(100);
  });

  it('shuffles into every order, a permutation each time', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const out = shuffle(cryptoRandom, [1, 2, 3]);
      expect([...out].sort()).toEqual([1, 2, 3]);
      seen.add(out.join(''));
    }
    expect(seen.size).toBe(6);
  });
});
