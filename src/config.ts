import { z } from 'zod';
import { adminTokenBits, MIN_ADMIN_TOKEN_BITS } from './auth/admin-token';

/**
 * Configuration, read once from the environment at start and passed in. Only the entry points call `loadConfig`;
 * everything else receives the parsed object.
 */
const schema = z.object({
  DATABASE_URL: z.string().min(1).default('file:data/puls.db'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  PUBLIC_URL: z.url().optional(),
  PULS_ADMIN_TOKEN: z.string().min(16, 'PULS_ADMIN_TOKEN needs at least 16 characters').optional(),
  RESEND_API_KEY: z.string().min(1).optional(),
  RESEND_BASE_URL: z.url().optional(),
  MAIL_FROM: z.string().min(3).default('Puls <puls@example.com>'),
  /** 32 bytes, base64. Seals answers while a wave is open and derives personal links; never stored in the database. */
  PULS_SEAL_KEY: z.string().optional(),
  /** Node only: where a generated seal key is kept when PULS_SEAL_KEY is not set. */
  PULS_SEAL_KEY_FILE: z.string().default('data/seal.key'),
  COMPANY_NAME: z.string().min(1).default('Puls'),
  /** Node behind a reverse proxy: take the client address from the last X-Forwarded-For hop (the proxy's). */
  TRUST_PROXY: z.enum(['true', 'false', '1', '0']).default('false'),
  NODE_ENV: z.string().optional(),
});

export type Env = z.input<typeof schema>;

export interface Config {
  databaseUrl: string;
  port: number;
  publicUrl: string;
  adminToken?: string;
  resendApiKey?: string;
  resendBaseUrl?: string;
  mailFrom: string;
  sealKey?: string;
  sealKeyFile: string;
  companyName: string;
  trustProxy: boolean;
  /**
   * NODE_ENV=production or an https PUBLIC_URL: a real deployment, where a weak admin token is refused rather than
   * only warned about.
   */
  production: boolean;
}

export function loadConfig(env: Record<string, string | undefined>): Config {
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(clean);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  const production = e.NODE_ENV === 'production' || publicUrl.startsWith('https:');
  if (production && e.PULS_ADMIN_TOKEN && adminTokenBits(e.PULS_ADMIN_TOKEN) < MIN_ADMIN_TOKEN_BITS) {
    throw new Error(
      `Invalid configuration:\n  PULS_ADMIN_TOKEN: needs at least ${MIN_ADMIN_TOKEN_BITS} bits (about ${adminTokenBits(e.PULS_ADMIN_TOKEN)} now); ` +
        'generate one with `openssl rand -base64 24`',
    );
  }
  return {
    databaseUrl: e.DATABASE_URL,
    port: e.PORT,
    publicUrl,
    adminToken: e.PULS_ADMIN_TOKEN,
    resendApiKey: e.RESEND_API_KEY,
    resendBaseUrl: e.RESEND_BASE_URL,
    mailFrom: e.MAIL_FROM,
    sealKey: e.PULS_SEAL_KEY,
    sealKeyFile: e.PULS_SEAL_KEY_FILE,
    companyName: e.COMPANY_NAME,
    trustProxy: e.TRUST_PROXY === 'true' || e.TRUST_PROXY === '1',
    production,
  };
}
