import { ROLES, type Role } from '../../src/db/schema/org';
import type { UseGroup } from '../../src/results/tally';
import type { TeamRef } from '../../src/teams/tree';

/**
 * Simulated companies for the anonymity measurements (bench utility table, adversary tests): a random org tree,
 * people with roles, a stable way of using AI and a stable propensity to answer, and a history of waves in which
 * people leave, join, move and change role, and answer with a participation correlated from wave to wave.
 */
export interface SimOptions {
  /** Levels of the tree, the company root included (3–5). */
  depth?: number;
  teams?: number;
  /** Own members per team: 1 to this many, most teams small. */
  maxTeamSize?: number;
  waves?: number;
  /** Each person's chance to answer lies in this range (before the wave-to-wave correlation). */
  participation?: [number, number];
  /** Per wave and person. */
  churn?: { leave: number; join: number; move: number; role: number };
}

export interface SimPerson {
  id: string;
  teamId: string;
  role: Role;
  use: UseGroup;
  propensity: number;
}

export interface SimWave {
  /** Everyone invited (active), with their team and role at this wave. */
  invited: SimPerson[];
  /** The ids of those who answered. */
  answered: Set<string>;
}

export interface SimCompany {
  teams: (TeamRef & { path: string })[];
  waves: SimWave[];
}

/** A small deterministic generator (mulberry32): the same seed, the same company. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function simulateCompany(seed: number, options: SimOptions = {}): SimCompany {
  const random = seeded(seed);
  const pick = <T,>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const depth = options.depth ?? 3 + Math.floor(random() * 3);
  const teamCount = options.teams ?? 12 + Math.floor(random() * 30);
  const maxSize = options.maxTeamSize ?? 30;
  const [low, high] = options.participation ?? [0.5, 0.9];
  const churn = options.churn ?? { leave: 0.015, join: 0.015, move: 0.015, role: 0.01 };

  // The tree: one chain reaches the full depth, every other team hangs under a random team above the last level.
  const teams: SimCompany['teams'] = [{ id: 't00', parentId: null, path: '' }];
  const level = new Map([['t00', 1]]);
  const addTeam = (parent: string) => {
    const id = `t${String(teams.length).padStart(2, '0')}`;
    const parentPath = teams.find((t) => t.id === parent)!.path;
    teams.push({ id, parentId: parent, path: parentPath ? `${parentPath}/${id}` : id });
    level.set(id, level.get(parent)! + 1);
    return id;
  };
  let chain = 't00';
  for (let l = 2; l <= depth; l++) chain = addTeam(chain);
  while (teams.length < teamCount) addTeam(pick(teams.filter((t) => level.get(t.id)! < depth)).id);

  // People: most teams small, a few large; nobody directly at the root (an import puts everyone in a team).
  let next = 0;
  const newPerson = (teamId: string): SimPerson => {
    const r = random();
    const role: Role = r < 0.1 ? 'champion' : r < 0.35 ? 'power' : 'basic';
    const u = random();
    const adopt = { champion: 0.8, power: 0.6, basic: 0.25 }[role];
    const use: UseGroup = u < adopt ? 'adopters' : u < adopt + (1 - adopt) * 0.6 ? 'nonusers' : 'occasional';
    return { id: `p${String(next++).padStart(4, '0')}`, teamId, role, use, propensity: low + (high - low) * random() };
  };
  const people: SimPerson[] = [];
  for (const team of teams) {
    const size = team.parentId === null ? 0 : 1 + Math.floor((maxSize - 1) * random() ** 2);
    for (let i = 0; i < size; i++) people.push(newPerson(team.id));
  }

  const waves: SimWave[] = [];
  let answeredLast = new Set<string>();
  const staffed = teams.filter((t) => t.parentId !== null);
  for (let w = 0; w < (options.waves ?? 26); w++) {
    if (w > 0) {
      for (let i = people.length - 1; i >= 0; i--) {
        const p = people[i];
        if (random() < churn.leave) people.splice(i, 1);
        else if (random() < churn.move) p.teamId = pick(staffed).id;
        else if (random() < churn.role) p.role = pick(ROLES.filter((r) => r !== p.role));
      }
      const joiners = Math.round(people.length * churn.join * (0.5 + random()));
      for (let i = 0; i < joiners; i++) people.push(newPerson(pick(staffed).id));
    }
    // Answering correlates from wave to wave: who answered last time is likelier to answer again.
    const answered = new Set<string>();
    for (const p of people) {
      const chance = answeredLast.has(p.id) ? Math.min(0.98, p.propensity + 0.15) : Math.max(0.2, p.propensity - 0.25);
      if (random() < chance) answered.add(p.id);
    }
    waves.push({ invited: people.map((p) => ({ ...p })), answered });
    answeredLast = answered;
  }
  return { teams, waves };
}
