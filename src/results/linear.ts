/**
 * Exact linear algebra over the rationals, for the anonymity checks (exposure.ts, splits.ts). The matrices there are
 * small (tens of rows and columns) with 0/1 entries, but their ranks decide whether a small group can be isolated,
 * so floating point with a tolerance is not good enough: every number here is a fraction of two BigInts.
 */

export interface Fraction {
  n: bigint;
  d: bigint;
}

const ZERO: Fraction = { n: 0n, d: 1n };
const abs = (x: bigint) => (x < 0n ? -x : x);

function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function frac(n: bigint, d: bigint): Fraction {
  if (d === 0n) throw new Error('division by zero');
  if (n === 0n) return ZERO;
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d);
  return { n: (sign * n) / g, d: (sign * d) / g };
}

const add = (a: Fraction, b: Fraction) => frac(a.n * b.d + b.n * a.d, a.d * b.d);
const sub = (a: Fraction, b: Fraction) => frac(a.n * b.d - b.n * a.d, a.d * b.d);
const mul = (a: Fraction, b: Fraction) => frac(a.n * b.n, a.d * b.d);
const div = (a: Fraction, b: Fraction) => frac(a.n * b.d, a.d * b.n);
export const isZero = (a: Fraction) => a.n === 0n;

export type Matrix = Fraction[][];

/** A matrix of fractions from integers (row-major). */
export const matrixOf = (rows: readonly (readonly number[])[]): Matrix => rows.map((r) => r.map((x) => frac(BigInt(x), 1n)));

/** Reduced row echelon form and the pivot column of each non-zero row. */
export function rref(input: Matrix): { rows: Matrix; pivots: number[] } {
  const rows = input.map((r) => r.slice());
  const width = rows[0]?.length ?? 0;
  const pivots: number[] = [];
  let top = 0;
  for (let col = 0; col < width && top < rows.length; col++) {
    const found = rows.findIndex((r, i) => i >= top && !isZero(r[col]));
    if (found < 0) continue;
    [rows[top], rows[found]] = [rows[found], rows[top]];
    const lead = rows[top][col];
    rows[top] = rows[top].map((x) => div(x, lead));
    for (let i = 0; i < rows.length; i++) {
      if (i === top || isZero(rows[i][col])) continue;
      const factor = rows[i][col];
      rows[i] = rows[i].map((x, j) => sub(x, mul(factor, rows[top][j])));
    }
    pivots.push(col);
    top++;
  }
  return { rows: rows.slice(0, top), pivots };
}

export const rank = (m: Matrix) => (m.length === 0 ? 0 : rref(m).pivots.length);

/** A basis of { x : m·x = 0 } for a matrix with `width` columns (given, since m may have no rows). */
export function nullspace(m: Matrix, width: number): Matrix {
  const { rows, pivots } = m.length === 0 ? { rows: [], pivots: [] } : rref(m);
  const isPivot = new Set(pivots);
  const basis: Matrix = [];
  for (let free = 0; free < width; free++) {
    if (isPivot.has(free)) continue;
    const v: Fraction[] = Array.from({ length: width }, () => ZERO);
    v[free] = frac(1n, 1n);
    rows.forEach((row, i) => {
      v[pivots[i]] = frac(-row[free].n, row[free].d);
    });
    basis.push(v);
  }
  return basis;
}

/** m·v for a column vector v. */
export function apply(m: Matrix, v: readonly Fraction[]): Fraction[] {
  return m.map((row) => row.reduce((s, x, j) => (isZero(x) || isZero(v[j]) ? s : add(s, mul(x, v[j]))), ZERO));
}

/** A basis of the span of some vectors (the non-zero rows of their echelon form). */
export const basisOf = (vectors: Matrix): Matrix => (vectors.length === 0 ? [] : rref(vectors).rows);

/** Keeps only the given columns of every row. */
export const columns = (m: Matrix, keep: readonly number[]): Matrix => m.map((row) => keep.map((j) => row[j]));

export const transpose = (m: Matrix, width: number): Matrix => Array.from({ length: width }, (_, j) => m.map((row) => row[j]));
