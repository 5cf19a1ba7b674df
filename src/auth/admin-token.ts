/**
 * How strong the deployment admin token is. A token is assumed to be random over the smallest usual alphabet that
 * holds all of its characters: hex (4 bits a character), base64 or base64url (6 bits), printable ASCII (6.5 bits),
 * anything else (7 bits). That is what a generator gives (`openssl rand -base64 24`: 32 characters, 192 bits; 22
 * random base64url characters are 132 bits); a word or a pattern is weaker than it counts, so use a generator.
 */
export const MIN_ADMIN_TOKEN_BITS = 128;

export function adminTokenBits(token: string): number {
  const perChar = /^[0-9a-f]+$/i.test(token)
    ? 4
    : /^[A-Za-z0-9+/=_-]+$/.test(token)
      ? 6
      : /^[\x21-\x7e]+$/.test(token)
        ? Math.log2(94)
        : 7;
  return Math.floor([...token].length * perChar);
}

export const isStrongAdminToken = (token: string) => adminTokenBits(token) >= MIN_ADMIN_TOKEN_BITS;
