import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { blocks, comments, invitations, sealedAnswers, staff, teams, usedLinks, viewResults, waveExposure, waves } from '../src/db/schema';
import { seedDemo } from '../src/demo/seed';
import type { Deps } from '../src/deps';
import { sha256 } from '../src/lib/crypto';
import { linkToken } from '../src/lib/keys';
import { closeWave } from '../src/results/close.service';
import { importStaff } from '../src/staff/staff.service';
import { questionsFor } from '../src/survey/questions';
import { unseal } from '../src/survey/seal';
import { submitAnswers } from '../src/survey/survey.service';
import { openWave } from '../src/waves/waves.service';
import { simulateCompany, type SimCompany, type SimPerson } from './support/companies';
import { adminHeaders, testDeps } from './support/deps';
import { smallestIsolable } from './support/span-oracle';

/**
 * The adversaries of the anonymity issues, against the real pipeline (import, open, sealed answers, close) and the
 * real API. They hold what their role holds and try to learn something about fewer than k people:
 * - a reader of one wave, subtracting published counts (pairs, a parent minus any of its children);
 * - a reader of many waves who knows who is in a group whenever its published n equals its invited count, who assumes
 *   everyone answers as before, and combines any published sums linearly (people left, joined, moved, skipped);
 * - someone with a copy of the database (no seal key) during a wave and after it.
 * The truth they are judged by comes from the simulation and the sealed answers, not from the code under test.
 */
const K = 5;
type Outcome = { waveId: string; published: boolean; respondents?: number; invited?: number; reason?: string; scores?: Record<string, { value: number; n: number }> };

async function results(app: Awaited<ReturnType<typeof testDeps>>['app'], teamId: string): Promise<Outcome[]> {
  const res = await app.request(`/api/v1/results?team=${teamId}`, { headers: adminHeaders() });
  expect(res.status).toBe(200);
  return ((await res.json()) as { waves: Outcome[] }).waves;
}

describe('a reader of one wave (the demo company through the API)', () => {
  let tree = new Map<string, string | null>();
  /** Per wave: the respondents of each team's own members, read from the sealed answers before the close. */
  const truth = new Map<string, Map<string, number>>();
  const published: { waveId: string; teamId: string; n: number; measureN: Record<string, number> }[] = [];

  beforeAll(async () => {
    const { deps, app, clock } = await testDeps();
    await seedDemo(deps, {
      history: 5,
      now: clock.now(),
      beforeClose: async (waveId) => {
        const own = new Map<string, number>();
        for (const row of await deps.db.select().from(sealedAnswers).where(eq(sealedAnswers.waveId, waveId))) {
          const { teamId } = await unseal(deps.keys, new Uint8Array(row.payload));
          own.set(teamId, (own.get(teamId) ?? 0) + 1);
        }
        truth.set(waveId, own);
      },
    });
    const teamRows = await deps.db.select().from(teams);
    tree = new Map(teamRows.map((t) => [t.id, t.parentId]));
    for (const team of teamRows) {
      for (const w of await results(app, team.id)) {
        if (!w.published) {
          expect(w.respondents).toBeUndefined();
          expect(w.scores).toBeUndefined();
          continue;
        }
        published.push({ waveId: w.waveId, teamId: team.id, n: w.respondents!, measureN: Object.fromEntries(Object.entries(w.scores!).map(([m, s]) => [m, s.n])) });
      }
    }
  });

  const within = (team: string, ancestor: string) => {
    for (let t: string | null = team; t !== null; t = tree.get(t) ?? null) if (t === ancestor) return true;
    return false;
  };
  const safe = (d: number) => d === 0 || d >= K;

  it('sees at least k answers in every published count, and never more than really answered there', () => {
    expect(published.length).toBeGreaterThan(60);
    for (const v of published) {
      const answered = [...truth.get(v.waveId)!].filter(([t]) => within(t, v.teamId)).reduce((s, [, n]) => s + n, 0);
      expect(v.n).toBeGreaterThanOrEqual(K);
      expect(v.n).toBeLessThanOrEqual(answered);
    }
  });

  it('cannot subtract one published view from another, nor a parent minus any set of its children, below k', () => {
    let pairs = 0;
    for (const a of published) {
      const inner = published.filter((b) => b.waveId === a.waveId && b !== a && within(b.teamId, a.teamId));
      for (const b of inner) {
        pairs++;
        expect(safe(a.n - b.n)).toBe(true);
        for (const [m, n] of Object.entries(b.measureN)) if (a.measureN[m] !== undefined) expect(safe(a.measureN[m] - n), m).toBe(true);
      }
      const children = inner.filter((b) => tree.get(b.teamId) === a.teamId);
      for (let mask = 1; mask < 1 << children.length; mask++) {
        expect(safe(a.n - children.reduce((s, c, i) => s + (mask & (1 << i) ? c.n : 0), 0))).toBe(true);
      }
    }
    expect(pairs).toBeGreaterThan(50);
  });
});

