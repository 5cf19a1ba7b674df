import { serve } from '@hono/node-server';
import { createApp } from '../app';
import { adminTokenBits, MIN_ADMIN_TOKEN_BITS } from '../auth/admin-token';
import { loadConfig, type Config } from '../config';
import { backfillFindingsStep } from '../insights/write';
import { upgradeLegacy } from '../results/upgrade';
import { nodeDeps } from './node-deps';
import { startScheduler } from './scheduler';
import { withStatic } from './static';

/** `npm start`: serves the configured database (no demo data) on PORT. */
export async function startNode(env: Record<string, string | undefined> = process.env) {
  const config = loadConfig(env);
  const { deps, close } = await nodeDeps(config);
  // Before the first request: a database of release 0.1 keeps readable used flags and answer sheets until this ran.
  const upgraded = await upgradeLegacy(deps);
  if (upgraded > 0) console.log(`Upgraded the database from release 0.1 in ${upgraded} steps (answer sheets and used flags removed).`);
  // Waves closed before findings existed get theirs (the scheduler would do it a few waves per tick).
  while (await backfillFindingsStep(deps));
  const server = withStatic(createApp(deps));
  const stopScheduler = startScheduler(deps);
  const http = serve({ fetch: server.fetch, port: config.port, hostname: env.HOST ?? '127.0.0.1' });
  console.log(`Puls listens on ${config.publicUrl} (database ${config.databaseUrl}, mail: ${deps.mailer.kind})`);
  for (const warning of startWarnings(config)) console.warn(warning);
  const stop = () => {
    void stopScheduler().finally(() => {
      http.close();
      close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return { deps, config, http };
}

/** What a person starting the server must not miss: mail that is not delivered, a guessable admin token. */
export function startWarnings(config: Config): string[] {
  const warnings: string[] = [];
  if (!config.resendApiKey) {
    warnings.push(
      [
        '',
        '  !!! MAIL IS NOT DELIVERED: no RESEND_API_KEY is set.',
        `  !!! Invitations and sign-in links wait in the outbox at ${config.publicUrl}/outbox (admins only, in memory:`,
        '  !!! gone at the next restart). Set RESEND_API_KEY to send mail.',
        '',
      ].join('\n'),
    );
  }
  const bits = config.adminToken ? adminTokenBits(config.adminToken) : Infinity;
  if (bits < MIN_ADMIN_TOKEN_BITS) {
    warnings.push(
      `Warning: PULS_ADMIN_TOKEN has about ${bits} bits; at least ${MIN_ADMIN_TOKEN_BITS} are needed (e.g. \`openssl rand -base64 24\`). ` +
        'It is refused when NODE_ENV=production or PUBLIC_URL is https.',
    );
  }
  return warnings;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  startNode().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
