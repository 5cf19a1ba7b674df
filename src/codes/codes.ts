import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { fingerprint, type Keys } from '../lib/keys';

/**
 * Short codes for people without email (printed letters) and for teams (kiosk sheets). A code is typed by hand, so it
 * uses 31 symbols that cannot be mistaken for one another — digits 2–9 and capitals without I, L and O (no 0/O, 1/l/I)
 * — 12 of them in three groups of four: 12 · log2(31) ≈ 59.4 bits. Guessing is throttled like links (30 unknown codes
 * per address per 15 minutes), so finding any of 100,000 live codes would take some 2^42 guesses.
 *
 * Codes are *derived*, like link tokens: HMAC-SHA-256 of the purpose and an id under the links key, so a reprinted
 * letter and a reminder letter carry the same code, and no code is ever stored. What is stored is a *keyed* hash
 * (`codeHash`): unlike a 256-bit link token, a 59-bit code could be found from a plain SHA-256 by brute force on a
 * database copy (all of a wave's hashes at once); keyed, a copy without the secret tests nothing.
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 12;
export const CODE_BITS = CODE_LENGTH * Math.log2(CODE_ALPHABET.length);

const BASE = BigInt(CODE_ALPHABET.length);

function derive(keys: Keys, purpose: string, id: string): string {
  const mac = hmac(sha256, keys.links, new TextEncoder().encode(`code:${purpose}:${id}`));
  // 256 bits reduced to 12 base-31 digits: the bias of the last digit is below 2^-196.
  let n = 0n;
  for (const byte of mac) n = (n << 8n) | BigInt(byte);
  let out = '';
  for (let i = 0; i < CODE_LENGTH; i++) {
    out += CODE_ALPHABET[Number(n % BASE)];
    n /= BASE;
  }
  return out;
}

/** The code on a person's letter: it answers like their link (same invitation, same used marker). */
export const letterCode = (keys: Keys, invitationId: string): string => derive(keys, 'letter', invitationId);

/** The `index`th code of a team-code sheet (0-based). */
export const teamCode = (keys: Keys, batchId: string, index: number): string => derive(keys, 'team', `${batchId}:${index}`);

/** The stored form of a code (letters and team codes alike): a keyed hash, see above. */
export const codeHash = (keys: Keys, code: string): string => fingerprint(keys, 'code', code);

/** A used team code's marker in `used_codes`: another keyed hash, so a marker cannot be matched to a code's row. */
export const teamCodeMarker = (keys: Keys, code: string): string => fingerprint(keys, 'code-used', code);

/** `K7QM-3XRF-9HTB`: groups of four, as printed. */
export const formatCode = (code: string): string => code.match(/.{1,4}/g)!.join('-');

/**
 * What a person typed, as a code: case, spaces and dashes do not matter. Null when it cannot be a code at all, so it
 * is refused without asking the database.
 */
export function normaliseCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s\-–—_.]/g, '');
  if (code.length !== CODE_LENGTH) return null;
  for (const ch of code) if (!CODE_ALPHABET.includes(ch)) return null;
  return code;
}
