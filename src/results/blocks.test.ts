import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SMALL_TREE } from '../../test/support/org';
import { ROLES } from '../db/schema/org';
import { questionsFor } from '../survey/questions';
import { buildWave, cellSum, type TeamAnswers } from './blocks';
import { addTally, cellKey, emptyTally, tallyAnswers } from './tally';
import { computeViews } from './view-results';

const questions = questionsFor('pulse');
const TEAMS = SMALL_TREE;

/** Each team's answers, tallied per cell the way the close tallies them (one respondent at a time). */
const arbOwn = fc
  .array(
    fc.record({
      team: fc.constantFrom(...TEAMS.map((t) => t.id)),
      role: fc.constantFrom(...ROLES),
      values: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: questions.length, maxLength: questions.length }),
    }),
    { maxLength: 60 },
  )
  .map((people) => {
    const own = new Map<string, TeamAnswers>();
    for (const p of people) {
      // A scale question takes 1–5, a choice question one of its options: the use question sets the use group.
      const answers = Object.fromEntries(
        questions.filter((q) => q.kind !== 'text').map((q, i) => [q.id, q.kind === 'choice' ? q.options![p.values[i] - 1].value : p.values[i]]),
      );
      const one = emptyTally();
      const cell = cellKey(p.role, tallyAnswers(one, questions, answers));
      const team = own.get(p.team) ?? { cells: {}, comments: [{ questionId: 'comment', text: `from ${p.team}` }] };
      team.cells[cell] = addTally(team.cells[cell] ?? emptyTally(), one);
      own.set(p.team, team);
    }
    return own;
  });

describe('buildWave', () => {
  // A block of one team shares that team's tallies instead of copying them (the close's memory on Workers): so
  // nothing downstream may change them.
  it('leaves the tallies it was given as they were, through the views and sums read from its blocks', () => {
    fc.assert(
      fc.property(arbOwn, fc.integer({ min: 1, max: 6 }), (own, k) => {
        const before = structuredClone([...own]);
        const built = buildWave({ teams: TEAMS, k, own });
        computeViews(built, TEAMS, { byTeam: new Map([...own].map(([t]) => [t, 20])), byRole: new Map() });
        for (const role of ROLES) cellSum(built.blocks, { role });
        expect([...own]).toEqual(before);
        // And what the blocks hold is what the teams hold: each block's respondents are its teams' respondents.
        for (const block of built.blocks) {
          const n = block.teams.reduce((s, t) => s + Object.values(own.get(t)!.cells).reduce((c, tally) => c + (tally?.n ?? 0), 0), 0);
          expect(block.tally.n).toBe(n);
        }
      }),
      { numRuns: 200 },
    );
  });
});
