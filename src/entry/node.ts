import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { nodeDeps } from './node-deps';

/** `npm start`: serves the configured database (no demo data) on PORT. */
export async function startNode(env: Record<string, string | undefined> = process.env) {
  const config = loadConfig(env);
  const { deps, close } = await nodeDeps(config);
  const server = new Hono();
  server.use('/static/*', serveStatic({ root: './web', rewriteRequestPath: (p) => p.replace(/^\/static/, '') }));
  server.route('/', createApp(deps));
  const http = serve({ fetch: server.fetch, port: config.port, hostname: env.HOST ?? '127.0.0.1' });
  console.log(`Puls listens on ${config.publicUrl} (database ${config.databaseUrl}, mail: ${deps.mailer.kind})`);
  const stop = () => {
    http.close();
    close();
    process.exit(0);
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
