import { toBase64Url } from './crypto';

/** Randomness is a dependency so tests can be repeated; production passes `cryptoRandom`. */
export interface Random {
  /** Bytes from a CSPRNG (or a seeded stream in tests). */
  bytes(n: number): Uint8Array<ArrayBuffer>;
}

/**
 * Bytes from the platform CSPRNG, drawn 4 KiB at a time: a wave of 100,000 needs hundreds of thousands of ids,
 * and one getRandomValues call per id costs more than the id. Each byte is handed out once.
 */
export function poolRandom(poolSize = 4096): Random {
  let pool = new Uint8Array(0);
  let used = 0;
  return {
    bytes(n) {
      if (n > poolSize) return crypto.getRandomValues(new Uint8Array(n));
      if (used + n > pool.length) {
        pool = crypto.getRandomValues(new Uint8Array(poolSize));
        used = 0;
      }
      const out = pool.slice(used, used + n);
      used += n;
      return out;
    },
  };
}

export const cryptoRandom: Random = poolRandom();

/** A seeded stream for tests and the demo (xorshift; never for tokens in production). */
export function seededRandom(seed: number): Random {
  let s = seed >>> 0 || 1;
  return {
    bytes(n) {
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        s ^= s << 13;
        s >>>= 0;
        s ^= s >>> 17;
        s ^= s << 5;
        s >>>= 0;
        out[i] = s & 0xff;
      }
      return out;
    },
  };
}

/** A 128-bit random id, URL-safe. */
export const newId = (random: Random) => toBase64Url(random.bytes(16));

/** A uniform float in [0, 1). */
export function uniform(random: Random): number {
  return new DataView(random.bytes(4).buffer).getUint32(0) / 2 ** 32;
}

/** Fisher–Yates with the given randomness; returns a new array. */
export function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(uniform(random) * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

let lastMs = 0;
let sequence = 0;

/**
 * A 128-bit id that sorts by creation: 48 bits of time, a 16-bit sequence within the millisecond, 64 random bits.
 * For rows that know *who* (invitations, outbox messages), written 100,000 at a time: their B-trees then grow at the
 * end instead of everywhere. Never for rows that know *what*: those keep fully random ids (DESIGN rule 1).
 */
export function orderedId(random: Random, now: number): string {
  if (now > lastMs) {
    lastMs = now;
    sequence = 0;
  } else sequence = (sequence + 1) & 0xffff;
  const bytes = new Uint8Array(16);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, Math.floor(lastMs / 2 ** 32));
  view.setUint32(2, lastMs >>> 0);
  view.setUint16(6, sequence);
  bytes.set(random.bytes(8), 8);
  // Hex, not base64url: SQLite compares text byte by byte, and only hex keeps that order equal to creation order.
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
