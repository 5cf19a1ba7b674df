import { describe, expect, it } from 'vitest';
import worker, { workerConfig, type Env } from './worker';

const SEAL_KEY = btoa(String.fromCharCode(...new Uint8Array(32).fill(7)));
const configured = {
  PULS_SEAL_KEY: SEAL_KEY,
  PULS_ADMIN_TOKEN: 'worker-admin-token-0123456789',
  PUBLIC_URL: 'https://puls.muster.example/',
  COMPANY_NAME: 'Muster GmbH',
} as const;

describe('the Worker configuration', () => {
  it('reads vars and secrets from the string bindings and ignores the others', () => {
    const env = { ...configured, DB: {}, ASSETS: {}, RESEND_API_KEY: 're_live' } as unknown as Env;
    expect(workerConfig(env)).toMatchObject({
      publicUrl: 'https://puls.muster.example',
      adminToken: 'worker-admin-token-0123456789',
      sealKey: SEAL_KEY,
      resendApiKey: 're_live',
      mailFrom: 'Puls <puls@example.com>',
      companyName: 'Muster GmbH',
    });
  });

  it('names every missing required setting, and an empty var counts as missing', () => {
    const env = { PUBLIC_URL: '', DB: {} } as unknown as Env;
    expect(() => workerConfig(env)).toThrow(
      'Puls on Workers needs PULS_SEAL_KEY, PULS_ADMIN_TOKEN, PUBLIC_URL: set secrets with `wrangler secret put`, vars in wrangler.toml',
    );
  });

  it('answers every request with a 500 naming what is missing, never a value', async () => {
    const env = { PULS_ADMIN_TOKEN: configured.PULS_ADMIN_TOKEN, PUBLIC_URL: configured.PUBLIC_URL } as unknown as Env;
    const request = new Request('https://puls.muster.example/api/v1/waves') as Parameters<typeof worker.fetch>[0];
    const res = await worker.fetch(request, env, {} as ExecutionContext);
    expect(res.status).toBe(500);
    const body = await res.text();
    expect(JSON.parse(body)).toEqual({
      error: { code: 'INTERNAL', message: 'Puls on Workers needs PULS_SEAL_KEY: set secrets with `wrangler secret put`, vars in wrangler.toml' },
    });
    expect(body).not.toContain(configured.PULS_ADMIN_TOKEN);
  });
});
