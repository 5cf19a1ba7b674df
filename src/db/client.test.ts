import { describe, expect, it } from 'vitest';
import { chunkRows, JSON_CHUNK_ROWS, jsonChunks, MAX_PARAMS } from './client';

describe('chunkRows', () => {
  it('keeps every multi-row insert at or under D1’s 100 bound parameters', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => i);
    for (const columns of [1, 4, 9, 13, 100]) {
      const chunks = chunkRows(rows, columns);
      expect(chunks.flat()).toEqual(rows);
      expect(Math.max(...chunks.map((c) => c.length * columns))).toBeLessThanOrEqual(MAX_PARAMS);
    }
  });
});

describe('jsonChunks', () => {
  it('splits rows into JSON arrays of at most JSON_CHUNK_ROWS rows that read back as the rows, in order', () => {
    const rows = Array.from({ length: 2500 }, (_, i) => [`id-${i}`, `p${i}@muster.de`, 'Jana Novák', i % 2 === 0 ? 1 : 0]);
    const chunks = jsonChunks(rows);
    expect(chunks.map((c) => JSON.parse(c).length)).toEqual([JSON_CHUNK_ROWS, JSON_CHUNK_ROWS, 500]);
    expect(chunks.flatMap((c) => JSON.parse(c))).toEqual(rows);
    expect(jsonChunks([])).toEqual([]);
  });

  it('starts a new chunk before one would pass about 1 MB of UTF-8, even below the row count', () => {
    const name = 'Ö'.repeat(1000);
    const rows = Array.from({ length: 900 }, (_, i) => [i, name]);
    const chunks = jsonChunks(rows);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(new TextEncoder().encode(chunk).length).toBeLessThanOrEqual(1_000_000);
    expect(chunks.flatMap((c) => JSON.parse(c))).toEqual(rows);
  });

  it('never leaves a chunk empty, even for one row larger than the bound', () => {
    const huge = ['x'.repeat(400_000)];
    expect(jsonChunks([huge, huge]).map((c) => JSON.parse(c).length)).toEqual([1, 1]);
  });
});
