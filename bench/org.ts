import type { Role } from '../src/db/schema';
import { seededRandom, uniform, type Random } from '../src/lib/random';

/**
 * A large company for the benchmarks: a root, 10 divisions, 10 departments each and 19 teams under each department
 * (2,011 teams), 100,000 people spread over the leaf teams, 70% basic users, 22% power users, 8% champions.
 */
export interface BenchOrg {
  teams: { id: string; parentId: string | null; name: string; path: string }[];
  people: { id: string; email: string; teamId: string; role: Role }[];
  /** The deepest team with the most people: the "deep team" view. */
  deepTeamId: string;
}

export function benchOrg(size = 100_000, random: Random = seededRandom(7)): BenchOrg {
  const teams: BenchOrg['teams'] = [{ id: 't-root', parentId: null, name: 'Company', path: '' }];
  const leaves: string[] = [];
  for (let d = 0; d < 10; d++) {
    const div = { id: `t-${d}`, parentId: 't-root', name: `Division ${d}`, path: `Division ${d}` };
    teams.push(div);
    for (let p = 0; p < 10; p++) {
      const dep = { id: `t-${d}-${p}`, parentId: div.id, name: `Dept ${p}`, path: `${div.path}/Dept ${p}` };
      teams.push(dep);
      for (let t = 0; t < 19; t++) {
        const team = { id: `t-${d}-${p}-${t}`, parentId: dep.id, name: `Team ${t}`, path: `${dep.path}/Team ${t}` };
        teams.push(team);
        leaves.push(team.id);
      }
    }
  }
  const people: BenchOrg['people'] = [];
  for (let i = 0; i < size; i++) {
    const u = uniform(random);
    const role: Role = u < 0.7 ? 'basic' : u < 0.92 ? 'power' : 'champion';
    // Uneven team sizes (10–100): some teams are small, as in real companies.
    const leaf = leaves[Math.floor(Math.pow(uniform(random), 1.3) * leaves.length)];
    people.push({ id: `p-${i}`, email: `person${i}@bench.example`, teamId: leaf, role });
  }
  return { teams, people, deepTeamId: 't-3-4-0' };
}

/** Plausible pulse answers for one person (values only; the bench does not care about realism beyond spread). */
export function benchAnswers(random: Random): Record<string, number | string> {
  const likert = () => 1 + Math.floor(uniform(random) * 5);
  const uses = ['never', 'tried', 'monthly', 'weekly', 'daily'];
  return {
    'trust.safety': likert(), 'trust.rules': likert(), 'trust.transparency': likert(), 'trust.sharing': likert(), 'trust.support': likert(),
    'fear.job': likert(), 'fear.behind': likert(), 'fear.gaps': likert(), 'fear.pressure': likert(), 'fear.mistakes': likert(),
    'gap.potential': likert(), 'gap.use': uses[Math.floor(uniform(random) * 5)], 'gap.knowledge': likert(), 'gap.motivation': likert(),
    'gap.time': likert(), 'gap.help': likert(),
  };
}
