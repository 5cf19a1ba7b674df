import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { adminHeaders, T0, testDeps } from '../../test/support/deps';
import { signedIn } from '../auth/testing';
import { blocks, schedules, viewResults, waves } from '../db/schema';
import { closeWave } from '../results/close.service';
import { getThresholds } from '../settings/settings';
import { openWave } from '../waves/waves.service';
import { answer, importPeople, invitationsOf, WEEKLY_TUESDAY } from './testing';

const DAY = 86_400_000;

async function setup() {
  const t = await testDeps();
  return t;
}
type App = Awaited<ReturnType<typeof setup>>['app'];

const put = (app: App, body: unknown, headers: Record<string, string> = adminHeaders({ 'content-type': 'application/json' })) =>
  app.request('/api/v1/schedule', { method: 'PUT', headers, body: JSON.stringify(body) });
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- bodies are checked by value below
const json = async (res: Response) => (await res.json()) as any;

describe('/api/v1/schedule', () => {
  it('saves the cadence but keeps a lowered k pending for a second person (202)', async () => {
    const { app, deps } = await setup();
    expect((await put(app, { ...WEEKLY_TUESDAY, k: 7 })).status).toBe(200);
    const res = await put(app, { ...WEEKLY_TUESDAY, openDays: 4, k: 4 });
    expect(res.status).toBe(202);
    const body = await json(res);
    expect(body).toMatchObject({ pending: true, id: expect.any(String), schedule: { openDays: 4, k: 7 } });
    expect(await getThresholds(deps)).toEqual({ k: 7, kComments: 10 });
    expect((await deps.db.select({ k: schedules.k }).from(schedules))[0].k).toBe(7);
    const council = await signedIn(deps, { role: 'council' });
    expect((await app.request(`/api/v1/approvals/${body.id}`, { method: 'POST', headers: council.headers() })).status).toBe(200);
    expect((await json(await app.request('/api/v1/schedule', { headers: { cookie: council.cookie } }))).schedule.k).toBe(4);
    // The council reads the cadence but cannot change it.
    expect((await put(app, WEEKLY_TUESDAY, council.headers({ 'content-type': 'application/json' }))).status).toBe(403);
  });

  it('is empty until set, not a 404', async () => {
    const { app } = await setup();
    const res = await app.request('/api/v1/schedule', { headers: adminHeaders() });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ schedule: null, next: [] });
  });

  it('sets the cadence, anchored now, stores k and lists the next five waves', async () => {
    const { app, deps } = await setup();
    // T0 is Monday 2 November 2026, 09:00 in Berlin.
    const res = await put(app, { ...WEEKLY_TUESDAY, timezone: 'europe/berlin', reminders: [1, 3], k: 7 });
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.schedule).toEqual({
      every: '1w',
      weekday: 2,
      time: '09:00',
      timezone: 'Europe/Berlin',
      openDays: 5,
      reminders: [1, 3],
      k: 7,
      anchor: '2026-11-02T08:00:00.000Z',
    });
    expect(body.next).toEqual([
      wave('2026-11-03', ['2026-11-04', '2026-11-06'], '2026-11-08'),
      wave('2026-11-10', ['2026-11-11', '2026-11-13'], '2026-11-15'),
      wave('2026-11-17', ['2026-11-18', '2026-11-20'], '2026-11-22'),
      wave('2026-11-24', ['2026-11-25', '2026-11-27'], '2026-11-29'),
      wave('2026-12-01', ['2026-12-02', '2026-12-04'], '2026-12-06'),
    ]);
    expect(await getThresholds(deps)).toEqual({ k: 7, kComments: 10 });
    expect(await json(await app.request('/api/v1/schedule', { headers: adminHeaders() }))).toEqual(body);
  });

  it('keeps the anchor when only open days, reminders or k change, and moves it when the cadence changes', async () => {
    const { app, deps, clock } = await setup();
    await put(app, WEEKLY_TUESDAY);
    clock.advance(3 * DAY);
    const same = await json(await put(app, { ...WEEKLY_TUESDAY, openDays: 3, reminders: [], k: 6 }));
    expect(same.schedule.anchor).toBe(new Date(T0).toISOString());
    const moved = await json(await put(app, { ...WEEKLY_TUESDAY, time: '10:00' }));
    expect(moved.schedule.anchor).toBe(new Date(T0 + 3 * DAY).toISOString());
    // Thursday 5 Nov: this week's Tuesday has passed, so the first wave is next Tuesday, at 10:00 local.
    expect(moved.next[0].opensAt).toBe('2026-11-10T09:00:00.000Z');
    const [row] = await deps.db.select().from(schedules);
    expect(row).toMatchObject({ time: '10:00', anchor: T0 + 3 * DAY, updatedAt: T0 + 3 * DAY, reminders: '[2]' });
  });

  it('refuses bad input with 422 and every problem, and stores nothing', async () => {
    const { app, deps } = await setup();
    const res = await put(app, { ...WEEKLY_TUESDAY, openDays: 3, reminders: [1, 2, 2, 3], timezone: 'Europe/Atlantis', k: 2 });
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({
      error: {
        code: 'UNPROCESSABLE',
        message: 'the request body has invalid values: see details',
        details: [
          { path: 'timezone', code: 'timezone_unknown', message: '"Europe/Atlantis" is not an IANA time zone, e.g. Europe/Berlin' },
          { path: 'reminders', code: 'too_big', message: 'at most 3 reminders' },
          { path: 'k', code: 'too_small', message: 'Too small: expected number to be >=3' },
        ],
      },
    });
    const late = await put(app, { ...WEEKLY_TUESDAY, openDays: 3, reminders: [1, 3] });
    expect((await json(late)).error.details).toEqual([{ path: 'reminders.1', code: 'reminder_after_close', message: 'reminder on day 3 is not before closing (day 3)' }]);
    const long = await put(app, { ...WEEKLY_TUESDAY, openDays: 7, reminders: [] });
    expect((await json(long)).error.details).toEqual([{ path: 'openDays', code: 'open_days_too_long', message: 'openDays must be shorter than the period (7 days)' }]);
    const order = await put(app, { ...WEEKLY_TUESDAY, reminders: [3, 2] });
    expect((await json(order)).error.details).toEqual([{ path: 'reminders.1', code: 'reminders_not_ascending', message: 'reminders must be in ascending order without repeats' }]);
    const both = await put(app, { ...WEEKLY_TUESDAY, timezone: 'Nowhere/City', reminders: [5] });
    expect((await json(both)).error.details.map((d: { path: string }) => d.path)).toEqual(['timezone', 'reminders.0']);
    const notAnObject = await put(app, [1, 2]);
    expect(notAnObject.status).toBe(422);
    const shape = await put(app, { every: '3w', weekday: 8, time: '9:00', openDays: 0, k: 5 });
    expect((await json(shape)).error.details.map((d: { path: string }) => d.path)).toEqual(['every', 'weekday', 'time', 'openDays']);
    expect(await deps.db.select().from(schedules)).toEqual([]);
  });

  it('pauses with DELETE', async () => {
    const { app, deps } = await setup();
    await put(app, WEEKLY_TUESDAY);
    const res = await app.request('/api/v1/schedule', { method: 'DELETE', headers: adminHeaders() });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ schedule: null, next: [] });
    expect(await deps.db.select().from(schedules)).toEqual([]);
  });

  it('needs an admin: 401 without credentials, 403 for a leader, 403 for a cookie without CSRF token', async () => {
    const { app, deps } = await setup();
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const res = await app.request('/api/v1/schedule', { method, headers: { 'content-type': 'application/json' }, body: method === 'PUT' ? JSON.stringify(WEEKLY_TUESDAY) : undefined });
      expect(res.status).toBe(401);
      expect((await json(res)).error.code).toBe('UNAUTHORIZED');
    }
    const leader = await signedIn(deps, { role: 'leader', teamId: 'x' });
    expect((await app.request('/api/v1/schedule', { headers: { cookie: leader.cookie } })).status).toBe(403);
    const admin = await signedIn(deps, { role: 'admin' });
    const noCsrf = await put(app, WEEKLY_TUESDAY, { cookie: admin.cookie, 'content-type': 'application/json' });
    expect(noCsrf.status).toBe(403);
    expect((await put(app, WEEKLY_TUESDAY, admin.headers({ 'content-type': 'application/json' }))).status).toBe(200);
  });
});

