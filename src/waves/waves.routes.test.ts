import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { adminHeaders, T0, testDeps } from '../../test/support/deps';
import { createApp } from '../app';
import { signedIn } from '../auth/testing';
import type { Db } from '../db/client';
import { invitations, waves } from '../db/schema';
import type { Deps } from '../deps';
import { deliverDue } from '../mail/delivery';
import { importStaff } from '../staff/staff.service';

type Setup = Awaited<ReturnType<typeof testDeps>>;

const DAY = 86_400_000;
const closesAt = new Date(T0 + 5 * DAY).toISOString();

async function setup(people = 3) {
  const s = await testDeps();
  const rows = ['email,name,team,role'];
  for (let i = 0; i < people; i++) rows.push(`p${i}@muster.de,Person ${i},Werk ${i % 7},basic`);
  await importStaff(s.deps, rows.join('\n'));
  return s;
}

const open = (app: { request: Setup['app']['request'] }, body: unknown, key?: string) =>
  app.request('/api/v1/waves', {
    method: 'POST',
    headers: adminHeaders({ 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) }),
    body: JSON.stringify(body),
  });

/** The same deps, but the process "dies" at the `failAt`-th database batch: that batch and everything after fail. */
function crashingAt(deps: Deps, failAt: number): Deps {
  let batches = 0;
  const db = new Proxy(deps.db, {
    get(target, prop) {
      if (prop === 'batch') {
        return (statements: Parameters<Db['batch']>[0]) =>
          ++batches >= failAt ? Promise.reject(new Error('process killed')) : target.batch(statements);
      }
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { ...deps, db };
}

const waveCount = async (s: Setup) => (await s.deps.db.select({ n: count() }).from(waves))[0].n;

/** Sends what is due until nothing is left, as the scheduler would; returns how often each address was mailed. */
async function mailedPerAddress(s: Setup): Promise<Map<string, number>> {
  while ((await deliverDue(s.deps, { maxBatches: 50 })).remaining > 0);
  const perAddress = new Map<string, number>();
  for (const m of s.outbox.entries) perAddress.set(m.to, (perAddress.get(m.to) ?? 0) + 1);
  return perAddress;
}

describe('POST /api/v1/waves with an Idempotency-Key', () => {
  it('opens one wave for a request sent twice, and mails everyone once', async () => {
    const s = await setup();
    const first = await open(s.app, { closesAt, title: 'Puls November' }, 'open-2026-11-02');
    expect(first.status).toBe(201);
    const again = await open(s.app, { closesAt, title: 'Puls November' }, 'open-2026-11-02');
    expect(again.status).toBe(201);
    expect(await again.json()).toEqual(await first.json());
    expect(await waveCount(s)).toBe(1);
    expect([...(await mailedPerAddress(s)).values()]).toEqual([1, 1, 1]);
  });

  it('finishes a wave that a crash left half-written when the request is retried, instead of opening a second', async () => {
    const s = await setup(2500);
    // The first attempt dies after the wave row and the first 1,000 invitations were written.
    const crashed = await open(createApp(crashingAt(s.deps, 2)), { closesAt }, 'retry-me');
    expect(crashed.status).toBe(500);
    const [half] = await s.deps.db.select().from(waves);
    expect(half.status).toBe('opening');
    expect((await s.deps.db.select({ n: count() }).from(invitations))[0].n).toBe(1000);

    // Without the key, or with another, nothing new is opened while that wave is half-written.
    expect((await open(s.app, { closesAt })).status).toBe(409);
    const other = await open(s.app, { closesAt }, 'another-key');
    expect(other.status).toBe(409);
    expect(await other.json()).toEqual({
      error: {
        code: 'CONFLICT',
        message: 'another wave is being opened; try again in a few minutes, or resend that request with its Idempotency-Key to finish it',
        details: [{ code: 'wave_opening' }],
      },
    });

    const retried = await open(s.app, { closesAt }, 'retry-me');
    expect(retried.status).toBe(201);
    expect(await retried.json()).toMatchObject({ id: half.id, status: 'open', invited: 2500 });
    expect(await waveCount(s)).toBe(1);
    const invited = await s.deps.db.select({ staffId: invitations.staffId }).from(invitations).where(eq(invitations.waveId, half.id));
    expect(new Set(invited.map((i) => i.staffId)).size).toBe(2500);
    const mailed = await mailedPerAddress(s);
    expect(mailed.size).toBe(2500);
    expect([...mailed.values()].every((n) => n === 1)).toBe(true);
  });

  it('refuses a key used for a different request with 422, and a malformed key with 400', async () => {
    const s = await setup();
    expect((await open(s.app, { closesAt }, 'k-1')).status).toBe(201);
    const changed = await open(s.app, { closesAt: new Date(T0 + 6 * DAY).toISOString() }, 'k-1');
    expect(changed.status).toBe(422);
    expect(await changed.json()).toEqual({
      error: {
        code: 'UNPROCESSABLE',
        message: 'this Idempotency-Key was used for a different request; use a new key for a new wave',
        details: [{ code: 'idempotency_key_reused' }],
      },
    });
    const bad = await open(s.app, { closesAt }, 'mit leerzeichen');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { details: unknown[] } }).error.details).toEqual([
      { path: 'idempotency-key', code: 'invalid_format', message: 'Idempotency-Key must be 1 to 200 visible ASCII characters' },
    ]);
    expect(await waveCount(s)).toBe(1);
  });

  it('opens a new wave for each call without a key (a second beside a running one only when allowed), and needs the admin', async () => {
    const s = await setup();
    expect((await open(s.app, { closesAt })).status).toBe(201);
    expect((await open(s.app, { closesAt, allowParallel: true })).status).toBe(201);
    expect(await waveCount(s)).toBe(2);
    const anonymous = await s.app.request('/api/v1/waves', { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': 'x' }, body: JSON.stringify({ closesAt }) });
    expect(anonymous.status).toBe(401);
    expect(await waveCount(s)).toBe(2);
  });
});

describe('the admin form to open a wave', () => {
  const formFields = (page: string) => ({
    _csrf: /name="_csrf" value="([^"]+)"/.exec(page)![1],
    idempotencyKey: /name="idempotencyKey" value="([^"]+)"/.exec(page)![1],
    closesAt: '2026-11-07T17:00',
    module: 'pulse',
  });
  const post = (s: Setup, cookie: string, fields: Record<string, string>) =>
    s.app.request('/admin/waves', {
      method: 'POST',
      headers: { cookie, origin: 'http://puls.test', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields),
    });

  it('carries a fresh key, so the same form sent twice opens one wave; another form waits while one is opening', async () => {
    const s = await setup();
    const admin = await signedIn(s.deps, { role: 'admin' });
    const page = await (await s.app.request('/admin', { headers: { cookie: admin.cookie } })).text();
    const fields = formFields(page);
    const second = formFields(await (await s.app.request('/admin', { headers: { cookie: admin.cookie } })).text());
    expect(second.idempotencyKey).not.toBe(fields.idempotencyKey);

    const first = await post(s, admin.cookie, fields);
    expect(first.status).toBe(303);
    const twice = await post(s, admin.cookie, fields);
    expect(twice.headers.get('location')).toBe(first.headers.get('location'));
    expect(await waveCount(s)).toBe(1);

    await s.deps.db.update(waves).set({ status: 'opening' });
    const busy = await post(s, admin.cookie, second);
    expect(busy.status).toBe(409);
    expect(await busy.text()).toContain('Gerade wird eine andere Welle eröffnet.');
    expect(await waveCount(s)).toBe(1);
  });
});
