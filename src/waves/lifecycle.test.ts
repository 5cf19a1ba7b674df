import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { adminHeaders, ORIGIN, T0, testDeps } from '../../test/support/deps';
import { listAudit } from '../audit/audit.service';
import { signedIn } from '../auth/testing';
import { blocks, invitations, messages, viewResults, waves } from '../db/schema';
import { linkToken } from '../lib/keys';
import { closeWave } from '../results/close.service';
import { changeSettings } from '../settings/settings.service';
import { SYSTEM } from '../audit/chain';
import { importStaff } from '../staff/staff.service';
import { questionsFor } from '../survey/questions';
import { submitAnswers } from '../survey/survey.service';
import { answersFor } from '../survey/testing';
import { MIN_REMINDER_GAP_MS } from './remind';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const closesAt = new Date(T0 + 5 * DAY).toISOString();

async function setup(people = 6) {
  const s = await testDeps();
  const rows = ['email,name,team,role'];
  for (let i = 0; i < people; i++) rows.push(`p${i}@muster.de,Person ${i},Werk,basic`);
  await importStaff(s.deps, rows.join('\n'));
  const api = (method: string, path: string, body?: unknown, headers: Record<string, string> = adminHeaders({ 'content-type': 'application/json' })) =>
    s.app.request(path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const open = async (body: Record<string, unknown> = {}) => {
    const res = await api('POST', '/api/v1/waves', { closesAt, module: 'pulse', ...body });
    return { res, body: (await res.json()) as { id: string; error?: { code: string; message: string; details: unknown[] } } };
  };
  /** Answers as the invitees from `from` to `to` (by invitation id) would. */
  const answer = async (waveId: string, to: number, from = 0) => {
    const invited = await s.deps.db.select({ id: invitations.id }).from(invitations).where(eq(invitations.waveId, waveId)).orderBy(invitations.id);
    for (const inv of invited.slice(from, to)) await submitAnswers(s.deps, linkToken(s.deps.keys, 'survey', inv.id), answersFor(questionsFor('pulse')));
  };
  const rowsOf = async (waveId: string) => ({
    waves: (await s.deps.db.select({ n: count() }).from(waves).where(eq(waves.id, waveId)))[0].n,
    invitations: (await s.deps.db.select({ n: count() }).from(invitations).where(eq(invitations.waveId, waveId)))[0].n,
    messages: (await s.deps.db.select({ n: count() }).from(messages).where(eq(messages.waveId, waveId)))[0].n,
    views: (await s.deps.db.select({ n: count() }).from(viewResults).where(eq(viewResults.waveId, waveId)))[0].n,
    blocks: (await s.deps.db.select({ n: count() }).from(blocks).where(eq(blocks.waveId, waveId)))[0].n,
  });
  return { ...s, api, open, answer, rowsOf };
}

describe('POST /api/v1/waves beside a running wave', () => {
  it('refuses a second running wave with 409 wave_running naming it, and opens one only when allowed', async () => {
    const s = await setup();
    const first = await s.open({ title: 'Puls November' });
    expect(first.res.status).toBe(201);
    const second = await s.open();
    expect(second.res.status).toBe(409);
    expect(second.body).toEqual({
      error: {
        code: 'CONFLICT',
        message: 'the wave "Puls November" is still running; close it first, or send allowParallel: true to invite everyone a second time',
        details: [{ code: 'wave_running', waveId: first.body.id, title: 'Puls November' }],
      },
    });
    expect((await s.deps.db.select().from(waves)).length).toBe(1);
    expect((await s.open({ allowParallel: true })).res.status).toBe(201);
    // Once the first has closed, a new wave needs no permission.
    await closeWave(s.deps, first.body.id);
    const bad = await s.open({ allowParallel: 'yes' });
    expect(bad.res.status).toBe(422);
    expect(bad.body.error!.details).toEqual([{ path: 'allowParallel', code: 'invalid_type', message: expect.any(String) }]);
  });

  it('says why a wave cannot open: closing time in the past, nobody to invite', async () => {
    const s = await setup();
    const past = await s.open({ closesAt: new Date(T0 - DAY).toISOString() });
    expect(past.res.status).toBe(422);
    expect(past.body.error!.details).toEqual([{ code: 'closes_at_past', path: 'closesAt' }]);
    const empty = await testDeps();
    const none = await empty.app.request('/api/v1/waves', { method: 'POST', headers: adminHeaders({ 'content-type': 'application/json' }), body: JSON.stringify({ closesAt }) });
    expect(none.status).toBe(422);
    expect(((await none.json()) as { error: { details: unknown[] } }).error.details).toEqual([{ code: 'no_active_staff' }]);
  });
});

describe('DELETE /api/v1/waves/:id', () => {
  it('discards a running wave nobody answered: 204, no trace but the audit entry, invitation links stop working', async () => {
    const s = await setup();
    const { body: wave } = await s.open({ title: 'Versehen' });
    expect(await s.rowsOf(wave.id)).toMatchObject({ waves: 1, invitations: 6, messages: 6 });
    const res = await s.api('DELETE', `/api/v1/waves/${wave.id}`);
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    expect(await s.rowsOf(wave.id)).toEqual({ waves: 0, invitations: 0, messages: 0, views: 0, blocks: 0 });
    expect(((await (await s.api('GET', '/api/v1/waves')).json()) as unknown[]).length).toBe(0);
    const [entry] = await listAudit(s.deps, { limit: 1 });
    expect(entry).toMatchObject({ action: 'wave.discarded', target: wave.id, details: { title: 'Versehen', status: 'open' }, actor: { kind: 'admin-token' } });
    const again = await s.api('DELETE', `/api/v1/waves/${wave.id}`);
    expect(again.status).toBe(404);
    expect(await again.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'wave not found', details: [{ code: 'wave_not_found' }] } });
  });

  it('discards a closed wave without answers, and leaves it out of results and quarters', async () => {
    const s = await setup();
    const { body: wave } = await s.open();
    await closeWave(s.deps, wave.id);
    expect((await s.rowsOf(wave.id)).views).toBeGreaterThan(0);
    expect((await s.api('DELETE', `/api/v1/waves/${wave.id}`)).status).toBe(204);
    expect(await s.rowsOf(wave.id)).toEqual({ waves: 0, invitations: 0, messages: 0, views: 0, blocks: 0 });
    const quarter = await s.app.request('/api/v1/retrospectives/2026-Q4?format=json', { headers: adminHeaders() });
    expect(quarter.status).toBe(404);
  });

  it('refuses (409 wave_has_answers) a running or closed wave with answers, changing nothing and logging nothing', async () => {
    const s = await setup();
    const { body: running } = await s.open();
    await s.answer(running.id, 1);
    const before = await s.rowsOf(running.id);
    const res = await s.api('DELETE', `/api/v1/waves/${running.id}`);
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({
      error: { code: 'CONFLICT', message: 'the wave has answers and cannot be discarded', details: [{ code: 'wave_has_answers' }] },
    });
    expect(await s.rowsOf(running.id)).toEqual(before);
    expect((await listAudit(s.deps, { limit: 50 })).some((e) => e.action === 'wave.discarded')).toBe(false);

    await s.answer(running.id, 6, 1);
    await closeWave(s.deps, running.id);
    expect((await s.api('DELETE', `/api/v1/waves/${running.id}`)).status).toBe(409);
    // Closed with fewer than k answers: they are in no number, but they were given.
    const small = await setup(3);
    const { body: few } = await small.open();
    await small.answer(few.id, 1);
    await closeWave(small.deps, few.id);
    expect((await small.api('DELETE', `/api/v1/waves/${few.id}`)).status).toBe(409);
  });

  it('refuses a wave being opened or closed (409 wave_busy), needs an admin, and checks the id', async () => {
    const s = await setup();
    const { body: wave } = await s.open();
    await s.deps.db.update(waves).set({ status: 'closing' }).where(eq(waves.id, wave.id));
    const busy = await s.api('DELETE', `/api/v1/waves/${wave.id}`);
    expect(busy.status).toBe(409);
    expect(((await busy.json()) as { error: { details: unknown[] } }).error.details).toEqual([{ code: 'wave_busy' }]);
    expect((await s.api('DELETE', `/api/v1/waves/${wave.id}`, undefined, { origin: ORIGIN })).status).toBe(401);
    const leader = await signedIn(s.deps, { role: 'leader', teamId: 'x' });
    expect((await s.api('DELETE', `/api/v1/waves/${wave.id}`, undefined, leader.headers())).status).toBe(403);
    expect((await s.api('DELETE', `/api/v1/waves/${'x'.repeat(65)}`)).status).toBe(400);
  });
});

