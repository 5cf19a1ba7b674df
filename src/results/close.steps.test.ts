import fc from 'fast-check';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testDeps } from '../../test/support/deps';
import { blocks, comments, invitations, staff, teams, viewResults, waves } from '../db/schema';
import type { Deps } from '../deps';
import { linkToken } from '../lib/keys';
import { importStaff } from '../staff/staff.service';
import { questionsFor } from '../survey/questions';
import { submitAnswers } from '../survey/survey.service';
import { openWave } from '../waves/waves.service';
import { closeStep, closeWave } from './close.service';

/** A random small company and its answers: people in teams of a two-level tree, each answering or not. */
const arbWave = fc.record({
  people: fc.array(
    fc.record({
      team: fc.constantFrom('A', 'A/X', 'A/Y', 'B', 'B/Z', 'C'),
      role: fc.constantFrom('basic', 'power', 'champion'),
      answers: fc.option(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 17, maxLength: 17 }), { freq: 4 }),
      comment: fc.option(fc.constantFrom('Mehr Zeit', 'Klare Regeln', 'Gute Schulung'), { freq: 3 }),
    }),
    { minLength: 4, maxLength: 30 },
  ),
  pageSize: fc.integer({ min: 1, max: 7 }),
});

type Wave = typeof arbWave extends fc.Arbitrary<infer T> ? T : never;

async function answered(input: Wave) {
  const setup = await testDeps();
  const { deps } = setup;
  await importStaff(deps, ['email,name,team,role', ...input.people.map((p, i) => `p${i}@x.de,P ${i},${p.team},${p.role}`)].join('\n'));
  const wave = await openWave(deps, { closesAt: deps.clock.now() + 86_400_000, module: 'pulse' });
  const rows = await deps.db.select({ id: invitations.id, email: staff.email }).from(invitations).innerJoin(staff, eq(staff.id, invitations.staffId));
  const questions = questionsFor('pulse');
  for (const [i, p] of input.people.entries()) {
    if (!p.answers) continue;
    const answers: Record<string, number | string> = {};
    questions.forEach((q, j) => {
      if (q.kind === 'scale') answers[q.id] = p.answers![j];
      else if (q.kind === 'choice') answers[q.id] = q.options![p.answers![j] - 1].value;
      else if (p.comment) answers[q.id] = p.comment;
    });
    await submitAnswers(deps, linkToken(deps.keys, 'survey', rows.find((r) => r.email === `p${i}@x.de`)!.id), answers);
  }
  return { ...setup, wave };
}

/** Everything a close leaves, with ids replaced by team paths (ids are random in each database). */
async function outcome(deps: Deps, waveId: string) {
  const path = new Map((await deps.db.select().from(teams)).map((t) => [t.id, t.path]));
  const views = (await deps.db.select().from(viewResults).where(eq(viewResults.waveId, waveId)))
    .map((v) => ({ ...v, waveId: '', teamId: path.get(v.teamId) }))
    .sort((a, b) => `${a.teamId}|${a.role}`.localeCompare(`${b.teamId}|${b.role}`));
  const blockRows = await deps.db.select().from(blocks).where(eq(blocks.waveId, waveId));
  const anchor = new Map(blockRows.map((b) => [b.id, path.get(b.teamId)]));
  const commentRows = await deps.db.select().from(comments).where(eq(comments.waveId, waveId));
  const [wave] = await deps.db.select().from(waves).where(eq(waves.id, waveId));
  return {
    views,
    blocks: blockRows.map((b) => `${path.get(b.teamId)}:${b.respondents}`).sort(),
    comments: commentRows.map((c) => `${anchor.get(c.blockId)}:${c.text}`).sort(),
    leftOut: wave.leftOut,
    status: wave.status,
  };
}

describe('a close in steps', () => {
  it('leaves exactly what a close in one step leaves, whatever the page size', async () => {
    await fc.assert(
      fc.asyncProperty(arbWave, async (input) => {
        const once = await answered(input);
        await closeWave(once.deps, once.wave.id, { pageSize: 1_000_000 });
        const paged = await answered(input);
        await paged.deps.db.update(waves).set({ status: 'closing' }).where(eq(waves.id, paged.wave.id));
        let steps = 0;
        while ((await closeStep(paged.deps, paged.wave.id, input.pageSize)) === 'more') steps++;
        const answeredCount = input.people.filter((p) => p.answers).length;
        expect(steps).toBeGreaterThanOrEqual(Math.ceil(answeredCount / input.pageSize));
        expect(await outcome(paged.deps, paged.wave.id)).toEqual(await outcome(once.deps, once.wave.id));
        once.handle.close();
        paged.handle.close();
      }),
      { numRuns: 15 },
    );
  });

  it('stops taking steps once its invocation made 500 D1 queries, and the next invocation goes on', async () => {
    const input: Wave = {
      people: Array.from({ length: 12 }, (_, i) => ({ team: i % 2 ? 'A' : 'B', role: 'basic' as const, answers: Array(17).fill(3), comment: null })),
      pageSize: 2,
    };
    const t = await answered(input);
    // A Worker whose invocation has already made 480 queries; each step adds about a dozen.
    let queries = 480;
    const counted = { ...t.deps, queriesMade: () => (queries += 12) };
    const first = await closeWave(counted, t.wave.id, { deadline: performance.now() + 60_000, pageSize: 2 });
    expect(first.status).toBe('closing');
    expect(first.closedNow).toBe(false);
    // The next invocation starts from zero and finishes.
    queries = 0;
    const next = await closeWave({ ...t.deps, queriesMade: () => queries }, t.wave.id, { deadline: performance.now() + 60_000, pageSize: 2 });
    expect(next.status).toBe('closed');
    expect((await outcome(t.deps, t.wave.id)).blocks).toEqual(['A:6', 'B:6']);
  });
});
