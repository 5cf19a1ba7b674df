import { describe, expect, it } from 'vitest';
import { continueChain, emptyChain, entryHash, GENESIS, sha256Hex, type ChainEntry } from './chain';

function chain(n: number): ChainEntry[] {
  const out: ChainEntry[] = [];
  let prev = GENESIS;
  for (let seq = 1; seq <= n; seq++) {
    const e = { seq, at: 1_000 * seq, actorKind: 'admin', actorEmail: 'a@muster.de', action: 'settings.changed', target: '', details: `{"k":${seq}}`, prevHash: prev };
    const hash = entryHash(e);
    out.push({ ...e, hash });
    prev = hash;
  }
  return out;
}

describe('the hash chain', () => {
  it('hashes the documented input, so anyone can recompute it', () => {
    const e = { seq: 1, at: 0, actorKind: 'scheduler', actorEmail: null, action: 'wave.closed', target: 'w1', details: '{}', prevHash: GENESIS };
    expect(entryHash(e)).toBe(sha256Hex(`[1,0,"scheduler",null,"wave.closed","w1","{}","${GENESIS}"]`));
    // The value `printf '%s' 'abc' | sha256sum` prints.
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('accepts an intact chain, also when checked page by page', () => {
    const entries = chain(7);
    const whole = continueChain(emptyChain(), entries);
    expect(whole).toEqual({ entries: 7, head: entries[6].hash, brokenAt: null });
    expect(continueChain(continueChain(emptyChain(), entries.slice(0, 3)), entries.slice(3))).toEqual(whole);
    expect(continueChain(emptyChain(), [])).toEqual({ entries: 0, head: GENESIS, brokenAt: null });
  });

  it('breaks at an edited entry, whichever field changed', () => {
    const fields: Partial<ChainEntry>[] = [{ details: '{"k":30}' }, { actorEmail: 'b@muster.de' }, { at: 1 }, { action: 'x' }, { target: 'y' }, { actorKind: 'council' }];
    for (const change of fields) {
      const entries = chain(5);
      entries[2] = { ...entries[2], ...change };
      expect(continueChain(emptyChain(), entries).brokenAt, JSON.stringify(change)).toBe(3);
    }
  });

  it('breaks where an entry was removed, also the first, and where one was re-hashed in place', () => {
    const entries = chain(5);
    expect(continueChain(emptyChain(), [...entries.slice(0, 2), ...entries.slice(3)]).brokenAt).toBe(4);
    expect(continueChain(emptyChain(), entries.slice(1)).brokenAt).toBe(2);
    // Someone edits entry 2 and recomputes its own hash: entry 3 still points at the old one.
    const forged = { ...entries[1], details: '{"k":99}' };
    forged.hash = entryHash(forged);
    expect(continueChain(emptyChain(), [entries[0], forged, ...entries.slice(2)]).brokenAt).toBe(3);
  });
});
