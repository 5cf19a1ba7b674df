import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { setSecurityHeaders } from '../lib/security';

/**
 * On Node the app's static files (web/) are served under /static, with the same security headers as the app's
 * responses; on Workers, wrangler's assets serve them (see worker.ts). Everything else goes to the app, with the
 * Node bindings (the connection, for the client address) passed on as its env.
 */
export function withStatic(app: { fetch: (req: Request, env?: unknown) => Response | Promise<Response> }, root = './web') {
  const server = new Hono();
  server.use('/static/*', async (c, next) => {
    await next();
    setSecurityHeaders(c.res.headers);
  });
  server.use('/static/*', serveStatic({ root, rewriteRequestPath: (p) => p.replace(/^\/static/, '') }));
  server.all('*', (c) => app.fetch(c.req.raw, c.env));
  return server;
}
