import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEST_SEAL_KEY } from '../../test/support/deps';
import { deriveKeys, generateSecret } from '../lib/keys';
import { CODE_ALPHABET, CODE_BITS, codeHash, formatCode, letterCode, normaliseCode, teamCode, teamCodeMarker } from './codes';

describe('short codes', () => {
  it('carry at least 50 bits in symbols nobody confuses: no 0/O, no 1/l/I', () => {
    expect(CODE_BITS).toBeGreaterThanOrEqual(50);
    for (const ch of '0O1lIL') expect(CODE_ALPHABET).not.toContain(ch);
    expect(new Set(CODE_ALPHABET).size).toBe(CODE_ALPHABET.length);
  });

  it('are derived from the id and the secret: the same code again, another for another id or secret', async () => {
    const keys = await deriveKeys(TEST_SEAL_KEY);
    const other = await deriveKeys(generateSecret());
    const code = letterCode(keys, 'inv-1');
    expect(code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{12}$`));
    expect(letterCode(keys, 'inv-1')).toBe(code);
    expect(letterCode(keys, 'inv-2')).not.toBe(code);
    expect(letterCode(other, 'inv-1')).not.toBe(code);
    // A letter's code and a team sheet's codes come from different purposes.
    expect(teamCode(keys, 'inv-1', 0)).not.toBe(code);
    expect(new Set(Array.from({ length: 200 }, (_, i) => teamCode(keys, 'sheet', i))).size).toBe(200);
  });

  it('are typed in groups of four, in any case, with or without dashes and spaces', async () => {
    const keys = await deriveKeys(TEST_SEAL_KEY);
    const code = letterCode(keys, 'inv-1');
    const printed = formatCode(code);
    expect(printed).toMatch(/^[^-]{4}-[^-]{4}-[^-]{4}$/);
    for (const typed of [printed, printed.toLowerCase(), ` ${printed.replace(/-/g, ' ')} `, code]) expect(normaliseCode(typed)).toBe(code);
    for (const wrong of ['', printed.slice(0, 13), `${printed}X`, printed.replace(/^./, '0'), 'https://x/c?code=1']) expect(normaliseCode(wrong)).toBeNull();
  });

  it('are stored as keyed hashes: without the secret a hash tells nothing, and a used marker differs from the lookup hash', async () => {
    const keys = await deriveKeys(TEST_SEAL_KEY);
    const other = await deriveKeys(generateSecret());
    const code = teamCode(keys, 'sheet', 3);
    expect(codeHash(keys, code)).not.toBe(codeHash(other, code));
    expect(codeHash(keys, code)).not.toContain(code);
    expect(teamCodeMarker(keys, code)).not.toBe(codeHash(keys, code));
  });

  it('spread evenly over the alphabet (no symbol is much more likely than another)', async () => {
    const keys = await deriveKeys(TEST_SEAL_KEY);
    const counts = new Map<string, number>();
    for (let i = 0; i < 2000; i++) for (const ch of teamCode(keys, 'even', i)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    const expected = (2000 * 12) / CODE_ALPHABET.length;
    for (const ch of CODE_ALPHABET) expect(Math.abs(counts.get(ch)! - expected) / expected).toBeLessThan(0.15);
  });

  it('normalise any formatting of a code back to it', async () => {
    const keys = await deriveKeys(TEST_SEAL_KEY);
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }), fc.constantFrom('-', ' ', '', ' - '), (id, sep) => {
        const code = teamCode(keys, id, 0);
        expect(normaliseCode(code.match(/.{4}/g)!.join(sep).toLowerCase())).toBe(code);
      }),
    );
  });
});
