import { eq } from 'drizzle-orm';
import { sealedAnswers, teams as teamsTable, viewResults } from '../src/db/schema';
import type { Role } from '../src/db/schema/org';
import { seedDemo } from '../src/demo/seed';
import type { TeamAnswers } from '../src/results/blocks';
import { decideWave } from '../src/results/decide';
import { Exposure } from '../src/results/exposure';
import { cellKey, emptyTally, SCALE, tallyAnswers, type UseGroup } from '../src/results/tally';
import { buildTree, subtree, type TeamRef } from '../src/teams/tree';
import { questionsFor } from '../src/survey/questions';
import { unseal } from '../src/survey/seal';
import { simulateCompany, type SimCompany } from '../test/support/companies';
import { testDeps } from '../test/support/deps';
import { beforeRule } from './before-rule';

/**
 * The utility table (DESIGN, "utility"): of the (team subtree, wave) views with at least k respondents, how many are
 * published — by the rule of release 0.1 ("before") and by today's rule with its history check ("after") — on the
 * demo company and on 20 simulated companies (trees 3–5 deep, teams of 1–30, all roles, 26 waves, participation
 * 50–90 % correlated from wave to wave, people leaving, joining, moving and changing role). Also: in how many waves
 * with ≥ k answers the company's numbers are published, and how many published views show the adoption share.
 */
interface Respondent {
  id: string;
  teamId: string;
  role: Role;
  use: UseGroup;
}
interface WaveFacts {
  teams: readonly TeamRef[];
  invited: { id: string; teamId: string; role: Role }[];
  respondents: Respondent[];
}
interface Tally {
  eligible: number;
  before: number;
  after: number;
  waves: number;
  companyBefore: number;
  companyAfter: number;
  adoptionBefore: number;
  adoptionAfter: number;
  publishedBefore: number;
  publishedAfter: number;
  heldBack: number;
}

const K = 5;

function measure(waves: readonly WaveFacts[], after: (w: WaveFacts, i: number) => Map<string, { published: boolean; adoption: boolean }>): Tally {
  const t: Tally = { eligible: 0, before: 0, after: 0, waves: 0, companyBefore: 0, companyAfter: 0, adoptionBefore: 0, adoptionAfter: 0, publishedBefore: 0, publishedAfter: 0, heldBack: 0 };
  waves.forEach((w, i) => {
    const tree = buildTree(w.teams);
    const old = beforeRule(w.respondents, w.teams, K);
    const now = after(w, i);
    for (const team of w.teams) {
      const inside = subtree(tree, team.id);
      const n = w.respondents.filter((r) => inside.has(r.teamId)).length;
      const b = old.get(team.id)!;
      const a = now.get(team.id)!;
      if (b.published) {
        t.publishedBefore++;
        if (b.adoption) t.adoptionBefore++;
      }
      if (a.published) {
        t.publishedAfter++;
        if (a.adoption) t.adoptionAfter++;
      }
      if (n < K) continue;
      t.eligible++;
      if (b.published) t.before++;
      if (a.published) t.after++;
      if (team.id === tree.root) {
        t.waves++;
        if (b.published && b.adoption) t.companyBefore++;
        if (a.published && a.adoption) t.companyAfter++;
      }
    }
  });
  return t;
}

/** Today's rule on a simulated company, with its history across the waves: exactly what the close decides. */
function afterRule(k: number) {
  const exposure = new Exposure(k);
  return (w: WaveFacts) => {
    const own = new Map<string, TeamAnswers>();
    for (const r of w.respondents) {
      let team = own.get(r.teamId);
      if (!team) own.set(r.teamId, (team = { cells: {}, comments: [] }));
      // Only counts matter for what is published; the use group comes from the simulation, and gives the share.
      const cell = (team.cells[cellKey(r.role, r.use)] ??= emptyTally());
      cell.n++;
      const adopter = (cell.measures.adopter ??= { n: 0, sum: 0, sumSq: 0 });
      adopter.n++;
      adopter.sum += r.use === 'adopters' ? 100 * SCALE : 0;
      adopter.sumSq += r.use === 'adopters' ? (100 * SCALE) ** 2 : 0;
    }
    const byTeam = new Map<string, string[]>();
    const byRole = new Map<Role, string[]>();
    for (const p of w.invited) {
      byTeam.set(p.teamId, [...(byTeam.get(p.teamId) ?? []), p.id]);
      byRole.set(p.role, [...(byRole.get(p.role) ?? []), p.id]);
    }
    const { views } = decideWave({ teams: w.teams, k, own, invited: { byTeam, byRole }, exposure });
    return new Map(views.filter((v) => v.role === '').map((v) => [v.teamId, { published: v.published, adoption: v.published && !!v.measures && 'adopter' in JSON.parse(v.measures) }]));
  };
}

