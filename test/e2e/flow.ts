import { expect } from 'vitest';
import { answersOf, Client, type Target } from './client';
import { BULK, bulkCsv, companyCsv, EMAILS, MALFORMED_CSV } from './company';
import { paperFlow } from './paper';
import { sleep } from './processes';

export type { Target, TickCounts } from './client';

type ErrorBody = { error: { code: string } };

/**
 * The end-to-end checks, over HTTP only and the same for every runtime: the Node server (libSQL file) and
 * wrangler dev (workerd with a local D1). A runtime supplies where it listens, where its mail goes and how it runs
 * one scheduler tick; everything else is the public API, the mailed links and the fake Resend's record.
 * Returns milliseconds per step, for the lead's note.
 */
export async function runFlow(t: Target): Promise<Record<string, number>> {
  const timings: Record<string, number> = {};
  const step = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await run();
    } finally {
      timings[name] = Math.round(performance.now() - started);
    }
  };
  const api = new Client(t);
  const csv = (body: string, token?: string) => ({ method: 'PUT', type: 'text/csv', body, token });
  const json = (body: unknown) => ({ method: 'POST', type: 'application/json', body: JSON.stringify(body) });

  await step('health and static files', async () => {
    expect(await api.json('/healthz', { token: null })).toEqual({ ok: true });
    const css = await fetch(`${t.url}/static/puls.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    // Static files carry the app's security headers on both runtimes (on Workers they come from the assets binding).
    expect(css.headers.get('content-security-policy')).toMatch(/^default-src 'none'; script-src 'none'; style-src 'self';/);
    expect(css.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await css.text()).length).toBeGreaterThan(100);
  });

  await step('bad input: wrong admin token, malformed CSV', async () => {
    expect(await api.json('/api/v1/waves', { token: 'not-the-admin-token-at-all' }, 401)).toEqual({
      error: { code: 'UNAUTHORIZED', message: 'sign in or send Authorization: Bearer <admin token>', details: [{ code: 'sign_in' }] },
    });
    expect((await api.request('/api/v1/staff', csv(companyCsv(), 'wrong'))).status).toBe(401);
    expect(await api.json('/api/v1/staff', csv(MALFORMED_CSV), 422)).toEqual({
      error: {
        code: 'UNPROCESSABLE',
        message: 'the file has 2 problems; nothing was imported',
        details: [
          { line: 2, column: 'email', code: 'email_invalid', params: { value: 'x' }, message: '"x" is not an email address' },
          { line: 2, column: 'name', code: 'name_empty', message: 'name is empty' },
        ],
      },
    });
    expect(await api.json('/api/v1/teams')).toEqual([]);
  });

  await step(`import ${BULK} people, then the current 12`, async () => {
    const bulk = await api.json('/api/v1/staff', csv(bulkCsv()));
    expect(bulk).toEqual({ created: BULK, updated: 0, deactivated: 0, total: BULK });
    const current = await api.json('/api/v1/staff', { ...csv(companyCsv()), type: 'text/csv; charset=utf-8' });
    expect(current).toEqual({ created: 0, updated: 12, deactivated: BULK - 12, total: 12 });
  });

  const teams = await api.json<{ id: string; name: string; path: string; members: number }[]>('/api/v1/teams');
  const team = (path: string) => teams.find((x) => x.path === path)!;
  expect(team('')).toMatchObject({ name: t.companyName, parentId: null, members: 0 });
  expect([team('Werk Nord/Montage').members, team('Vertrieb').members, team('Alt/Bestand').members]).toEqual([7, 5, 0]);
  expect(teams.reduce((n, x) => n + x.members, 0)).toBe(12);

  // ── Wave 1: mailed, answered, closed by an admin.
  const first = await step('open wave 1 and mail 12 invitations', async () => {
    const closesAt = new Date(Date.now() + 2 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, '.000Z');
    const wave = await api.json<{ id: string }>('/api/v1/waves', json({ closesAt, title: 'E2E 1' }), 201);
    expect(wave).toMatchObject({ status: 'open', invited: 12, closesAt });
    return { id: wave.id, tokens: await api.mailedTokens(0) };
  });

  const questions = await step('read the survey of a mailed link', async () => {
    const token = first.tokens.get('anna.mueller@muster.de')!;
    const page = await fetch(`${t.url}/s/${token}`);
    expect(page.status).toBe(200);
    const text = await page.text();
    expect(text).toMatch(/^<!doctype html>/i);
    expect(text).toContain('<html lang="de"');
    const survey = await api.json(`/api/v1/survey/${token}`, { token: null });
    expect(survey).toMatchObject({ wave: { id: first.id }, language: 'de' });
    return api.questions(token);
  });

  // Four from Montage and three from Vertrieb: neither team reaches k = 5 alone, the company does.
  const respondents = [...EMAILS.slice(0, 4), ...EMAILS.slice(7, 10)];
  await step('answer 7, and the bad-input cases', async () => {
    const comment = questions.find((q) => q.kind === 'text' && q.maxLength);
    expect(comment, 'a free-text question with a length limit').toBeDefined();
    const tooLong = await api.submit(first.tokens.get(EMAILS[0])!, {
      ...answersOf(questions, 0),
      [comment!.id]: 'x'.repeat(comment!.maxLength! + 1),
    });
    expect(tooLong.status).toBe(422);
    expect(await tooLong.json()).toMatchObject({
      error: { code: 'UNPROCESSABLE', details: [{ questionId: comment!.id, code: 'too_long' }] },
    });

    for (const [i, email] of respondents.entries()) {
      const res = await api.submit(first.tokens.get(email)!, answersOf(questions, i));
      expect(res.status, `answer of ${email}`).toBe(201);
      expect(await res.json()).toEqual({ ok: true });
    }
    const replay = await api.submit(first.tokens.get(EMAILS[0])!, answersOf(questions, 0));
    expect(replay.status).toBe(409);
    expect(((await replay.json()) as ErrorBody).error.code).toBe('CONFLICT');
    const unknown = await api.submit('A'.repeat(43), answersOf(questions, 0));
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as ErrorBody).error.code).toBe('NOT_FOUND');
  });

  expect(await api.json(`/api/v1/waves/${first.id}`)).toMatchObject({ status: 'open', invited: 12, responded: 7 });
  // Results exist only once a wave has closed.
  expect((await api.json('/api/v1/results')).waves).toEqual([]);

  await step('close wave 1 and read the results', async () => {
    const closed = await api.json(`/api/v1/waves/${first.id}/close`, { method: 'POST' });
    expect(closed).toMatchObject({ id: first.id, status: 'closed', invited: 12, responded: 7 });
    expect(await api.json(`/api/v1/waves/${first.id}/close`, { method: 'POST' }, 409)).toEqual({
      error: { code: 'CONFLICT', message: 'the wave is already closed', details: [{ code: 'wave_closed' }] },
    });
    // The link of someone who did not answer is dead now.
    expect((await api.request(`/api/v1/survey/${first.tokens.get(EMAILS[11])!}`, { token: null })).status).toBe(410);
  });

  const results = await api.json('/api/v1/results');
  expect(results.view).toEqual({ team: { id: team('').id, name: t.companyName, path: '' }, role: null });
  expect(results.waves).toHaveLength(1);
  expect(results.waves[0]).toMatchObject({ waveId: first.id, title: 'E2E 1', published: true, respondents: 7, invited: 12 });
  expectMiddleScores(results.waves[0].scores);
  // Three people in Vertrieb are fewer than k: that view is suppressed, with its reason, never a zero.
  const sales = await api.json(`/api/v1/results?team=${team('Vertrieb').id}`);
  expect(sales.waves).toHaveLength(1);
  expect(sales.waves[0]).toMatchObject({ waveId: first.id, published: false });
  expect(sales.waves[0].respondents).toBeUndefined();
  expect(typeof sales.waves[0].reasonText).toBe('string');

  // ── Wave 2: closes on its own, by the scheduler tick of the runtime.
  const second = await step('open wave 2 (closing in seconds) and answer 5', async () => {
    const closesAt = Date.now() + 10_000;
    const wave = await api.json('/api/v1/waves', json({ closesAt: new Date(closesAt).toISOString(), title: 'E2E 2' }), 201);
    const tokens = await api.mailedTokens(12);
    const asked = await api.questions(tokens.get(EMAILS[2])!);
    for (const [i, email] of EMAILS.slice(2, 7).entries()) {
      const res = await api.submit(tokens.get(email)!, answersOf(asked, i));
      expect(res.status, `answer of ${email}: ${await res.clone().text()}`).toBe(201);
    }
    return { id: wave.id as string, closesAt };
  });

  await step('scheduler tick: nothing due yet, then the wave closes', async () => {
    expect(await t.tick()).toMatchObject({ opened: 0, closed: 0, errors: 0 });
    expect(await api.json(`/api/v1/waves/${second.id}`)).toMatchObject({ status: 'open', responded: 5 });
    await sleep(Math.max(0, second.closesAt - Date.now() + 500));
    // The wave is closed after this tick. On Node the server's own minute timer may have closed it in the moment
    // before, so the tick's count is 1, or 0 when the server's tick came first.
    const due = await t.tick();
    expect(due).toMatchObject({ opened: 0, errors: 0 });
    expect(due.closed).toBeLessThanOrEqual(1);
    expect(await api.json(`/api/v1/waves/${second.id}`)).toMatchObject({ status: 'closed', invited: 12, responded: 5 });
  });

  const trend = await api.json('/api/v1/results');
  expect(trend.waves.map((w: { waveId: string }) => w.waveId)).toEqual([first.id, second.id]);
  expect(trend.waves[1]).toMatchObject({ title: 'E2E 2', published: true, respondents: 5, invited: 12 });
  expectMiddleScores(trend.waves[1].scores);

  await step('set the cadence; the tick opens nothing before its first slot', async () => {
    const cadence = { every: '2w', weekday: 2, time: '09:00', timezone: 'Europe/Berlin', openDays: 5, reminders: [2], k: 5 };
    const refused = await api.json('/api/v1/schedule', { ...json({ ...cadence, openDays: 14 }), method: 'PUT' }, 422);
    expect(refused.error.code).toBe('UNPROCESSABLE');
    const set = await api.json('/api/v1/schedule', { ...json(cadence), method: 'PUT' });
    expect(set.schedule).toMatchObject({ every: '2w', weekday: 2, time: '09:00', timezone: 'Europe/Berlin', openDays: 5 });
    expect(set.next.length).toBeGreaterThan(0);
    // A new cadence is anchored at the moment it is set: its first wave is in the future, never a missed past slot.
    expect(Date.parse(set.next[0].opensAt)).toBeGreaterThan(Date.now());
    expect(await t.tick()).toMatchObject({ opened: 0, closed: 0, errors: 0 });
    expect(await api.json('/api/v1/waves')).toHaveLength(2);
  });

  await step('paper: a letter with a QR code, answered by its code', () => paperFlow(t, api));
  return timings;
}

/** Everyone answered the middle of every scale: the Trust Pulse and the Fear Index are exactly 50. */
function expectMiddleScores(scores: Record<string, { value: number }>) {
  expect(scores.trust?.value).toBe(50);
  expect(scores.fear?.value).toBe(50);
}
