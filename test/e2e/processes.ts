import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * Child processes for the end-to-end suites: each runs in its own process group (detached), so stopping it stops
 * whatever it started too (wrangler starts workerd). Every wait is bounded, and output is kept for the error
 * message of a failed start instead of being printed.
 */

export interface Child {
  process: ChildProcess;
  /** The last lines of stdout and stderr together. */
  output(): string;
  /** Every whole line so far that matched the `capture` pattern, oldest first. */
  captured: string[];
  /** SIGTERM to the group, SIGKILL after a grace period; resolves when the process has exited. */
  stop(): Promise<void>;
}

/** The environment children get: this one, with wrangler kept quiet and offline, and no npm noise. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    CI: 'true',
    WRANGLER_SEND_METRICS: 'false',
    CLOUDFLARE_CF_FETCH_ENABLED: 'false',
    NO_COLOR: '1',
    ...extra,
  };
}

export function start(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; capture?: RegExp } = {},
): Child {
  const child = spawn(command, args, {
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? childEnv(),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const captured: string[] = [];
  // A chunk may end inside a line: each stream keeps its unfinished line until the rest arrives.
  const reader = () => {
    let partial = '';
    return (chunk: Buffer) => {
      const parts = (partial + chunk.toString('utf8')).split('\n');
      partial = parts.pop()!;
      lines.push(...parts);
      if (options.capture) captured.push(...parts.filter((line) => options.capture!.test(line)));
      if (lines.length > 200) lines.splice(0, lines.length - 200);
    };
  };
  child.stdout!.on('data', reader());
  child.stderr!.on('data', reader());
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  return {
    process: child,
    output: () => lines.join('\n'),
    captured,
    stop: async () => {
      if (child.pid === undefined) return;
      const signal = (s: NodeJS.Signals) => {
        try {
          process.kill(-child.pid!, s);
        } catch {
          // The group is gone already.
        }
      };
      // Even when the leader has exited, what it started may still run in its group (workerd under wrangler).
      const running = child.exitCode === null && child.signalCode === null;
      if (running) {
        signal('SIGTERM');
        const killed = setTimeout(() => signal('SIGKILL'), 5_000);
        await exited;
        clearTimeout(killed);
      }
      signal('SIGKILL');
    },
  };
}

/** Runs a command to its end (bounded) and returns its output; throws with the output when it fails. */
export async function run(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<string> {
  const child = start(command, args, { env: options.env });
  const code = await Promise.race([
    new Promise<number | null>((resolve) => child.process.once('exit', (c) => resolve(c))),
    sleep(options.timeoutMs).then(() => 'timeout' as const),
  ]);
  if (code === 'timeout') {
    await child.stop();
    throw new Error(`${command} ${args.join(' ')} took longer than ${options.timeoutMs} ms:\n${child.output()}`);
  }
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}:\n${child.output()}`);
  return child.output();
}

/** The fake Resend API as its own process; its URL is the first line it prints. */
export async function startFakeResendProcess(timeoutMs = 20_000): Promise<Child & { url: string }> {
  const script = ['--import', 'tsx', 'test/support/fake-resend.ts'];
  const child = start(process.execPath, script, { env: childEnv({ PORT: '0' }) });
  const lines = createInterface({ input: child.process.stdout! });
  const url = await Promise.race([
    (async () => {
      for await (const line of lines) if (line.startsWith('http://')) return line.trim();
      return null;
    })(),
    sleep(timeoutMs).then(() => null),
  ]);
  if (!url) {
    await child.stop();
    throw new Error(`the fake Resend process printed no URL within ${timeoutMs} ms:\n${child.output()}`);
  }
  return { ...child, url };
}

/** A port that was free a moment ago (the OS picks it; the caller binds it soon after). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Polls until `url` answers at all (any status), or throws after the timeout with what the process printed. */
export async function waitForHttp(url: string, timeoutMs: number, child?: Child): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && (child.process.exitCode !== null || child.process.signalCode !== null)) {
      throw new Error(`the process exited before ${url} answered:\n${child.output()}`);
    }
    try {
      await fetch(url, { signal: AbortSignal.timeout(2_000) });
      return;
    } catch {
      await sleep(250);
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms${child ? `:\n${child.output()}` : ''}`);
}

export function tempDir(prefix: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A 32-byte secret, base64: what PULS_SEAL_KEY takes. */
export const sealKey = () => btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))));
