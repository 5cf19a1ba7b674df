import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ORIGIN, testDeps } from '../../test/support/deps';
import { sealedAnswers, usedLinks, waves } from '../db/schema';
import type { Deps } from '../deps';
import { linkToken, usedMarker } from '../lib/keys';
import { unseal } from './seal';
import { openInvitation, submitTo } from './survey.service';
import { fullAnswers, insertWave, invite } from './testing';

type App = Awaited<ReturnType<typeof testDeps>>['app'];

const post = (app: App, token: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(`/api/v1/survey/${token}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

type SurveyBody = { wave: unknown; language: string; questions: { text: string; options: unknown[] }[] };
type ErrorBody = { error: { code: string; message: string } };

const sealedRows = (deps: Deps) => deps.db.select().from(sealedAnswers);
/** Whether the link was used, as only the service can tell: its keyed marker is stored. */
const isUsed = async (deps: Deps, id: string) =>
  (await deps.db.select().from(usedLinks).where(eq(usedLinks.marker, usedMarker(deps.keys, id)))).length === 1;

async function setup() {
  const t = await testDeps();
  const wave = await insertWave(t.deps);
  const inv = await invite(t.deps, wave.id, { language: 'de', role: 'power', teamId: 'team-linie-2' });
  return { ...t, wave, inv };
}

describe('GET /api/v1/survey/:token', () => {
  it("returns the wave and its questions in the invitation's language, not cacheable", async () => {
    const { app, wave, inv } = await setup();
    const res = await app.request(`/api/v1/survey/${inv.token}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as SurveyBody;
    expect(body.wave).toEqual({ id: wave.id, closesAt: '2026-11-06T08:00:00.000Z' });
    expect(body.language).toBe('de');
    expect(body.questions).toHaveLength(17);
    expect(body.questions[0]).toEqual({
      id: 'trust.safety',
      construct: 'trust',
      kind: 'scale',
      text: 'In meinem Team kann ich offen sagen, wenn ich bei KI etwas nicht weiß, eine Frage habe oder einen Fehler gemacht habe.',
      required: true,
      min: 1,
      max: 5,
      anchors: ['stimme gar nicht zu', 'stimme voll zu'],
    });
    expect(body.questions[11].options[4]).toEqual({ value: 'daily', label: 'Jeden Tag' });
    expect(body.questions[16]).toEqual({
      id: 'comment.pulse',
      construct: 'comment',
      kind: 'text',
      text: 'Möchten Sie uns noch etwas mitteilen? (freiwillig)',
      required: false,
      maxLength: 1000,
    });
  });

  it('switches language with ?lang=en', async () => {
    const { app, inv } = await setup();
    const body = (await (await app.request(`/api/v1/survey/${inv.token}?lang=en`)).json()) as SurveyBody;
    expect(body.language).toBe('en');
    expect(body.questions[5].text).toBe('I worry that AI puts my job at risk.');
    expect(body.questions[11].options[0]).toEqual({ value: 'never', label: 'Never' });
  });
});

