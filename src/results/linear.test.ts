import { describe, expect, it } from 'vitest';
import { apply, basisOf, matrixOf, nullspace, rank } from './linear';

const numbers = (rows: { n: bigint; d: bigint }[][]) => rows.map((r) => r.map((x) => Number(x.n) / Number(x.d)));

describe('exact linear algebra', () => {
  it('finds ranks that floating point would blur', () => {
    expect(rank(matrixOf([[1, 1, 0], [0, 1, 1], [1, 0, -1]]))).toBe(2);
    expect(rank(matrixOf([[1, 1, 0], [0, 1, 1], [1, 0, 1]]))).toBe(3);
    // 1/3 + 1/3 + 1/3 is exactly 1 here.
    expect(rank(matrixOf([[3, 0, 0], [0, 3, 0], [1, 1, 1], [1, 1, 1]]))).toBe(3);
    expect(rank([])).toBe(0);
  });

  it('gives a null space whose vectors the matrix sends to zero', () => {
    const m = matrixOf([[1, 1, 0, 0], [0, 0, 1, 1]]);
    const basis = nullspace(m, 4);
    expect(numbers(basis)).toEqual([[-1, 1, 0, 0], [0, 0, -1, 1]]);
    for (const v of basis) expect(apply(m, v).every((x) => x.n === 0n)).toBe(true);
    expect(nullspace([], 2)).toHaveLength(2);
  });

  it('reduces a set of vectors to a basis of their span', () => {
    expect(basisOf(matrixOf([[2, 4], [1, 2], [0, 1]]))).toHaveLength(2);
    expect(numbers(basisOf(matrixOf([[2, 4], [1, 2]])))).toEqual([[1, 2]]);
  });
});
