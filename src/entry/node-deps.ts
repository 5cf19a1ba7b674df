import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { Config } from '../config';
import { openLibsql } from '../db/libsql';
import type { Deps } from '../deps';
import { systemClock } from '../lib/clock';
import { lastForwardedFor } from '../lib/client';
import { toBase64Url } from '../lib/crypto';
import { deriveKeys, generateSecret } from '../lib/keys';
import { consoleLogger } from '../lib/log';
import { cryptoRandom } from '../lib/random';
import { mailerFromConfig } from '../mail/from-config';
import { nodeAead } from './node-aead';

/**
 * The seal key lives outside the database: from PULS_SEAL_KEY, or else a key file generated on first start
 * (readable by the service's user only). Losing it makes answers of open waves unreadable; say so in the docs.
 */
function sealSecret(config: Config): string {
  if (config.sealKey) return config.sealKey;
  if (existsSync(config.sealKeyFile)) return readFileSync(config.sealKeyFile, 'utf8').trim();
  mkdirSync(dirname(config.sealKeyFile), { recursive: true });
  const secret = generateSecret();
  writeFileSync(config.sealKeyFile, secret + '\n', { mode: 0o600 });
  chmodSync(config.sealKeyFile, 0o600);
  console.log(`Generated a seal key at ${config.sealKeyFile}. Keep it out of database backups.`);
  return secret;
}

/**
 * The caller's address: the socket's peer, or behind a reverse proxy (TRUST_PROXY) the address the proxy appended
 * last to X-Forwarded-For. Without the Node bindings (a request made in-process) there is none.
 */
function nodeClientAddress(config: Config) {
  return (c: Context): string | undefined => {
    if (config.trustProxy) {
      const forwarded = lastForwardedFor(c.req.header('x-forwarded-for'));
      if (forwarded) return forwarded;
    }
    try {
      return getConnInfo(c).remote.address;
    } catch {
      return undefined;
    }
  };
}

/** Builds Deps for Node once: libSQL file (created with its folder), seal key, mailer, system clock. */
export async function nodeDeps(config: Config): Promise<{ deps: Deps; close(): void }> {
  const file = /^file:(.+)$/.exec(config.databaseUrl)?.[1];
  if (file && file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const handle = await openLibsql(config.databaseUrl);
  if (!config.adminToken) {
    config.adminToken = toBase64Url(crypto.getRandomValues(new Uint8Array(18)));
    console.log(`No PULS_ADMIN_TOKEN set: this run's admin token is ${config.adminToken}`);
  }
  const deps: Deps = {
    db: handle.db,
    mailer: mailerFromConfig(config, (line) => console.log(line)),
    clock: systemClock,
    random: cryptoRandom,
    config,
    keys: await deriveKeys(sealSecret(config), { aead: nodeAead }),
    log: consoleLogger,
    checkpoint: handle.checkpoint,
    clientAddress: nodeClientAddress(config),
    nextTurn: setImmediate,
  };
  return { deps, close: handle.close };
}
