import { fromBase64, hmac, toBase64Url } from './crypto';

/**
 * Keys derived from the deployment's seal secret (32 bytes, never in the database):
 * `seal` encrypts answers while a wave is open; `links` derives personal link tokens from invitation ids,
 * so a retried mail carries the same link and no token is ever stored in the clear.
 */
export interface Keys {
  seal: CryptoKey;
  links: CryptoKey;
}

export async function deriveKeys(secretBase64: string): Promise<Keys> {
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
    seal: await derive('puls/seal/v1', { name: 'AES-GCM', length: 256 }, ['encrypt', 'decrypt']),
    links: await derive('puls/links/v1', { name: 'HMAC', hash: 'SHA-256', length: 256 }, ['sign']),
  };
}

/** A fresh secret in the form PULS_SEAL_KEY takes. */
export function generateSecret(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))));
}

/** The token of a personal link: 256 bits, URL-safe; unguessable without the secret. */
export async function linkToken(keys: Keys, purpose: 'survey' | 'login', id: string): Promise<string> {
  return toBase64Url(await hmac(keys.links, `${purpose}:${id}`));
}
