import { serve } from '@hono/node-server';
import { createApp } from '../app';
import { loadConfig } from '../config';
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
  const server = withStatic(createApp(deps));
  const stopScheduler = startScheduler(deps);
  const http = serve({ fetch: server.fetch, port: config.port, hostname: env.HOST ?? '127.0.0.1' });
  console.log(`Puls listens on ${config.publicUrl} (database ${config.databaseUrl}, mail: ${deps.mailer.kind})`);
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

if (import.meta.url === `file://${process.argv[1]}`) {
  startNode().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
