import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateCompany, seeded } from '../../test/support/companies';
import type { Role } from '../db/schema/org';
import type { TeamAnswers } from '../results/blocks';
import { decideWave } from '../results/decide';
import { Exposure } from '../results/exposure';
import { cellKey, emptyTally, SCALE } from '../results/tally';
import { buildTree } from '../teams/tree';
import type { StoredMeasures } from '../results/view-results';
import { computeFindings, type Finding, type FindingsInput, type ViewStats } from './findings';

const MEASURES = ['trust', 'fear', 'trust.rules', 'trust.sharing', 'adopter', 'fear.pressure'];

/** Every finding rests on published views only: its team's now, and the one it is compared with. */
function assertOnPublished(input: FindingsInput, findings: Finding[]) {
  const root = buildTree(input.teams).root;
  const mean = (v: ViewStats | undefined, m: string) => {
    expect(v?.published).toBe(true);
    const [n, sum] = v!.measures![m];
    return Math.round((sum / n) * 10) / 10;
  };
  for (const f of findings) {
    const now = input.current.get(f.teamId);
    const key = f.kind === 'gap-widening' ? null : f.measures[0];
    if (key) expect(mean(now, key)).toBe(f.value);
    if (f.since) {
      const then = input.earlier.find((w) => w.waveId === f.since)!.views.get(f.teamId);
      if (key && f.kind !== 'pressure') expect(mean(then, key)).toBe(f.compared);
      else expect(then?.published).toBe(true);
    }
    if (f.kind === 'apart') expect(input.current.get(root)?.published).toBe(true);
    if (f.kind === 'gap-widening') expect(f.teamId).toBe(root);
  }
}

/** The same input with garbage where a view is suppressed: a finding that changes would have read it. */
function withGarbage(input: FindingsInput, random: () => number): FindingsInput {
  const spoil = (views: ReadonlyMap<string, ViewStats>) =>
    new Map([...views].map(([id, v]) => [id, v.published ? v : { published: false, measures: measures(random, 1 + Math.floor(random() * 3)) }]));
  return { teams: input.teams, current: spoil(input.current), earlier: input.earlier.map((w) => ({ waveId: w.waveId, views: spoil(w.views) })) };
}

function measures(random: () => number, n: number): StoredMeasures {
  const out: StoredMeasures = {};
  for (const m of MEASURES) {
    const values = Array.from({ length: n }, () => (m === 'adopter' ? (random() < 0.5 ? 100 : 0) : Math.round(random() * 4) * 25));
    out[m] = [n, values.reduce((s, x) => s + x, 0), values.reduce((s, x) => s + x * x, 0)];
  }
  return out;
}

const arbInput = fc.integer({ min: 1, max: 2 ** 31 - 1 }).map((seed): FindingsInput => {
  const random = seeded(seed);
  const teams = [{ id: 't0', parentId: null as string | null }];
  for (let i = 1; i < 2 + Math.floor(random() * 6); i++) teams.push({ id: `t${i}`, parentId: `t${Math.floor(random() * i)}` });
  const wave = () => new Map(teams.map((t) => [t.id, random() < 0.6 ? { published: true, measures: measures(random, 5 + Math.floor(random() * 30)) } : { published: false, measures: null }]));
  return { teams, current: wave(), earlier: [1, 2].map((i) => ({ waveId: `w${i}`, views: wave() })) };
});

describe('findings use published views only', () => {
  it('holds for random waves, and suppressed numbers are never read', () => {
    fc.assert(
      fc.property(arbInput, fc.integer({ min: 1, max: 1000 }), (input, seed) => {
        const findings = computeFindings(input);
        assertOnPublished(input, findings);
        expect(computeFindings(withGarbage(input, seeded(seed)))).toEqual(findings);
      }),
      { numRuns: 300 },
    );
  });

  it('holds through the real decision on simulated companies with drifting answers', () => {
    let total = 0;
    for (const seed of [3, 11, 29]) {
      const company = simulateCompany(seed, { waves: 5 });
      const random = seeded(seed * 7);
      const exposure = new Exposure(5);
      const earlier: { waveId: string; views: ReadonlyMap<string, ViewStats> }[] = [];
      company.waves.forEach((w, i) => {
        const own = new Map<string, TeamAnswers>();
        for (const p of w.invited.filter((p) => w.answered.has(p.id))) {
          let team = own.get(p.teamId);
          if (!team) own.set(p.teamId, (team = { cells: {}, comments: [] }));
          const cell = (team.cells[cellKey(p.role, p.use)] ??= emptyTally());
          cell.n++;
          // Fear rises over the waves in a few teams, so there is something to find.
          const drift = p.teamId.endsWith('1') ? i * 10 : 0;
          for (const m of MEASURES) {
            const v = m === 'adopter' ? (p.use === 'adopters' ? 100 : 0) : Math.min(100, Math.round(random() * 4) * 25 + (m === 'fear' ? drift : 0));
            const a = (cell.measures[m] ??= { n: 0, sum: 0, sumSq: 0 });
            a.n++;
            a.sum += v * SCALE;
            a.sumSq += (v * SCALE) ** 2;
          }
        }
        const byTeam = new Map<string, string[]>();
        const byRole = new Map<Role, string[]>();
        for (const p of w.invited) {
          byTeam.set(p.teamId, [...(byTeam.get(p.teamId) ?? []), p.id]);
          byRole.set(p.role, [...(byRole.get(p.role) ?? []), p.id]);
        }
        const { views } = decideWave({ teams: company.teams, k: 5, own, invited: { byTeam, byRole }, exposure });
        const current = new Map(
          views.filter((v) => v.role === '').map((v) => [v.teamId, { published: v.published, measures: v.measures ? (JSON.parse(v.measures) as StoredMeasures) : null }]),
        );
        const input = { teams: company.teams, current, earlier: [...earlier] };
        const findings = computeFindings(input);
        assertOnPublished(input, findings);
        expect(computeFindings(withGarbage(input, seeded(i)))).toEqual(findings);
        total += findings.length;
        earlier.unshift({ waveId: `w${i}`, views: current });
      });
    }
    // Not vacuous: the drifting teams are found.
    expect(total).toBeGreaterThan(0);
  });
});
