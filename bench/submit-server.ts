import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { openLibsql } from '../src/db/libsql';
import { systemClock } from '../src/lib/clock';
import { deriveKeys } from '../src/lib/keys';
import { silentLogger } from '../src/lib/log';
import { cryptoRandom } from '../src/lib/random';
import { OutboxMailer } from '../src/mail/outbox';
import { nodeAead } from '../src/entry/node-aead';

/**
 * The server side of `npm run bench submit`, in a process of its own: `bare` serves a Hono JSON route that parses the
 * body and answers (the baseline), `puls` serves the whole app on the given database. Prints its URL.
 */
const [mode, url, secret] = process.argv.slice(2);

async function main() {
  let fetch: (req: Request) => Response | Promise<Response>;
  if (mode === 'bare') {
    const app = new Hono();
    app.post('/bare/:token', async (c) => {
      const body = await c.req.json();
      return c.json({ ok: typeof body === 'object', token: c.req.param('token').length }, 201);
    });
    fetch = app.fetch;
  } else {
    const handle = await openLibsql(url);
    const app = createApp({
      db: handle.db,
      mailer: new OutboxMailer(),
      clock: systemClock,
      random: cryptoRandom,
      config: loadConfig({ PULS_SEAL_KEY: secret, PULS_ADMIN_TOKEN: 'bench-admin-token-0123456789abcdef', PUBLIC_URL: 'http://127.0.0.1' }),
      keys: await deriveKeys(secret, { aead: nodeAead }),
      log: silentLogger,
      checkpoint: handle.checkpoint,
      nextTurn: setImmediate,
    });
    fetch = app.fetch;
  }
  const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info) => console.log(`http://127.0.0.1:${info.port}`));
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