describe('changing k', () => {
  it('never changes a closed wave: it keeps its k, blocks and views; the next wave gets the new k', async () => {
    const { app, deps, clock } = await setup();
    await importPeople(deps, 7);
    const closed = await openWave(deps, { closesAt: T0 + DAY });
    await answer(deps, (await invitationsOf(deps, closed.id)).slice(0, 6).map((i) => i.id));
    await closeWave(deps, closed.id);
    const snapshot = async () => ({
      wave: (await deps.db.select().from(waves).where(eq(waves.id, closed.id)))[0],
      blocks: await deps.db.select().from(blocks).where(eq(blocks.waveId, closed.id)),
      views: await deps.db.select().from(viewResults).where(eq(viewResults.waveId, closed.id)),
    });
    const before = await snapshot();
    expect(before.wave).toMatchObject({ status: 'closed', k: 5 });
    expect(before.blocks.map((b) => b.respondents)).toEqual([6]);

    await put(app, { ...WEEKLY_TUESDAY, k: 7 });
    expect(await snapshot()).toEqual(before);
    clock.advance(DAY);
    const next = await openWave(deps, { closesAt: T0 + 3 * DAY });
    expect(next.k).toBe(7);
  });
});

/** A slot of the weekly Tuesday 09:00 Berlin schedule in winter: 08:00Z. */
function wave(day: string, reminders: string[], closes: string) {
  return {
    slot: `${day}T09:00@Europe/Berlin`,
    opensAt: `${day}T08:00:00.000Z`,
    closesAt: `${closes}T08:00:00.000Z`,
    remindAt: reminders.map((d) => `${d}T08:00:00.000Z`),
    skipped: null,
  };
}