describe('POST /api/v1/survey/:token', () => {
  it('stores one sealed row, marks the invitation used, and refuses the replay with 409', async () => {
    const { app, deps, wave, inv } = await setup();
    const answers = fullAnswers({ 'comment.pulse': 'Mehr Beispiele aus der Praxis.' });
    const res = await post(app, inv.token, { answers });
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ ok: true });
    expect(await isUsed(deps, inv.id)).toBe(true);

    const replay = await post(app, inv.token, { answers });
    expect(replay.status).toBe(409);
    expect(await replay.json()).toEqual({ error: { code: 'CONFLICT', message: 'this survey link has already been used', details: [{ code: 'link_used' }] } });

    const rows = await sealedRows(deps);
    expect(rows).toHaveLength(1);
    expect(rows[0].waveId).toBe(wave.id);
    expect(await unseal(deps.keys, rows[0].payload)).toEqual({ teamId: 'team-linie-2', role: 'power', answers });
    expect((await app.request(`/api/v1/survey/${inv.token}`)).status).toBe(409);
  });

  it('answers 404 for a forged, a malformed or a login token, without touching anything', async () => {
    const { app, deps, inv } = await setup();
    const forged = 'A'.repeat(43);
    const login = linkToken(deps.keys, 'login', inv.id);
    for (const token of [forged, 'abc', login, inv.token + 'x']) {
      const res = await post(app, token, { answers: fullAnswers() });
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'survey link not found', details: [{ code: 'link_not_found' }] } });
      expect((await app.request(`/api/v1/survey/${token}`)).status).toBe(404);
    }
    expect(await sealedRows(deps)).toHaveLength(0);
    expect(await isUsed(deps, inv.id)).toBe(false);
  });

  it('answers 410 when the wave is closed or past its end, and stores nothing', async () => {
    const { app, deps, clock, inv } = await setup();
    const closedWave = await insertWave(deps, { status: 'closed' });
    const inClosed = await invite(deps, closedWave.id);
    const gone = { error: { code: 'GONE', message: 'this survey has closed', details: [{ code: 'survey_closed' }] } };
    const res = await post(app, inClosed.token, { answers: fullAnswers() });
    expect(res.status).toBe(410);
    expect(await res.json()).toEqual(gone);
    expect((await app.request(`/api/v1/survey/${inClosed.token}`)).status).toBe(410);

    clock.advance(4 * 24 * 60 * 60 * 1000); // exactly closesAt: the closer has not run yet, but the wave is over
    const late = await post(app, inv.token, { answers: fullAnswers() });
    expect(late.status).toBe(410);
    expect(await sealedRows(deps)).toHaveLength(0);
    expect(await isUsed(deps, inv.id)).toBe(false);
    expect(await isUsed(deps, inClosed.id)).toBe(false);
  });

  it.each([
    ['an unknown id', fullAnswers({ 'trust.other': 3 }), [{ questionId: 'trust.other', code: 'unknown', message: 'unknown question' }]],
    [
      'a scale out of range',
      fullAnswers({ 'fear.job': 7 }),
      [{ questionId: 'fear.job', code: 'range', message: 'expected a whole number from 1 to 5' }],
    ],
    [
      'a missing required answer',
      (({ 'gap.use': _, ...rest }) => rest)(fullAnswers()),
      [{ questionId: 'gap.use', code: 'required', message: 'an answer is required' }],
    ],
    [
      'a 1,001-character comment',
      fullAnswers({ 'comment.pulse': 'x'.repeat(1001) }),
      [{ questionId: 'comment.pulse', code: 'too_long', message: 'at most 1000 characters' }],
    ],
  ])('answers 422 for %s and changes nothing', async (_name, answers, details) => {
    const { app, deps, inv } = await setup();
    const res = await post(app, inv.token, { answers });
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({ error: { code: 'UNPROCESSABLE', message: 'some answers are not valid', details } });
    expect(await sealedRows(deps)).toHaveLength(0);
    expect(await isUsed(deps, inv.id)).toBe(false);
    expect((await post(app, inv.token, { answers: fullAnswers() })).status).toBe(201);
  });

  it('answers 400 for malformed JSON, 415 for another media type, 422 for the wrong shape, 413 over 64 KB', async () => {
    const { app, deps, inv } = await setup();
    const malformed = await post(app, inv.token, '{"answers": {');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ error: { code: 'BAD_REQUEST', message: 'Malformed JSON in request body', details: [{ code: 'malformed_body' }] } });

    const form = await post(app, inv.token, 'answers=1', { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN });
    expect(form.status).toBe(415);
    expect(((await form.json()) as ErrorBody).error.code).toBe('UNSUPPORTED_MEDIA_TYPE');

    const shape = await post(app, inv.token, { answers: [1, 2] });
    expect(shape.status).toBe(422);
    expect(((await shape.json()) as ErrorBody).error).toMatchObject({ code: 'UNPROCESSABLE', message: 'the request body has invalid values: see details' });

    const big = await post(app, inv.token, { answers: fullAnswers(), padding: 'x'.repeat(64 * 1024) });
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual({ error: { code: 'PAYLOAD_TOO_LARGE', message: 'request body is larger than 64 KB', details: [{ code: 'body_too_large' }] } });

    expect(await sealedRows(deps)).toHaveLength(0);
    expect(await isUsed(deps, inv.id)).toBe(false);
  });

  it('counts a concurrent double submit once: one 201, one 409, one sealed row', async () => {
    const { app, deps, inv } = await setup();
    const [a, b] = await Promise.all([
      post(app, inv.token, { answers: fullAnswers({ 'fear.job': 1 }) }),
      post(app, inv.token, { answers: fullAnswers({ 'fear.job': 5 }) }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    expect(await sealedRows(deps)).toHaveLength(1);
  });

  it('lets the batch decide a race both submits saw as open: one stores, the other gets 409', async () => {
    const { deps, inv } = await setup();
    const [first, second] = [await openInvitation(deps, inv.token), await openInvitation(deps, inv.token)];
    const results = await Promise.allSettled([submitTo(deps, first, fullAnswers()), submitTo(deps, second, fullAnswers())]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).toMatchObject({ code: 'CONFLICT', status: 409 });
    expect(await sealedRows(deps)).toHaveLength(1);
  });

  it('stores nothing when the wave closes between opening the link and storing', async () => {
    const { deps, wave, inv } = await setup();
    const open = await openInvitation(deps, inv.token);
    await deps.db.update(waves).set({ status: 'closing' }).where(eq(waves.id, wave.id));
    await expect(submitTo(deps, open, fullAnswers())).rejects.toMatchObject({ code: 'GONE', status: 410 });
    expect(await sealedRows(deps)).toHaveLength(0);
    expect(await isUsed(deps, inv.id)).toBe(false);
  });

  it('keeps who and what apart: no invitation id, staff id, token or hash in a sealed row; all rows one length', async () => {
    const { app, deps, wave, inv } = await setup();
    const others = [inv];
    for (let i = 0; i < 4; i++) others.push(await invite(deps, wave.id, { role: 'champion', teamId: `team-${i}` }));
    const comments = [undefined, '', 'ok', 'Ein längerer Kommentar über Schulungen. '.repeat(20), '😀'.repeat(1000)];
    for (const [i, person] of others.entries()) {
      const c = comments[i];
      const res = await post(app, person.token, { answers: fullAnswers(c === undefined ? {} : { 'comment.pulse': c }) });
      expect(res.status).toBe(201);
    }
    const rows = await sealedRows(deps);
    expect(rows).toHaveLength(5);
    expect(new Set(rows.map((r) => r.payload.length))).toEqual(new Set([4636]));
    const secrets = others.flatMap((p) => [p.id, p.staffId, p.tokenHash, p.token]);
    for (const row of rows) {
      const raw = Buffer.from(row.payload);
      const opened = JSON.stringify(await unseal(deps.keys, row.payload));
      for (const s of secrets) {
        expect(raw.includes(Buffer.from(s))).toBe(false);
        expect(opened.includes(s)).toBe(false);
      }
      expect(others.some((p) => p.id === row.id)).toBe(false);
      expect(Object.keys(JSON.parse(opened))).toEqual(['teamId', 'role', 'answers']);
    }
  });
});