function simulated(company: SimCompany): WaveFacts[] {
  return company.waves.map((w) => ({
    teams: company.teams,
    invited: w.invited,
    respondents: w.invited.filter((p) => w.answered.has(p.id)),
  }));
}

/** The demo company as `npm run demo` seeds it (7 closed waves): its sealed answers read just before each close. */
async function demo(): Promise<{ facts: WaveFacts[]; published: Map<string, { published: boolean; adoption: boolean }>[] }> {
  const { deps, clock } = await testDeps();
  const facts: WaveFacts[] = [];
  const waveIds: string[] = [];
  await seedDemo(deps, {
    history: 7,
    now: clock.now(),
    beforeClose: async (waveId) => {
      const teams = await deps.db.select({ id: teamsTable.id, parentId: teamsTable.parentId }).from(teamsTable);
      const rows = await deps.db.select().from(sealedAnswers).where(eq(sealedAnswers.waveId, waveId));
      const respondents: Respondent[] = [];
      for (const [i, row] of rows.entries()) {
        const p = await unseal(deps.keys, new Uint8Array(row.payload));
        const tally = emptyTally();
        respondents.push({ id: String(i), teamId: p.teamId, role: p.role, use: tallyAnswers(tally, questionsFor('quarterly'), p.answers) });
      }
      facts.push({ teams, invited: [], respondents });
      waveIds.push(waveId);
    },
  });
  const stored = await deps.db.select().from(viewResults).where(eq(viewResults.role, ''));
  const published = waveIds.map(
    (id) => new Map(stored.filter((v) => v.waveId === id).map((v) => [v.teamId, { published: v.published, adoption: v.published && !!v.measures && 'adopter' in JSON.parse(v.measures) }])),
  );
  return { facts, published };
}

const pct = (a: number, b: number) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)} %`);

export async function benchUtility(print: (line: string) => void, companies = 20) {
  print(`Utility (k = ${K}): share of (team subtree, wave) views with ≥ k respondents that are published`);
  print('  company          teams  people  eligible   before    after   company waves (before/after)   adoption shown where published (before/after)');
  const row = (name: string, teams: number, people: number, t: Tally) =>
    print(
      `  ${name.padEnd(16)} ${String(teams).padStart(5)} ${String(people).padStart(7)} ${String(t.eligible).padStart(9)} ${pct(t.before, t.eligible).padStart(8)} ${pct(t.after, t.eligible).padStart(8)}` +
        `   ${`${t.companyBefore}/${t.waves} → ${t.companyAfter}/${t.waves}`.padEnd(29)}  ${pct(t.adoptionBefore, t.publishedBefore)} → ${pct(t.adoptionAfter, t.publishedAfter)}`,
    );

  const d = await demo();
  const demoTally = measure(d.facts, (_, i) => d.published[i]);
  row('demo', d.facts[0].teams.length, 122, demoTally);

  const total: Tally = { eligible: 0, before: 0, after: 0, waves: 0, companyBefore: 0, companyAfter: 0, adoptionBefore: 0, adoptionAfter: 0, publishedBefore: 0, publishedAfter: 0, heldBack: 0 };
  let worst = 1;
  for (let seed = 1; seed <= companies; seed++) {
    const company = simulateCompany(seed);
    const t = measure(simulated(company), afterRule(K));
    row(`simulated #${seed}`, company.teams.length, company.waves[0].invited.length, t);
    worst = Math.min(worst, t.after / t.eligible);
    for (const key of Object.keys(total) as (keyof Tally)[]) total[key] += t[key];
  }
  row(`all ${companies}`, 0, 0, total);
  const met = total.after / total.eligible >= 0.85 && total.companyAfter === total.waves;
  print(`  goal: ≥ 85 % of team views, the company's numbers in every wave with ≥ k answers, adoption wherever published: ${met ? 'met' : 'NOT met'} ` +
    `(after: ${pct(total.after, total.eligible)}, worst company ${pct(worst, 1)}, company waves ${total.companyAfter}/${total.waves}, adoption ${pct(total.adoptionAfter, total.publishedAfter)})`);
}