/** Everyone's answers are fixed for the whole history: the adversary's best case. */
function planted(person: string): Record<string, number | string> {
  let h = 0;
  for (const c of person) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  const out: Record<string, number | string> = {};
  for (const q of questionsFor('pulse')) {
    h = (h * 1103515245 + 12345) >>> 0;
    if (q.kind === 'scale') out[q.id] = 1 + (h % 5);
    else if (q.kind === 'choice') out[q.id] = q.options![h % q.options!.length].value;
  }
  return out;
}

/** Runs a simulated company through the product: each wave imports the roster, opens, collects answers, closes. */
async function runCompany(deps: Deps, clock: { set(t: number): void; now(): number }, company: SimCompany) {
  const path = new Map(company.teams.map((t) => [t.id, t.path]));
  const start = clock.now();
  const waveIds: string[] = [];
  for (const [i, wave] of company.waves.entries()) {
    clock.set(start + i * 14 * 86_400_000);
    const csv = ['email,name,team,role', ...wave.invited.map((p) => `${p.id}@sim.example,${p.id},${path.get(p.teamId)},${p.role}`)];
    await importStaff(deps, csv.join('\n'));
    const opened = await openWave(deps, { closesAt: clock.now() + 5 * 86_400_000, module: 'pulse' });
    const rows = await deps.db
      .select({ id: invitations.id, email: staff.email })
      .from(invitations)
      .innerJoin(staff, eq(staff.id, invitations.staffId))
      .where(eq(invitations.waveId, opened.id));
    const invitationOf = new Map(rows.map((r) => [r.email!.split('@')[0], r.id]));
    for (const p of wave.invited) {
      if (wave.answered.has(p.id)) await submitAnswers(deps, linkToken(deps.keys, 'survey', invitationOf.get(p.id)!), planted(p.id));
    }
    waveIds.push(opened.id);
    clock.set(clock.now() + 5 * 86_400_000);
    await closeWave(deps, opened.id);
  }
  return waveIds;
}

