import { describe, expect, it } from 'vitest';
import { testDeps } from '../../test/support/deps';
import { sealedAnswers, usedCodes, usedLinks } from '../db/schema';
import type { Deps } from '../deps';
import { gathered, type NextTurn } from '../lib/gather';
import { newId } from '../lib/random';
import { commitSubmission, groupStatements, type Submission } from './group-commit';
import { openInvitation, submitAnswers, submitTo } from './survey.service';
import { fullAnswers, insertWave, invite } from './testing';

/** A submission as submitTo makes it, with a payload that says which one it was. */
const submission = (deps: Deps, waveId: string, marker: string, over: Partial<Submission> = {}): Submission => ({
  waveId,
  now: deps.clock.now(),
  id: newId(deps.random),
  payload: new TextEncoder().encode(marker) as Uint8Array<ArrayBuffer>,
  marker,
  used: { table: 'links' },
  ...over,
});

/** A turn that only ends when the test says so: everything scheduled in it is run by `end()`. */
function manualTurn() {
  const scheduled: (() => void)[] = [];
  const nextTurn: NextTurn = (run) => void scheduled.push(run);
  return { nextTurn, end: () => scheduled.splice(0).forEach((run) => run()) };
}

const decoded = async (deps: Deps) => (await deps.db.select().from(sealedAnswers)).map((r) => new TextDecoder().decode(r.payload)).sort();

describe('group commit', () => {
  it('writes the submissions of one turn together: each marker once, each sealed row with its marker', async () => {
    const { deps } = await testDeps();
    const open = await insertWave(deps);
    const closing = await insertWave(deps, { status: 'closing' });
    const turn = manualTurn();
    const links = Array.from({ length: 45 }, (_, i) => submission(deps, open.id, `link-${i}`));
    const replays = links.slice(0, 5).map((s) => ({ ...s, id: newId(deps.random), payload: new TextEncoder().encode(`replay-${s.marker}`) as Uint8Array<ArrayBuffer> }));
    const codes = Array.from({ length: 3 }, (_, i) => submission(deps, open.id, `code-${i}`, { used: { table: 'codes', teamId: 'team-montage' } }));
    const late = submission(deps, closing.id, 'late');
    const all = [...links, ...replays, ...codes, late];
    const results = all.map((s) => commitSubmission({ ...deps, nextTurn: turn.nextTurn }, s));
    turn.end();
    const won = await Promise.all(results);

    expect(won.slice(0, 45).every(Boolean)).toBe(true);
    expect(won.slice(45, 50)).toEqual([false, false, false, false, false]);
    expect(won.slice(50, 53)).toEqual([true, true, true]);
    expect(won[53]).toBe(false);
    // Exactly the winners' rows: no replay, nothing for the closing wave.
    expect(await decoded(deps)).toEqual([...links, ...codes].map((s) => s.marker).sort());
    expect((await deps.db.select().from(usedLinks)).map((r) => r.marker).sort()).toEqual(links.map((s) => s.marker).sort());
    expect(await deps.db.select().from(usedCodes)).toHaveLength(3);
  });

  it('binds at most 100 values per statement, so a group of 200 fits D1, and shuffles the sealed rows', async () => {
    const { deps } = await testDeps();
    const subs = Array.from({ length: 200 }, (_, i) => submission(deps, 'w', `m-${i}`));
    const { statements, markers } = groupStatements(deps.db, deps.random, subs);
    // 200 rows of 5 values in chunks of 20, then 200 markers of 3 values in chunks of 33.
    expect(statements).toHaveLength(10 + 7);
    expect(markers).toBe(7);
    const params = statements.map((s) => (s as unknown as { toSQL(): { params: unknown[] } }).toSQL().params);
    for (const p of params) expect(p.length).toBeLessThanOrEqual(100);
    // The markers go in arrival order, the sealed rows in an order of their own.
    const sealedOrder = params.slice(0, 10).flatMap((p) => p.filter((v) => typeof v === 'string' && v.startsWith('m-')));
    const markerOrder = params.slice(10).flatMap((p) => p.filter((v) => typeof v === 'string' && v.startsWith('m-')));
    expect(markerOrder).toEqual(subs.map((s) => s.marker));
    expect(sealedOrder.slice().sort()).toEqual(markerOrder.slice().sort());
    expect(sealedOrder).not.toEqual(markerOrder);
  });

  it('tries each submission alone when its group fails as a whole, so one bad row fails only itself', async () => {
    const { deps } = await testDeps();
    const wave = await insertWave(deps);
    const turn = manualTurn();
    const good = submission(deps, wave.id, 'good');
    // The same sealed-row id twice: the group's insert fails on the primary key.
    const clash = submission(deps, wave.id, 'clash', { id: good.id });
    const other = submission(deps, wave.id, 'other');
    const results = [good, clash, other].map((s) => commitSubmission({ ...deps, nextTurn: turn.nextTurn }, s));
    turn.end();
    const settled = await Promise.allSettled(results);
    expect(settled.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await decoded(deps)).toEqual(['good', 'other']);
    expect((await deps.db.select().from(usedLinks)).map((r) => r.marker).sort()).toEqual(['good', 'other']);
  });

  it('answers fifty links at once through the service: every link once, every replay refused', async () => {
    const { deps } = await testDeps();
    const wave = await insertWave(deps);
    const invites = await Promise.all(Array.from({ length: 50 }, () => invite(deps, wave.id)));
    const opened = await Promise.all(invites.map((i) => openInvitation(deps, i.token)));
    const settled = await Promise.allSettled([
      ...invites.map((i) => submitAnswers(deps, i.token, fullAnswers())),
      // Opened before any answer was stored, sent again while the first ones are written.
      ...opened.slice(0, 10).map((o) => submitTo(deps, o, fullAnswers())),
    ]);
    const status = (r: PromiseSettledResult<void>) => (r.status === 'fulfilled' ? 201 : (r.reason as { status: number }).status);
    // Of each link sent twice, one attempt stored and the other was refused, whichever came first.
    for (let i = 0; i < 10; i++) expect([status(settled[i]), status(settled[50 + i])].sort()).toEqual([201, 409]);
    expect(settled.slice(10, 50).map(status)).toEqual(Array(40).fill(201));
    expect(await deps.db.select().from(sealedAnswers)).toHaveLength(50);
    expect(await deps.db.select().from(usedLinks)).toHaveLength(50);
  });
});

describe('gathered', () => {
  it('answers the calls of one turn with one call, in order; alone without a next turn', async () => {
    const calls: number[][] = [];
    const double = async (keys: number[]) => (calls.push(keys), keys.map((k) => k * 2));
    const turn = manualTurn();
    const load = gathered(turn.nextTurn, double);
    const answers = Promise.all([load(1), load(2), load(3)]);
    turn.end();
    expect(await answers).toEqual([2, 4, 6]);
    expect(calls).toEqual([[1, 2, 3]]);

    const alone = gathered(undefined, double);
    expect(await Promise.all([alone(4), alone(5)])).toEqual([8, 10]);
    expect(calls).toEqual([[1, 2, 3], [4], [5]]);
  });

  it('fails every call of a turn when the gathered call fails', async () => {
    const turn = manualTurn();
    const load = gathered(turn.nextTurn, async (_keys: number[]): Promise<number[]> => {
      throw new Error('database gone');
    });
    const answers = Promise.allSettled([load(1), load(2)]);
    turn.end();
    expect((await answers).map((r) => r.status === 'rejected' && (r.reason as Error).message)).toEqual(['database gone', 'database gone']);
  });
});
