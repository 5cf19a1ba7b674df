import { createCipheriv, createDecipheriv } from 'node:crypto';
import type { Aead } from '../lib/keys';

const TAG = 16;

/** AES-256-GCM from Node's crypto, synchronous (lib/keys.ts `Aead`): the same bytes as WebCrypto's. */
export function nodeAead(key: Uint8Array): Aead {
  return {
    encrypt(iv, plain, aad) {
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(aad);
      const body = Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
      return new Uint8Array(body.buffer, body.byteOffset, body.length);
    },
    decrypt(iv, sealed, aad) {
      if (sealed.length < TAG) throw new Error('sealed data is too short');
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAAD(aad);
      decipher.setAuthTag(sealed.subarray(sealed.length - TAG));
      const body = Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG)), decipher.final()]);
      return new Uint8Array(body.buffer, body.byteOffset, body.length);
    },
  };
}
