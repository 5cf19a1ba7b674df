import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { invitations, teams, waves } from '../src/db/schema';
import { seedDemo } from '../src/demo/seed';
import { adminHeaders, testDeps } from './support/deps';

/**
 * The adversary of the results issue: reads every view the API offers for the demo company (small teams, all three
 * roles) and tries to isolate between 1 and k−1 people by subtracting published counts — a parent minus any set of
 * its published children, all roles minus any set of published roles, any view minus any published view inside it —
 * for the respondent count and for every measure's n. The truth it compares with comes from the invitations
 * (who answered), not from the code under test.
 */
const ROLES = ['basic', 'power', 'champion'] as const;
type Role = (typeof ROLES)[number] | null;
interface Published { teamId: string; role: Role; n: number; measureN: Record<string, number> }

let k = 5;
let byWave = new Map<string, Published[]>();
let truth = new Map<string, number>();
let tree = new Map<string, string | null>();
let suppressedCount = 0;

function inSubtree(teamId: string, ancestor: string): boolean {
  for (let t: string | null = teamId; t !== null; t = tree.get(t) ?? null) if (t === ancestor) return true;
  return false;
}
const contains = (a: Published, b: Published) => inSubtree(b.teamId, a.teamId) && (a.role === null || a.role === b.role) && a !== b;
const safe = (d: number) => d === 0 || d >= k;

beforeAll(async () => {
  const { deps, app, clock } = await testDeps();
  await seedDemo(deps, { history: 4, now: clock.now() });
  const teamRows = await deps.db.select().from(teams);
  tree = new Map(teamRows.map((t) => [t.id, t.parentId]));
  const closed = await deps.db.select().from(waves).where(eq(waves.status, 'closed'));
  k = closed[0].k;

  // Who answered, per wave, team and role: the ground truth an insider with the invitations table has anyway.
  const used = await deps.db
    .select({ waveId: invitations.waveId, teamId: invitations.teamId, role: invitations.role, n: sql<number>`count(*)` })
    .from(invitations)
    .where(eq(invitations.used, true))
    .groupBy(invitations.waveId, invitations.teamId, invitations.role);
  truth = new Map();
  for (const row of used) {
    for (let t: string | null = row.teamId; t !== null; t = tree.get(t) ?? null) {
      for (const role of [null, row.role]) {
        const key = `${row.waveId}/${t}/${role}`;
        truth.set(key, (truth.get(key) ?? 0) + row.n);
      }
    }
  }

  byWave = new Map(closed.map((w) => [w.id, []]));
  for (const team of teamRows) {
    for (const role of [null, ...ROLES]) {
      const res = await app.request(`/api/v1/results?team=${team.id}${role ? `&role=${role}` : ''}`, { headers: adminHeaders() });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { waves: { waveId: string; published: boolean; respondents?: number; scores?: Record<string, { n: number }> }[] };
      for (const w of body.waves) {
        if (!w.published) {
          suppressedCount++;
          expect(w.respondents).toBeUndefined();
          expect(w.scores).toBeUndefined();
          continue;
        }
        const measureN = Object.fromEntries(Object.entries(w.scores!).map(([m, s]) => [m, s.n]));
        byWave.get(w.waveId)!.push({ teamId: team.id, role, n: w.respondents!, measureN });
      }
    }
  }
});

describe('the anonymity adversary', () => {
  it('sees published and suppressed views, and every published count is the true count', () => {
    const published = [...byWave.values()].flat();
    expect(published.length).toBeGreaterThan(20);
    expect(suppressedCount).toBeGreaterThan(20);
    for (const [waveId, views] of byWave) {
      for (const v of views) {
        expect(v.n).toBe(truth.get(`${waveId}/${v.teamId}/${v.role}`));
        expect(v.n).toBeGreaterThanOrEqual(k);
      }
    }
  });

  it('cannot isolate 1..k−1 people by subtracting one published view from another', () => {
    let pairs = 0;
    for (const views of byWave.values()) {
      for (const a of views) {
        for (const b of views) {
          if (!contains(a, b)) continue;
          pairs++;
          expect(safe(a.n - b.n), `${a.teamId}/${a.role} − ${b.teamId}/${b.role}`).toBe(true);
          for (const [m, n] of Object.entries(b.measureN)) {
            // A measure the outer view does not publish (a share whose split is unsafe there) gives nothing to subtract.
            if (a.measureN[m] === undefined) continue;
            expect(safe(a.measureN[m] - n), `${m}: ${a.teamId}/${a.role} − ${b.teamId}/${b.role}`).toBe(true);
          }
        }
      }
    }
    expect(pairs).toBeGreaterThan(50);
  });

  it('cannot isolate 1..k−1 people from a parent minus any set of its published children or roles', () => {
    let sets = 0;
    for (const views of byWave.values()) {
      for (const parent of views) {
        const children = views.filter((v) => v.role === parent.role && tree.get(v.teamId) === parent.teamId);
        const roles = parent.role === null ? views.filter((v) => v.teamId === parent.teamId && v.role !== null) : [];
        for (const group of [children, roles]) {
          for (let mask = 1; mask < 1 << group.length; mask++) {
            const chosen = group.filter((_, i) => mask & (1 << i));
            sets++;
            const rest = parent.n - chosen.reduce((s, v) => s + v.n, 0);
            expect(safe(rest), `${parent.teamId}/${parent.role} minus ${chosen.length} views leaves ${rest}`).toBe(true);
          }
        }
      }
    }
    expect(sets).toBeGreaterThan(10);
  });
});
