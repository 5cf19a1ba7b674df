import type { Role } from '../db/schema';
import type { Keys } from '../lib/keys';
import type { Random } from '../lib/random';
import type { Answers } from './answers';
import { maxLengthOf } from './answers';
import type { Question } from './bank.types';

/**
 * What a sealed row holds: the answers and the two attributes the partition at close needs, copied from the
 * invitation. Nothing else — no time, no invitation id — so the row cannot be joined back to a person.
 */
export interface SealedPayload {
  teamId: string;
  role: Role;
  answers: Answers;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;
const LENGTH_BYTES = 4;
/** Room for `{"teamId":"…","role":"champion","answers":{}}` with a team id of up to 200 bytes of JSON. */
const ATTRIBUTE_BYTES = 256;
/** Binds the ciphertext to its purpose, so nothing else sealed with the same key could pass for answers. */
const AAD = new TextEncoder().encode('puls/sealed-answers/v1');

const encoder = new TextEncoder();
const utf8Length = (text: string) => encoder.encode(text).length;

/** The most bytes one answer's JSON value can take. Texts: `cleanText` bounds a code point to 4 bytes of JSON. */
function valueBytes(q: Question): number {
  if (q.kind === 'scale') return Math.max(String(q.min ?? 1).length, String(q.max ?? 5).length);
  if (q.kind === 'choice') return Math.max(0, ...(q.options ?? []).map((o) => utf8Length(JSON.stringify(o.value))));
  return 2 + 4 * maxLengthOf(q);
}

/**
 * The padded plaintext size for a wave: enough for every question answered at its longest plus the attributes,
 * rounded up to 64 bytes. It depends only on the questions, so every sealed row of a wave has the same length
 * (`size + 28`: IV and tag) and a row's size says nothing about what was answered.
 */
export function sealedSize(questions: readonly Question[]): number {
  let size = LENGTH_BYTES + ATTRIBUTE_BYTES;
  for (const q of questions) size += utf8Length(JSON.stringify(q.id)) + 1 + valueBytes(q) + 1;
  return Math.ceil(size / 64) * 64;
}

/** The stored length of a sealed row for a given padded size. */
export const sealedLength = (size: number) => IV_BYTES + size + TAG_BYTES;

/**
 * Encrypts a payload with AES-GCM under the deployment's seal key: IV ‖ ciphertext ‖ tag, where the plaintext is a
 * 4-byte big-endian length, the JSON and zero padding up to `size`. Throws rather than produce a row of another size.
 */
export async function seal(keys: Keys, random: Random, payload: SealedPayload, size: number): Promise<Uint8Array<ArrayBuffer>> {
  const json = encoder.encode(JSON.stringify({ teamId: payload.teamId, role: payload.role, answers: payload.answers }));
  if (LENGTH_BYTES + json.length > size) throw new Error('sealed payload is larger than the sealed size');
  const plain = new Uint8Array(size);
  new DataView(plain.buffer).setUint32(0, json.length);
  plain.set(json, LENGTH_BYTES);
  return encrypt(keys, random, plain, AAD);
}

/** AES-GCM under the seal key: IV ‖ ciphertext ‖ tag. `aad` names the purpose, so one kind never opens as another. */
export async function encrypt(keys: Keys, random: Random, plain: Uint8Array<ArrayBuffer>, aad: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const iv = random.bytes(IV_BYTES);
  const cipher = keys.aead
    ? keys.aead.encrypt(iv, plain, aad)
    : new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad }, keys.seal, plain));
  const out = new Uint8Array(IV_BYTES + cipher.length);
  out.set(iv);
  out.set(cipher, IV_BYTES);
  return out;
}

export async function decrypt(keys: Keys, bytes: ArrayBuffer | ArrayLike<number>, aad: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const data = bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : bytes);
  if (data.length < IV_BYTES + TAG_BYTES) throw new Error('sealed data is too short');
  if (keys.aead) return new Uint8Array(keys.aead.decrypt(data.subarray(0, IV_BYTES), data.subarray(IV_BYTES), aad));
  return new Uint8Array(
    await crypto.subtle.decrypt({ name: 'AES-GCM', iv: data.slice(0, IV_BYTES), additionalData: aad }, keys.seal, data.slice(IV_BYTES)),
  );
}

/** Opens a sealed row. libSQL hands blobs back as bytes, D1 as an array of numbers; both are accepted. */
export async function unseal(keys: Keys, bytes: ArrayBuffer | ArrayLike<number>): Promise<SealedPayload> {
  const plain = await decrypt(keys, bytes, AAD);
  if (plain.length < LENGTH_BYTES) throw new Error('sealed row is too short');
  const length = new DataView(plain.buffer).getUint32(0);
  if (length > plain.length - LENGTH_BYTES) throw new Error('sealed row has a bad length');
  const parsed = JSON.parse(new TextDecoder().decode(plain.subarray(LENGTH_BYTES, LENGTH_BYTES + length)));
  return { teamId: parsed.teamId, role: parsed.role, answers: parsed.answers };
}
