import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { deriveKeys, linkToken } from '../src/lib/keys';
import { seededRandom } from '../src/lib/random';
import { sealKey, sleep, tempDir } from '../test/e2e/processes';
import { startWorker } from '../test/e2e/wrangler';
import { benchAnswers, benchOrg } from './org';
// @ts-expect-error autocannon ships no types
import autocannon from 'autocannon';
import WebSocket from 'ws';

/**
 * A wave of 100,000 on Workers: wrangler dev (real workerd, local D1; started through wrangler's API without its DevTools
 * inspector, see test/e2e/wrangler-dev.mjs) imports the staff, opens the wave, takes 60 % of the answers through the
 * API with 50 connections, and closes it in steps — close requests, each one invocation — while the workerd processes'
 * memory is sampled and each invocation reports its D1 queries.
 */
export async function benchWorker(print: (line: string) => void, size = 100_000, rate = 0.6) {
  const dir = tempDir('puls-bench-worker-');
  const secret = sealKey();
  const admin = `bench-${secret.replace(/[^A-Za-z0-9]/g, '').slice(0, 32)}`;
  const vars = (url: string) => ({ PULS_SEAL_KEY: secret, PULS_ADMIN_TOKEN: admin, PUBLIC_URL: url });
  // Answers come in without wrangler's inspector, which would keep every message of 60,000 requests (wrangler-dev.mjs).
  let worker = await startWorker(dir.path, vars, { inspector: false });
  let heap: HeapWatch | undefined;
  const lost = { count: 0 };
  const api = (path: string, init: RequestInit = {}) =>
    resent(lost, worker.url + path, { ...init, headers: { authorization: `Bearer ${admin}`, ...(init.headers ?? {}) } });
  const peaks = new Map<number, number>();
  const sample = () => {
    for (const [pid, rss] of workerdRss()) peaks.set(pid, Math.max(peaks.get(pid) ?? 0, rss));
  };
  const sampler = setInterval(sample, 250);
  try {
    const org = benchOrg(size);
    const paths = new Map(org.teams.map((t) => [t.id, t.path]));
    const csv = ['email;name;team;role', ...org.people.map((p) => `${p.email};${p.email};${paths.get(p.teamId)};${p.role}`)].join('\n');
    let t = performance.now();
    const imported = await api('/api/v1/staff', { method: 'PUT', headers: { 'content-type': 'text/csv' }, body: csv });
    if (imported.status !== 200) throw new Error(`import: ${imported.status} ${imported.text}`);
    print(`Workers (wrangler dev, local D1): ${size.toLocaleString('en')} staff imported in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    t = performance.now();
    const opened = await api('/api/v1/waves', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `bench-${Date.now()}` },
      body: JSON.stringify({ closesAt: new Date(Date.now() + 6 * 3_600_000).toISOString(), module: 'pulse' }),
    });
    if (opened.status !== 201) throw new Error(`open: ${opened.status} ${opened.text}`);
    const wave = JSON.parse(opened.text) as { id: string; invited: number };
    print(`  wave of ${wave.invited.toLocaleString('en')} opened in ${((performance.now() - t) / 1000).toFixed(1)} s (${opened.status})`);

    // The invitation ids, from the local D1 file (what only a database holder has); links derive from them and the key.
    const keys = await deriveKeys(secret);
    const ids = await invitationIds(dir.path, wave.id);
    const random = seededRandom(11);
    const answering = ids.filter(() => random.bytes(1)[0] < rate * 256);
    const bodies = answering.map((id) => ({ path: `/api/v1/survey/${linkToken(keys, 'survey', id)}`, body: JSON.stringify({ answers: benchAnswers(random) }) }));
    let next = 0;
    const statuses = new Map<number, number>();
    const load = await autocannon({
      url: worker.url,
      connections: 50,
      amount: bodies.length,
      method: 'POST',
      timeout: 60,
      headers: { 'content-type': 'application/json' },
      requests: [
        {
          setupRequest: (req: Record<string, unknown>) => ({ ...req, ...bodies[next++ % bodies.length] }),
          onResponse: (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1),
        },
      ],
    });
    print(`  ${bodies.length.toLocaleString('en')} answers in ${load.duration} s (${Math.round(bodies.length / load.duration)}/s; ${[...statuses].map(([c, n]) => `${n}× ${c}`).join(', ')})`);

    // The close runs under the `wrangler dev` command itself, on the same local D1, with its inspector: through it the
    // isolate's heap is watched (what Workers' 128 MB limit is about; the process holds the local D1 besides).
    await worker.child.stop();
    worker = await startWorker(dir.path, vars);
    heap = await watchHeap(worker.inspectorPort!);
    await sleep(2_000);
    // The runtime (the Worker with its local D1) is the workerd process that grows during the close; the other one is
    // wrangler's proxy in front of it. Their memory from here on is the close's.
    heap.reset();
    const idleHeap = heap.last();
    const before = new Map(workerdRss());
    peaks.clear();
    sample();
    t = performance.now();
    const seen = worker.child.captured.length;
    // The close goes on in invocations of its own, each within its time and query budget: here close requests (an
    // admin pressing "close" again), which run the same steps as the cron tick (tested end to end in
    // test/e2e/worker.e2e.test.ts).
    const invocations: number[] = [];
    const heapPeaks: number[] = [];
    lost.count = 0;
    let status = 'closing';
    while (status !== 'closed') {
      heap.lap();
      const res = await api(`/api/v1/waves/${wave.id}/close`, { method: 'POST' });
      heapPeaks.push(heap.lap());
      if (res.status !== 200 && res.status !== 202) throw new Error(`close: ${res.status} ${res.text}`);
      status = (JSON.parse(res.text) as { status: string }).status;
      invocations.push(res.status);
      if (invocations.length > 200) throw new Error('the close did not finish in 200 invocations');
    }
    const requestQueries = worker.child.captured.slice(seen).filter((l) => l.includes('request.queries')).map((l) => JSON.parse(l).queries as number);
    const maxQueries = Math.max(0, ...requestQueries);
    print(`  closed in ${((performance.now() - t) / 1000).toFixed(1)} s over ${invocations.length} close requests (${invocations.join(', ')}` +
      `${lost.count ? `; ${lost.count} more lost by wrangler's proxy and sent again` : ''}); ` +
      `most D1 queries in one invocation: ${maxQueries} (limit 1,000; statements of a batch counted one by one)`);
    const [runtime, proxy] = [...peaks].sort((x, y) => y[1] - (before.get(y[0]) ?? 0) - (x[1] - (before.get(x[0]) ?? 0)));
    const mb = (kb = 0) => `${Math.round(kb / 1024).toLocaleString('en')} MB`;
    print(`  workerd runtime (the Worker with its local D1) resident: ${mb(before.get(runtime?.[0]))} before the close, at most ` +
      `${mb(runtime?.[1])} during it; wrangler's proxy process: ${mb(proxy?.[1])}`);
    print(`  the isolate's live V8 heap: ${mb(idleHeap / 1024)} before the close, at most ${mb(heap.peak() / 1024)} during it; by close ` +
      `request: ${heapPeaks.map((p) => (p ? Math.round(p / 1024 / 1024) : '–')).join(', ')} MB (${heap.samples()} samples after forced collections, ` +
      `'–' where none came back during the request; ` +
      `Workers allow 128 MB)`);
    const results = await api('/api/v1/results');
    if (results.status !== 200) throw new Error(`results: ${results.status} ${results.text}`);
    const company = JSON.parse(results.text) as { waves: { respondents?: number }[] };
    print(`  the company view counts ${company.waves.at(-1)?.respondents?.toLocaleString('en')} answers`);
  } finally {
    clearInterval(sampler);
    heap?.stop();
    await worker.child.stop();
    dir.remove();
  }
}

/**
 * A request through wrangler's proxy, sent again when the proxy lost it. Now and then the proxy loses its pooled
 * connection to the runtime (workerd logs "Connection reset by peer"): it answers a POST at once with 503 "Your worker
 * restarted mid-request", and holds a GET to repeat it when the Worker reloads, which in a run without file changes
 * never comes. Every request the bench sends may be repeated (the import is a PUT, the opening carries an idempotency
 * key, a close request takes the next steps, a read reads); `lost.count` says how often it was.
 */
async function resent(lost: { count: number }, url: string, init: RequestInit): Promise<{ status: number; text: string }> {
  const read = (init.method ?? 'GET') === 'GET';
  for (let attempt = 1; ; attempt++) {
    try {
      // A read answers within seconds; the import, the opening and a close step within their budgets.
      const res = await fetch(url, { ...init, signal: AbortSignal.timeout(read ? 60_000 : 600_000) });
      const text = await res.text();
      if (res.status !== 503 || !text.includes('restarted mid-request') || attempt === 5) return { status: res.status, text };
    } catch (err) {
      if (!read || !(err instanceof Error) || err.name !== 'TimeoutError' || attempt === 5) throw err;
    }
    lost.count++;
  }
}

interface HeapWatch {
  /** Forgets the peaks so far (the next samples start new ones). */
  reset(): void;
  /** The largest live heap (bytes) since the last reset. */
  peak(): number;
  /** The largest live heap (bytes) since the previous lap (or reset); starts the next lap. */
  lap(): number;
  /** The newest sample (bytes). */
  last(): number;
  samples(): number;
  stop(): void;
}

/**
 * The Worker isolate's live V8 heap, four times a second through the DevTools inspector `wrangler dev` serves: a forced
 * collection (`HeapProfiler.collectGarbage`), then `Runtime.getHeapUsage`. Without the collection the number would
 * include garbage V8 has not collected yet, which it collects before it reaches a limit. Network events are turned off
 * first: they would carry every D1 result through the inspector.
 */
async function watchHeap(port: number): Promise<HeapWatch> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`);
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  let peak = 0;
  let lap = 0;
  let last = 0;
  let samples = 0;
  let id = 0;
  let answered: () => void = () => {};
  let timeout: NodeJS.Timeout | undefined;
  const first = new Promise<void>((resolve, reject) => {
    answered = resolve;
    timeout = setTimeout(() => reject(new Error('the inspector did not report the heap within 30 s')), 30_000);
  });
  ws.on('message', (data) => {
    const message = JSON.parse(String(data)) as { result?: { usedSize?: number } };
    if (typeof message.result?.usedSize !== 'number') return;
    last = message.result.usedSize;
    peak = Math.max(peak, last);
    lap = Math.max(lap, last);
    samples++;
    answered();
  });
  const send = (method: string) => ws.send(JSON.stringify({ id: ++id, method }));
  send('Network.disable');
  const timer = setInterval(() => {
    send('HeapProfiler.collectGarbage');
    send('Runtime.getHeapUsage');
  }, 250);
  try {
    await first;
  } catch (err) {
    clearInterval(timer);
    ws.close();
    throw err;
  } finally {
    clearTimeout(timeout);
  }
  return {
    reset: () => ((peak = 0), (lap = 0), (samples = 0)),
    lap: () => {
      const largest = lap;
      lap = 0;
      return largest;
    },
    peak: () => peak,
    last: () => last,
    samples: () => samples,
    stop: () => {
      clearInterval(timer);
      ws.close();
    },
  };
}

/** Resident memory (KB) of each workerd process, by pid. */
function workerdRss(): [number, number][] {
  try {
    const out = execFileSync('ps', ['-C', 'workerd', '-o', 'pid=,rss='], { encoding: 'utf8' });
    return out
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  } catch {
    return [];
  }
}

async function invitationIds(dir: string, waveId: string): Promise<string[]> {
  const base = join(dir, 'state', 'v3', 'd1', 'miniflare-D1DatabaseObject');
  const file = readdirSync(base).find((f) => f.endsWith('.sqlite') && f !== 'metadata.sqlite');
  if (!file) throw new Error('no local D1 file');
  const client = createClient({ url: `file:${join(base, file)}` });
  // workerd may still be writing (the opening's first mails): wait for its lock instead of failing.
  await client.execute('PRAGMA busy_timeout = 30000');
  const rows = await client.execute({ sql: 'select id from invitations where wave_id = ?', args: [waveId] });
  client.close();
  return rows.rows.map((r) => String(r.id));
}

