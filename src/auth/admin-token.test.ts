import { describe, expect, it } from 'vitest';
import { TEST_SEAL_KEY } from '../../test/support/deps';
import { loadConfig } from '../config';
import { startWarnings } from '../entry/node';
import { adminTokenBits, isStrongAdminToken } from './admin-token';

describe('admin token strength (finding 5)', () => {
  it('counts bits by the smallest usual alphabet of its characters', () => {
    expect(adminTokenBits('0123456789abcdef0123456789abcdef')).toBe(128); // 16 random bytes in hex
    expect(adminTokenBits('AbCdEfGhIjKlMnOpQrStUv')).toBe(132); // 22 base64url characters
    expect(adminTokenBits('demo-admin-token')).toBe(96);
    expect(adminTokenBits('Sommer2026!Sommer2026!')).toBe(144);
    expect(isStrongAdminToken('0123456789abcdef0123456789abcde')).toBe(false);
    expect(isStrongAdminToken('ohNh9qV2k7Z1y3_wXbT0eA')).toBe(true);
  });

  it('refuses a weak token when NODE_ENV=production or PUBLIC_URL is https, and warns about it otherwise', () => {
    const weak = { PULS_ADMIN_TOKEN: 'demo-admin-token', PULS_SEAL_KEY: TEST_SEAL_KEY };
    expect(() => loadConfig({ ...weak, NODE_ENV: 'production' })).toThrow(
      'Invalid configuration:\n  PULS_ADMIN_TOKEN: needs at least 128 bits (about 96 now); generate one with `openssl rand -base64 24`',
    );
    expect(() => loadConfig({ ...weak, PUBLIC_URL: 'https://puls.example.de' })).toThrow('needs at least 128 bits');
    const laptop = loadConfig(weak);
    expect(laptop.adminToken).toBe('demo-admin-token');
    expect(startWarnings(laptop).at(-1)).toBe(
      'Warning: PULS_ADMIN_TOKEN has about 96 bits; at least 128 are needed (e.g. `openssl rand -base64 24`). It is refused when NODE_ENV=production or PUBLIC_URL is https.',
    );
    const strong = loadConfig({ PULS_ADMIN_TOKEN: 'oN7h9qV2k7Z1y3/wXbT0eAc+Lr5Pz8Qs', PUBLIC_URL: 'https://puls.example.de', RESEND_API_KEY: 're_x' });
    expect(startWarnings(strong)).toEqual([]);
  });

  it('says loudly at start when mail is not delivered, and where it waits', () => {
    const [banner] = startWarnings(loadConfig({ PULS_ADMIN_TOKEN: 'oN7h9qV2k7Z1y3/wXbT0eAc+Lr5Pz8Qs', PUBLIC_URL: 'http://localhost:3000' }));
    expect(banner).toContain('MAIL IS NOT DELIVERED: no RESEND_API_KEY is set.');
    expect(banner).toContain('wait in the outbox at http://localhost:3000/outbox');
  });
});