describe('a reader of many waves, and someone with a copy of the database', () => {
  // High participation and much churn: many groups a reader can know, and many people who leave, join and move.
  const company = simulateCompany(17, { depth: 3, teams: 8, maxTeamSize: 9, waves: 8, participation: [0.95, 0.99], churn: { leave: 0.06, join: 0.06, move: 0.06, role: 0.03 } });
  let env: Awaited<ReturnType<typeof testDeps>>;
  let waveIds: string[] = [];
  /** Groups whose members a reader knows, each with its wave and its published sum of trust.safety. */
  const known: { waveId: string; teamId: string; members: string[] }[] = [];
  let heldBack = 0;
  const simTeam = new Map<string, string>();

  beforeAll(async () => {
    env = await testDeps();
    waveIds = await runCompany(env.deps, env.clock, company);
    const teamRows = await env.deps.db.select().from(teams);
    for (const t of teamRows) simTeam.set(t.id, company.teams.find((s) => s.path === t.path)?.id ?? '');
    const inv = await env.deps.db.select({ waveId: invitations.waveId, teamId: invitations.teamId, email: staff.email }).from(invitations).innerJoin(staff, eq(staff.id, invitations.staffId));
    const parent = new Map(teamRows.map((t) => [t.id, t.parentId]));
    const within = (team: string, ancestor: string) => {
      for (let t: string | null = team; t !== null; t = parent.get(t) ?? null) if (t === ancestor) return true;
      return false;
    };
    for (const team of teamRows) {
      for (const w of await results(env.app, team.id)) {
        if (w.reason === 'history') heldBack++;
        if (!w.published || w.respondents !== w.invited) continue;
        // Everyone invited is counted: the reader knows exactly who is in this sum.
        known.push({ waveId: w.waveId, teamId: team.id, members: inv.filter((r) => r.waveId === w.waveId && within(r.teamId, team.id)).map((r) => r.email!.split('@')[0]) });
      }
    }
    // The database copy adds the blocks: one as large as its anchor team's invited members is all of them.
    for (const b of await env.deps.db.select().from(blocks)) {
      const own = inv.filter((r) => r.waveId === b.waveId && r.teamId === b.teamId);
      if (own.length === b.respondents) known.push({ waveId: b.waveId, teamId: b.teamId, members: own.map((r) => r.email!.split('@')[0]) });
    }
  });

  it('faces real opportunities: groups everyone answered in, and people leaving, joining and moving between them', () => {
    expect(known.length).toBeGreaterThan(10);
    const ids = company.waves.map((w) => new Set(w.invited.map((p) => p.id)));
    const left = [...ids[0]].filter((id) => !ids.at(-1)!.has(id));
    expect(left.length).toBeGreaterThan(2);
    // The rule had to hold views back in this history: without that, the attacks below would have succeeded.
    expect(heldBack).toBeGreaterThan(0);
  });

  it('finds no two known groups, in any waves, that differ by 1..k−1 people', () => {
    for (const a of known) {
      for (const b of known) {
        const aSet = new Set(a.members);
        const bSet = new Set(b.members);
        const diff = a.members.filter((m) => !bSet.has(m)).length + b.members.filter((m) => !aSet.has(m)).length;
        expect(diff === 0 || diff >= K, `${a.waveId}/${a.teamId} vs ${b.waveId}/${b.teamId}`).toBe(true);
      }
    }
  });

  it('isolates nobody by any linear combination of all known groups across the waves', () => {
    expect(smallestIsolable(known.map((k) => k.members), K - 1)).toBeNull();
  });

  it('would have isolated someone had the held-back groups been published (the check is what stops it)', () => {
    // Every team that everyone answered in, as the simulation knows it: what a rule without history would publish.
    const naive: string[][] = [];
    for (const wave of company.waves) {
      const byTeam = new Map<string, SimPerson[]>();
      for (const p of wave.invited) byTeam.set(p.teamId, [...(byTeam.get(p.teamId) ?? []), p]);
      for (const members of byTeam.values()) {
        if (members.length >= K && members.every((p) => wave.answered.has(p.id))) naive.push(members.map((p) => p.id));
      }
    }
    expect(smallestIsolable(naive, K - 1)).not.toBeNull();
  });

  it('leaves a database copy no answer sheet, no used flag it can read, and no history in the clear', async () => {
    const { deps } = env;
    expect(await deps.db.select().from(sealedAnswers)).toEqual([]);
    expect(await deps.db.select().from(usedLinks)).toEqual([]);
    expect((await deps.db.select({ used: invitations.legacyUsed }).from(invitations)).every((r) => r.used === false)).toBe(true);
    // Nothing that knows *what* has a row per respondent: blocks and views are far fewer than the answers.
    const answered = company.waves.reduce((s, w) => s + w.answered.size, 0);
    expect((await deps.db.select().from(blocks)).length).toBeLessThan(answered / K + 1);
    expect((await deps.db.select().from(viewResults)).length).toBeLessThan(answered);
    expect(await deps.db.select().from(comments)).toEqual([]);
    // The history of known groups is sealed: no staff id in its bytes.
    const stored = Buffer.concat((await deps.db.select().from(waveExposure)).map((r) => Buffer.from(r.payload))).toString('latin1');
    expect(stored.length).toBeGreaterThan(0);
    for (const s of await deps.db.select().from(staff)) expect(stored).not.toContain(s.id);
    expect(waveIds).toHaveLength(company.waves.length);
  });

  it("cannot tie a used marker of a running wave to an invitation without the seal key", async () => {
    const { deps, clock } = env;
    const wave = await openWave(deps, { closesAt: clock.now() + 86_400_000, module: 'pulse' });
    const rows = await deps.db.select().from(invitations).where(eq(invitations.waveId, wave.id));
    for (const row of rows.slice(0, 6)) await submitAnswers(deps, linkToken(deps.keys, 'survey', row.id), planted(row.staffId));
    const markers = new Set((await deps.db.select().from(usedLinks)).map((m) => m.marker));
    expect(markers.size).toBe(6);
    // Whatever a copy holds about an invitation, hashed as a guess, matches no marker.
    for (const row of rows) {
      for (const guess of [row.id, row.tokenHash, row.staffId, sha256(row.id), sha256(row.tokenHash), sha256(`used:${row.id}`), sha256(`used:${row.tokenHash}`)]) {
        expect(markers.has(guess)).toBe(false);
      }
    }
    // And the running count is shown only from k answers on.
    const res = await env.app.request(`/api/v1/waves/${wave.id}`, { headers: adminHeaders() });
    expect(((await res.json()) as { responded: number | null }).responded).toBe(6);
    const [status] = await deps.db.select({ status: waves.status }).from(waves).where(eq(waves.id, wave.id));
    expect(status.status).toBe('open');
  });
});
