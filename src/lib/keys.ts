import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { fromBase64, sha256 as sha256Text, toBase64Url } from './crypto';

/**
 * Keys derived from the deployment's seal secret (32 bytes, never in the database):
 * `seal` encrypts answers while a wave is open; `links` derives personal link tokens from invitation ids,
 * so a retried mail carries the same link and no token is ever stored in the clear.
 */
export interface Keys {
  seal: CryptoKey;
  /**
   * The same seal key as a synchronous AES-256-GCM where the runtime has one (Node's crypto, passed in by the
   * entry): WebCrypto is asynchronous, and its per-call overhead dominates when a close opens 60,000 sealed rows.
   * Byte for byte the same ciphertexts either way.
   */
  aead?: Aead;
  /** Raw HMAC key bytes: links are derived with @noble/hashes (see linkToken). */
  links: Uint8Array;
  /**
   * Raw HMAC key bytes for things that must be recognised but never stored: client addresses and targets of
   * throttled attempts, the admin token that started a session (see `fingerprint`).
   */
  fingerprints: Uint8Array;
}

/** A synchronous AES-256-GCM: ciphertext ‖ 16-byte tag out, the same in. Throws when the tag does not match. */
export interface Aead {
  encrypt(iv: Uint8Array, plain: Uint8Array, aad: Uint8Array): Uint8Array;
  decrypt(iv: Uint8Array, sealed: Uint8Array, aad: Uint8Array): Uint8Array;
}

const SEAL_INFO = 'puls/seal/v1';

export async function deriveKeys(secretBase64: string, options: { aead?: (key: Uint8Array) => Aead } = {}): Promise<Keys> {
  const secret = fromBase64(secretBase64.trim());
  if (secret.length !== 32) throw new Error('PULS_SEAL_KEY must be 32 bytes, base64-encoded');
  const base = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey']);
  const derive = (info: string, algorithm: AesKeyGenParams | HmacKeyGenParams, usages: KeyUsage[]) =>
    crypto.subtle.deriveKey(
      { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(32), info: new TextEncoder().encode(info) },
      base,
      algorithm,
      false,
      usages,
    );
  return {
    seal: await derive(SEAL_INFO, { name: 'AES-GCM', length: 256 }, ['encrypt', 'decrypt']),
    // HKDF with the same salt and info yields the bytes WebCrypto derived the seal key from.
    ...(options.aead ? { aead: options.aead(hkdf(sha256, secret, new Uint8Array(32), new TextEncoder().encode(SEAL_INFO), 32)) } : {}),
    links: hkdf(sha256, secret, new Uint8Array(32), new TextEncoder().encode('puls/links/v1'), 32),
    fingerprints: hkdf(sha256, secret, new Uint8Array(32), new TextEncoder().encode('puls/fingerprints/v1'), 32),
  };
}

/** A fresh secret in the form PULS_SEAL_KEY takes. */
export function generateSecret(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))));
}

/**
 * The token of a personal link: HMAC-SHA-256 of the purpose and id, 256 bits, URL-safe; unguessable without the
 * secret. Synchronous and in plain JS (@noble/hashes, audited) rather than WebCrypto: a wave of 100,000 derives
 * every link twice (hash at opening, again when the mail is rendered), and each WebCrypto call costs ~50 µs of
 * async overhead in Node against ~2 µs here — the difference between 15 s and under 1 s. Same result either way.
 */
export function linkToken(keys: Keys, purpose: 'survey' | 'login', id: string): string {
  return toBase64Url(hmac(sha256, keys.links, new TextEncoder().encode(`${purpose}:${id}`)));
}

/**
 * A keyed hash of a value that is compared but never kept (an IP address, an email, the admin token): HMAC-SHA-256
 * of the purpose and the value. Without the seal secret a database copy cannot test guesses against it.
 */
export function fingerprint(keys: Keys, purpose: string, value: string): string {
  return toBase64Url(hmac(sha256, keys.fingerprints, new TextEncoder().encode(`${purpose}\n${value}`)));
}

/**
 * The marker stored when a personal link is used (`used_links`): a hash of the link's token, which only the service
 * can derive (from the invitation id and the secret). A database copy can count markers, but not tell whose they are.
 */
export const usedMarker = (keys: Keys, invitationId: string): string => usedMarkerOf(linkToken(keys, 'survey', invitationId));

/** The same marker from the token itself, as a survey request has it. */
export const usedMarkerOf = (token: string): string => sha256Text(`used:${token}`);

/** A keyed id for a value only the service may link to it (a team's staging row while a wave closes). */
export const keyedId = (keys: Keys, purpose: string, value: string): string =>
  toBase64Url(hmac(sha256, keys.links, new TextEncoder().encode(`keyed:${purpose}:${value}`))).slice(0, 32);
