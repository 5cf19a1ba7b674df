import fc from 'fast-check';
import { ROLES, type Role } from '../../src/db/schema/org';

/** A generated org for the anonymity properties: a random tree, respondents spread over it, and k. */
export interface Org {
  teams: { id: string; parentId: string | null }[];
  respondents: { id: string; teamId: string; role: Role }[];
  k: number;
}

const teamId = (i: number) => `t${String(i).padStart(2, '0')}`;
const personId = (i: number) => `r${String(i).padStart(3, '0')}`;

/** Trees of 1–40 teams (each team hangs under an earlier one), 0–300 respondents, k 3–10. */
const sizes = fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 300 }));
export const arbOrg: fc.Arbitrary<Org> = sizes.chain(([size, count]) =>
  fc
    .record({
      parents: fc.array(fc.nat(), { minLength: size - 1, maxLength: size - 1 }),
      // Exact count, so crowded and sparse trees are both common (fast-check would favour short arrays).
      people: fc.array(fc.record({ team: fc.nat({ max: size - 1 }), role: fc.constantFrom(...ROLES) }), {
        minLength: count,
        maxLength: count,
      }),
      k: fc.integer({ min: 3, max: 10 }),
    })
    .map(({ parents, people, k }) => ({
      teams: [
        { id: teamId(0), parentId: null },
        ...parents.map((p, i) => ({ id: teamId(i + 1), parentId: teamId(p % (i + 1)) })),
      ],
      respondents: people.map((p, i) => ({ id: personId(i), teamId: teamId(p.team), role: p.role })),
      k,
    })),
);

/** Ground truth from the generated data alone, independent of the code under test. */
export function orgFacts(org: Org) {
  const parent = new Map(org.teams.map((t) => [t.id, t.parentId]));
  const root = org.teams.find((t) => t.parentId === null)!.id;
  /** True when `team` is `anchor` or below it. */
  const within = (team: string, anchor: string): boolean => {
    for (let t: string | null = team; t !== null; t = parent.get(t) ?? null) if (t === anchor) return true;
    return false;
  };
  const children = (id: string) => org.teams.filter((t) => t.parentId === id).map((t) => t.id);
  const person = new Map(org.respondents.map((r) => [r.id, r]));
  /** The people a view selects: a team's subtree, optionally one role. */
  const select = (team: string, role: Role | null) =>
    new Set(
      org.respondents.filter((r) => within(r.teamId, team) && (role === null || r.role === role)).map((r) => r.id),
    );
  /** Respondents per team (own members only), the partition's input. */
  const counts = new Map<string, number>();
  for (const r of org.respondents) counts.set(r.teamId, (counts.get(r.teamId) ?? 0) + 1);
  return { parent, root, within, children, person, select, counts };
}

/** A small tree for the pure rules' tests: root with a (a1, a2) and b. */
export const SMALL_TREE = [
  { id: 'root', parentId: null },
  { id: 'a', parentId: 'root' },
  { id: 'a1', parentId: 'a' },
  { id: 'a2', parentId: 'a' },
  { id: 'b', parentId: 'root' },
];
