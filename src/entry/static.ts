import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

/** On Node the app's static files (web/) are served under /static; on Workers, wrangler's assets do it. */
export function withStatic(app: { fetch: (req: Request) => Response | Promise<Response> }, root = './web') {
  const server = new Hono();
  server.use('/static/*', serveStatic({ root, rewriteRequestPath: (p) => p.replace(/^\/static/, '') }));
  server.all('*', (c) => app.fetch(c.req.raw));
  return server;
}
