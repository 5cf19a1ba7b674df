import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';

/**
 * A local stand-in for the Resend API, for tests with the real SDK (pointed here by `baseUrl`). It speaks what
 * the SDK sends — `POST /emails` with one email, `POST /emails/batch` with an array, `Idempotency-Key` header,
 * answers `{ id }` and `{ data: [{ id }] }`, errors as `{ statusCode, name, message }` — and keeps Resend's rules:
 * the same key and body again answer the stored response without sending; the same key with another body is a 409;
 * a batch with one invalid recipient is rejected whole (strict validation). Faults can be injected.
 * Run as a process (`tsx test/support/fake-resend.ts`, PORT env) it prints its URL on the first line of stdout;
 * `GET /__delivered` lists the deliveries and `POST /__faults` sets faults for tests in another process.
 */

export interface Delivered {
  id: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  idempotencyKey: string | null;
  /** The `X-Puls-Message` header: which outbox message this mail is. */
  messageKey: string | null;
  endpoint: '/emails' | '/emails/batch';
}

/** What to do with one request instead of answering normally. */
export interface Fault {
  status?: number;
  headers?: Record<string, string>;
  /** An error body; a string is sent as is (not JSON). Defaults to a Resend-like error for the status. */
  body?: unknown;
  /** Close the connection without an answer: before processing, or after accepting (the mails count as sent). */
  drop?: 'before-accept' | 'after-accept';
}

export interface RequestInfo {
  /** 1-based number of this API request. */
  n: number;
  path: string;
  idempotencyKey: string | null;
}

export interface FakeResendOptions {
  port?: number;
  /** Recipients matching this are invalid (422 validation_error). Default: containing "invalid". */
  invalidRecipient?: RegExp;
  latencyMs?: number;
}

export interface FakeResend {
  url: string;
  delivered: Delivered[];
  requests(): number;
  /** The next n requests answer with this status. */
  failNext(n: number, status: number, headers?: Record<string, string>): void;
  /** Every nth request (n, 2n, …) answers with this status, until reset. */
  failEvery(n: number, status: number, headers?: Record<string, string>): void;
  /** The next n requests lose their connection (by default after the mails were accepted). */
  dropNext(n?: number, when?: Fault['drop']): void;
  /** Decides per request; wins over the other faults. Pass null to remove. */
  onRequest(hook: ((info: RequestInfo) => Fault | undefined) | null): void;
  setLatency(ms: number): void;
  /**
   * Holds every mail request that arrives from now on until the returned function is called (then they go on as
   * usual): a provider that has not answered yet, for checking who waits for it.
   */
  hold(): () => void;
  /** Removes all faults (deliveries and stored idempotency keys stay). */
  clearFaults(): void;
  close(): Promise<void>;
}

const NAMES: Record<number, string> = {
  400: 'validation_error',
  401: 'missing_api_key',
  403: 'invalid_api_key',
  404: 'not_found',
  409: 'invalid_idempotent_request',
  422: 'validation_error',
  429: 'rate_limit_exceeded',
  500: 'internal_server_error',
};
const INVALID_TO =
  'Invalid `to` field. The email address needs to follow the `email@example.com` or `Name <email@example.com>` format.';