describe('POST /api/v1/waves/:id/remind', () => {
  it('reminds everyone invited now, counts against the limit of three and keeps twelve hours between mails', async () => {
    const s = await setup(3);
    const { body: wave } = await s.open();
    const remind = () => s.api('POST', `/api/v1/waves/${wave.id}/remind`);
    const soon = await remind();
    expect(soon.status).toBe(409);
    expect(await soon.json()).toEqual({
      error: { code: 'CONFLICT', message: 'the last mail of this wave went out less than 12 hours ago', details: [{ code: 'reminder_too_soon', hours: 12 }] },
    });
    await s.answer(wave.id, 1);
    s.clock.advance(MIN_REMINDER_GAP_MS);
    const first = await remind();
    expect(first.status).toBe(202);
    expect(await first.json()).toEqual({ reminder: 1, max: 3 });
    // remindEveryone is on by default: all three get it, whoever has answered; nobody's reminder says so.
    const reminders = await s.deps.db.select().from(messages).where(eq(messages.kind, 'reminder'));
    expect(reminders.map((m) => m.recipient).sort()).toEqual(['p0@muster.de', 'p1@muster.de', 'p2@muster.de']);
    expect(reminders.every((m) => m.status === 'sent')).toBe(true);
    const [entry] = await listAudit(s.deps, { limit: 1 });
    expect(entry).toMatchObject({ action: 'wave.reminded', target: wave.id, details: { reminder: 1, manual: true } });

    s.clock.advance(HOUR);
    expect((await remind()).status).toBe(409);
    s.clock.advance(MIN_REMINDER_GAP_MS);
    expect(await (await remind()).json()).toEqual({ reminder: 2, max: 3 });
    s.clock.advance(MIN_REMINDER_GAP_MS);
    expect(await (await remind()).json()).toEqual({ reminder: 3, max: 3 });
    s.clock.advance(MIN_REMINDER_GAP_MS);
    const over = await remind();
    expect(over.status).toBe(409);
    expect(((await over.json()) as { error: { details: unknown[] } }).error.details).toEqual([{ code: 'reminder_limit', max: 3 }]);
    expect(await s.deps.db.select({ n: count() }).from(messages).where(eq(messages.kind, 'reminder'))).toEqual([{ n: 9 }]);
  });

  it('reminds only those who have not answered when remindEveryone is off', async () => {
    const s = await setup(3);
    await changeSettings(s.deps, SYSTEM, { remindEveryone: false });
    const { body: wave } = await s.open();
    await s.answer(wave.id, 1);
    s.clock.advance(MIN_REMINDER_GAP_MS);
    expect((await s.api('POST', `/api/v1/waves/${wave.id}/remind`)).status).toBe(202);
    expect(await s.deps.db.select({ n: count() }).from(messages).where(eq(messages.kind, 'reminder'))).toEqual([{ n: 2 }]);
  });

  it('counts planned reminders too, refuses a closed wave, an unknown one and a leader', async () => {
    const s = await setup(3);
    const { body: wave } = await s.open();
    await s.deps.db.update(waves).set({ reminders: JSON.stringify([DAY, 2 * DAY, 3 * DAY]) }).where(eq(waves.id, wave.id));
    s.clock.advance(MIN_REMINDER_GAP_MS);
    expect(((await (await s.api('POST', `/api/v1/waves/${wave.id}/remind`)).json()) as { error: { details: unknown[] } }).error.details).toEqual([
      { code: 'reminder_limit', max: 3 },
    ]);
    await closeWave(s.deps, wave.id);
    const closed = await s.api('POST', `/api/v1/waves/${wave.id}/remind`);
    expect(closed.status).toBe(409);
    expect(((await closed.json()) as { error: { details: unknown[] } }).error.details).toEqual([{ code: 'wave_not_running' }]);
    expect((await s.api('POST', '/api/v1/waves/nope/remind')).status).toBe(404);
    const leader = await signedIn(s.deps, { role: 'leader', teamId: 'x' });
    expect((await s.api('POST', `/api/v1/waves/${wave.id}/remind`, undefined, leader.headers())).status).toBe(403);
  });
});
