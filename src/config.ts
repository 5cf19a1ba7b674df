import { z } from 'zod';

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
}

export function loadConfig(env: Record<string, string | undefined>): Config {
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(clean);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    port: e.PORT,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    adminToken: e.PULS_ADMIN_TOKEN,
    resendApiKey: e.RESEND_API_KEY,
    resendBaseUrl: e.RESEND_BASE_URL,
    mailFrom: e.MAIL_FROM,
    sealKey: e.PULS_SEAL_KEY,
    sealKeyFile: e.PULS_SEAL_KEY_FILE,
    companyName: e.COMPANY_NAME,
  };
}
