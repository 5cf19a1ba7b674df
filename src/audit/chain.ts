import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/**
 * The audit log's hash chain, pure. Each entry's hash is SHA-256 (hex) over the UTF-8 bytes of
 *
 *   JSON.stringify([seq, at, actorKind, actorEmail, action, target, details, prevHash])
 *
 * where `actorEmail` is null when there is none, `details` is the stored JSON text as it is, and `prevHash` is the
 * hash of entry seq − 1 (GENESIS for the first). So changing any field of any entry, or removing an entry from the
 * middle, breaks the chain from there on; anyone can recompute it from an export with a few lines of code. Removing
 * the newest entries leaves a valid shorter chain: that is caught only against an earlier copy of the head (the
 * annex prints the number of entries and the head hash for that reason).
 */

export const GENESIS = '0'.repeat(64);

export const ACTOR_KINDS = ['admin', 'admin-token', 'council', 'leader', 'scheduler', 'system'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/**
 * Who did something. `userId` is for four eyes only (two requests by the same person); it is not stored in the log.
 * `system` is code running on the server without a request (the demo seed), `scheduler` the tick.
 */
export interface Actor {
  kind: ActorKind;
  email?: string;
  userId?: string | null;
}

export const SCHEDULER: Actor = { kind: 'scheduler' };
export const SYSTEM: Actor = { kind: 'system' };

/** One entry as stored. */
export interface ChainEntry {
  seq: number;
  at: number;
  actorKind: string;
  actorEmail: string | null;
  action: string;
  target: string;
  details: string;
  prevHash: string;
  hash: string;
}

const encoder = new TextEncoder();

/** SHA-256 of a text's UTF-8 bytes, as 64 hex digits (what `sha256sum` prints). */
export const sha256Hex = (text: string) => bytesToHex(sha256(encoder.encode(text)));

export function entryHash(e: Omit<ChainEntry, 'hash'>): string {
  return sha256Hex(JSON.stringify([e.seq, e.at, e.actorKind, e.actorEmail, e.action, e.target, e.details, e.prevHash]));
}

export interface ChainState {
  /** Entries checked so far. */
  entries: number;
  /** The hash of the last entry checked (GENESIS before the first). */
  head: string;
  /** The seq where the chain broke, or null. */
  brokenAt: number | null;
}

export const emptyChain = (): ChainState => ({ entries: 0, head: GENESIS, brokenAt: null });

/**
 * Checks the next entries in seq order against the state so far (so a long log is verified page by page). A seq
 * out of order (an entry removed), a prevHash that is not the previous hash, or a hash that does not match the
 * content marks the chain broken at that entry.
 */
export function continueChain(state: ChainState, entries: readonly ChainEntry[]): ChainState {
  let { entries: n, head, brokenAt } = state;
  for (const e of entries) {
    n++;
    if (brokenAt !== null) continue;
    if (e.seq !== n || e.prevHash !== head || entryHash(e) !== e.hash) brokenAt = e.seq;
    head = e.hash;
  }
  return { entries: n, head, brokenAt };
}