export async function startFakeResend(options: FakeResendOptions = {}): Promise<FakeResend> {
  const invalid = options.invalidRecipient ?? /invalid/i;
  let latency = options.latencyMs ?? 0;
  let count = 0;
  let nextFaults: Fault[] = [];
  let every: { n: number; fault: Fault } | null = null;
  let hook: ((info: RequestInfo) => Fault | undefined) | null = null;
  const delivered: Delivered[] = [];
  const stored = new Map<string, { body: string; response: unknown }>();
  const inFlight = new Set<string>();
  let held: Promise<void> | null = null;

  const controls = {
    failNext: (n: number, status: number, headers?: Record<string, string>) => {
      nextFaults.push(...Array.from({ length: n }, () => ({ status, headers })));
    },
    failEvery: (n: number, status: number, headers?: Record<string, string>) => {
      every = { n, fault: { status, headers } };
    },
    dropNext: (n = 1, when: Fault['drop'] = 'after-accept') => {
      nextFaults.push(...Array.from({ length: n }, () => ({ drop: when })));
    },
    onRequest: (next: typeof hook) => {
      hook = next;
    },
    setLatency: (ms: number) => {
      latency = ms;
    },
    hold: () => {
      let release = () => {};
      held = new Promise<void>((resolve) => (release = resolve));
      return () => {
        held = null;
        release();
      };
    },
    clearFaults: () => {
      nextFaults = [];
      every = null;
      hook = null;
    },
  };

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const path = new URL(req.url ?? '/', 'http://fake').pathname;
    const raw = await readBody(req);
    if (req.method === 'GET' && path === '/__delivered') return json(res, 200, delivered);
    if (req.method === 'GET' && path === '/__stats') return json(res, 200, { requests: count, delivered: delivered.length });
    if (req.method === 'GET' && path === '/__summary') return json(res, 200, { requests: count, ...summarize(delivered) });
    if (req.method === 'POST' && path === '/__faults') return json(res, 200, applyControl(controls, raw));
    if (req.method !== 'POST' || (path !== '/emails' && path !== '/emails/batch')) {
      return json(res, 404, error(404, `no route ${req.method} ${path}`));
    }

    const n = ++count;
    const key = header(req, 'idempotency-key');
    if (!/^Bearer \S+/.test(header(req, 'authorization') ?? '')) return json(res, 401, error(401, 'Missing API key in the authorization header.'));
    const slot = key ? `${path} ${key}` : null;
    if (slot && inFlight.has(slot)) {
      return json(res, 409, { statusCode: 409, name: 'concurrent_idempotent_requests', message: 'Same idempotency key used while original request is still in progress.' });
    }
    if (slot) inFlight.add(slot);
    try {
      if (held) await held;
      if (latency > 0) await new Promise((r) => setTimeout(r, latency));
      const fault = hook?.({ n, path, idempotencyKey: key }) ?? nextFaults.shift() ?? (every && n % every.n === 0 ? every.fault : undefined);
      if (fault?.drop === 'before-accept') return void req.socket.destroy();
      if (fault?.status) {
        const body = fault.body ?? error(fault.status, `injected ${fault.status}`);
        return send(res, fault.status, typeof body === 'string' ? body : JSON.stringify(body), fault.headers);
      }

      const previous = slot ? stored.get(slot) : undefined;
      if (previous) {
        if (previous.body !== raw) return json(res, 409, error(409, 'Same idempotency key used with a different request payload.'));
        return json(res, 200, previous.response);
      }
      const parsed = parse(raw, path === '/emails/batch');
      if ('error' in parsed) return json(res, 422, error(422, parsed.error));
      const problem = validate(parsed.emails, invalid, path === '/emails/batch');
      if (problem) return json(res, 422, error(422, problem));

      const ids = parsed.emails.map((email) => {
        const id = randomUUID();
        delivered.push(record(id, email, key, path as Delivered['endpoint']));
        return id;
      });
      const response = path === '/emails' ? { id: ids[0] } : { data: ids.map((id) => ({ id })) };
      if (slot) stored.set(slot, { body: raw, response });
      if (fault?.drop === 'after-accept') return void req.socket.destroy();
      return json(res, 200, response);
    } finally {
      if (slot) inFlight.delete(slot);
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) json(res, 500, error(500, 'fake server error'));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    delivered,
    requests: () => count,
    ...controls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

type Email = Record<string, unknown>;

function parse(raw: string, batch: boolean): { emails: Email[] } | { error: string } {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return { error: 'The request body is not valid JSON.' };
  }
  if (batch) {
    if (!Array.isArray(body)) return { error: 'The batch must be an array of emails.' };
    if (body.length === 0 || body.length > 100) return { error: 'A batch holds between 1 and 100 emails.' };
    return { emails: body as Email[] };
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { error: 'The body must be an email object.' };
  return { emails: [body as Email] };
}

function validate(emails: Email[], invalid: RegExp, batch: boolean): string | null {
  for (const [i, email] of emails.entries()) {
    const where = batch ? `emails[${i}]: ` : '';
    for (const field of ['from', 'to', 'subject']) {
      if (!email[field]) return `${where}Missing \`${field}\` field.`;
    }
    if (recipients(email).some((to) => invalid.test(to) || !/^[^\s@<>]+@[^\s@<>]+$/.test(to))) return where + INVALID_TO;
  }
  return null;
}

const recipients = (email: Email) => (Array.isArray(email.to) ? email.to : [email.to]).map(String);

function record(id: string, email: Email, key: string | null, endpoint: Delivered['endpoint']): Delivered {
  const headers = (email.headers ?? {}) as Record<string, string>;
  const messageKey = Object.entries(headers).find(([k]) => k.toLowerCase() === 'x-puls-message')?.[1] ?? null;
  return {
    id,
    from: String(email.from),
    to: recipients(email),
    subject: String(email.subject),
    text: String(email.text ?? ''),
    html: String(email.html ?? ''),
    idempotencyKey: key,
    messageKey,
    endpoint,
  };
}

function applyControl(c: Omit<FakeResend, 'url' | 'delivered' | 'requests' | 'close'>, raw: string) {
  const body = JSON.parse(raw || '{}') as {
    clear?: boolean;
    failNext?: { n: number; status: number; headers?: Record<string, string> };
    failEvery?: { n: number; status: number; headers?: Record<string, string> };
    dropNext?: { n?: number; when?: Fault['drop'] };
    latencyMs?: number;
  };
  if (body.clear) c.clearFaults();
  if (body.failNext) c.failNext(body.failNext.n, body.failNext.status, body.failNext.headers);
  if (body.failEvery) c.failEvery(body.failEvery.n, body.failEvery.status, body.failEvery.headers);
  if (body.dropNext) c.dropNext(body.dropNext.n, body.dropNext.when);
  if (body.latencyMs !== undefined) c.setLatency(body.latencyMs);
  return { ok: true };
}

const error = (status: number, message: string) => ({ statusCode: status, name: NAMES[status] ?? 'application_error', message });

function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

function json(res: ServerResponse, status: number, body: unknown) {
  send(res, status, JSON.stringify(body));
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Counts for a large run without shipping every mail: deliveries, distinct recipients and message keys, and how
 * many of them arrived more than once.
 */
export function summarize(delivered: readonly Delivered[]) {
  const byRecipient = new Map<string, number>();
  const byKey = new Map<string, number>();
  for (const mail of delivered) {
    for (const to of mail.to) byRecipient.set(to, (byRecipient.get(to) ?? 0) + 1);
    if (mail.messageKey) byKey.set(mail.messageKey, (byKey.get(mail.messageKey) ?? 0) + 1);
  }
  const twice = (m: Map<string, number>) => [...m.values()].filter((n) => n > 1).length;
  return { delivered: delivered.length, recipients: byRecipient.size, doubledRecipients: twice(byRecipient), messageKeys: byKey.size, doubledKeys: twice(byKey) };
}

/** As a process: `PORT=0 tsx test/support/fake-resend.ts` prints the URL, serves until SIGTERM or SIGINT. */
export async function main(env: Record<string, string | undefined> = process.env) {
  const fake = await startFakeResend({
    port: env.PORT ? Number(env.PORT) : 0,
    invalidRecipient: env.FAKE_RESEND_INVALID ? new RegExp(env.FAKE_RESEND_INVALID, 'i') : undefined,
    latencyMs: env.FAKE_RESEND_LATENCY_MS ? Number(env.FAKE_RESEND_LATENCY_MS) : undefined,
  });
  process.stdout.write(`${fake.url}\n`);
  const stop = () => void fake.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  return fake;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
