import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TickCounts } from './client';
import { childEnv, freePort, run, sleep, start, waitForHttp, type Child } from './processes';

/**
 * The Worker under `wrangler dev`, for the e2e suite (and for measuring by hand): real workerd, a local D1 in `dir`
 * with drizzle's migrations applied by wrangler, cron through wrangler's test-scheduled endpoint.
 *
 * It runs the very bundle `wrangler deploy` would upload (built with --dry-run from wrangler.toml), under a copy of
 * the configuration in `dir` whose `main` is that bundle, with copies of the static files and migrations: wrangler
 * dev then watches only files in `dir`, so an edit in src/ or web/ during a run cannot restart the Worker
 * mid-request. (wrangler still bundles it once more, which adds the --test-scheduled middleware; wrangler 4.86's
 * /cdn-cgi/handler/scheduled fails with a DataCloneError.) Secrets and vars come from a .dev.vars beside that
 * configuration, as they do in local development.
 */
const WRANGLER = 'node_modules/wrangler/bin/wrangler.js';

export interface RunningWorker {
  url: string;
  child: Child;
  /** The DevTools inspector's port (`wrangler dev` serves it; not when started without it). */
  inspectorPort?: number;
  /** Fires the cron trigger and returns the tick's summary, which the Worker logs as one JSON line. */
  tick(): Promise<TickCounts>;
}

export async function startWorker(
  dir: string,
  vars: (url: string) => Record<string, string>,
  options: { inspector?: boolean } = {},
): Promise<RunningWorker> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const config = await prepareConfig(dir, vars(url));
  const persist = join(dir, 'state');
  const migrate = ['d1', 'migrations', 'apply', 'DB', '--local', '--config', config, '--persist-to', persist];
  await run(process.execPath, [WRANGLER, ...migrate], { timeoutMs: 60_000 });
  // Without the inspector (and its file watcher) through wrangler's API: see wrangler-dev.mjs for why the bench needs it.
  const inspectorPort = options.inspector === false ? undefined : await freePort();
  const args =
    inspectorPort === undefined
      ? ['test/e2e/wrangler-dev.mjs', config, String(port), persist]
      : [
          WRANGLER, 'dev', '--config', config, '--local', '--ip', '127.0.0.1', '--port', String(port), '--persist-to', persist,
          // 'log' passes the Worker's console output through; 'info' and quieter drop it.
          '--test-scheduled', '--show-interactive-dev-session=false', '--log-level', 'log',
          '--inspector-ip', '127.0.0.1', '--inspector-port', String(inspectorPort),
        ];
  const child = start(process.execPath, args, { env: childEnv(), capture: /"event":"(schedule\.tick|request\.queries)"/ });
  try {
    await waitForHttp(`${url}/healthz`, 90_000, child);
  } catch (err) {
    await child.stop();
    throw err;
  }
  return {
    url,
    child,
    inspectorPort,
    tick: async () => {
      const ticks = () => child.captured.filter((line) => line.includes('"schedule.tick"'));
      const seen = ticks().length;
      const cron = encodeURIComponent('*/5 * * * *');
      const res = await fetch(`${url}/__scheduled?cron=${cron}`, { signal: AbortSignal.timeout(120_000) });
      const text = await res.text();
      if (res.status !== 200 || text !== 'Ran scheduled event') {
        throw new Error(`the scheduled handler failed: ${res.status} ${text}`);
      }
      // The handler has finished when the endpoint answers; its log line may reach wrangler's stdout a moment later.
      const deadline = Date.now() + 10_000;
      while (ticks().length === seen && Date.now() < deadline) await sleep(25);
      if (ticks().length !== seen + 1) throw new Error(`expected one schedule.tick line, got ${ticks().length - seen}`);
      return JSON.parse(ticks()[seen]) as TickCounts;
    },
  };
}

/**
 * Builds the Worker as `wrangler deploy` would and writes, in `dir`, a configuration that runs that bundle (with the
 * repository's bindings, assets, migrations and cron), and a .dev.vars with the given secrets and vars.
 */
async function prepareConfig(dir: string, vars: Record<string, string>): Promise<string> {
  const bundle = join(dir, 'bundle');
  await run(process.execPath, [WRANGLER, 'deploy', '--dry-run', '--outdir', bundle], { timeoutMs: 60_000 });
  const root = process.cwd();
  let toml = readFileSync(join(root, 'wrangler.toml'), 'utf8');
  const replace = (pattern: RegExp, value: string | ((match: string, path: string) => string)) => {
    if (!pattern.test(toml)) throw new Error(`wrangler.toml has no line matching ${pattern}: update test/e2e/wrangler.ts`);
    toml = typeof value === 'string' ? toml.replace(pattern, value) : toml.replace(pattern, value);
  };
  replace(/^main = .*$/m, `main = ${JSON.stringify(join(bundle, 'worker.js'))}`);
  // Snapshots too: wrangler dev reloads the Worker when a file of the assets directory changes.
  const snapshot = (path: string, name: string) => {
    cpSync(resolve(root, path), join(dir, name), { recursive: true });
    return JSON.stringify(join(dir, name));
  };
  replace(/^directory = "(.*)"$/m, (_, path) => `directory = ${snapshot(path, 'assets')}`);
  replace(/^migrations_dir = "(.*)"$/m, (_, path) => `migrations_dir = ${snapshot(path, 'migrations')}`);
  // The bundle has its aliases applied already; it imports nothing that could be aliased.
  replace(/^\[alias\][^[]*/m, '');
  const config = join(dir, 'wrangler.toml');
  writeFileSync(config, toml);
  const devVars = Object.entries(vars).map(([k, v]) => `${k}=${JSON.stringify(v)}\n`);
  writeFileSync(join(dir, '.dev.vars'), devVars.join(''));
  return config;
}
