import { teams, viewResults, waves } from '../db/schema';
import type { Deps } from '../deps';
import { insertTree } from '../auth/testing';
import { dayStart } from './days';

/**
 * Fixtures for the action tests: the small org of auth/testing.ts with one more team on each plant, so Montage has
 * comparison teams on its level, and closed waves with stored views written as close would write them.
 *
 *   root ─┬─ nord ─┬─ montage
 *         │        └─ logistik
 *         └─ sued ─── lager
 */
export async function insertActionTree(deps: Deps) {
  await insertTree(deps);
  await deps.db.insert(teams).values([
    { id: 'logistik', parentId: 'nord', name: 'Logistik', path: 'Werk Nord/Logistik' },
    { id: 'lager', parentId: 'sued', name: 'Lager', path: 'Werk Süd/Lager' },
  ]);
}

/** The stored sums of n answers with this mean and sample variance. */
export const sums = (n: number, mean: number, s2 = 100): [number, number, number] => [n, n * mean, (n - 1) * s2 + n * mean * mean];

/** A closed wave that opened on `opened` (a day) and closed five days later. */
export async function insertClosedWave(deps: Deps, id: string, opened: string, module: 'pulse' | 'quarterly' = 'pulse') {
  const openedAt = dayStart(opened) + 8 * 3_600_000;
  await deps.db.insert(waves).values({
    id,
    title: `Welle ${id}`,
    status: 'closed',
    openedAt,
    closesAt: openedAt + 5 * 86_400_000,
    closedAt: openedAt + 5 * 86_400_000,
    k: 5,
    kComments: 10,
    bankVersion: '2026.2',
    module,
    invited: 100,
  });
}

/** A view of a closed wave: published with these measures, or suppressed (then `measures` stays null, as close does). */
export async function insertView(deps: Deps, waveId: string, teamId: string, measures: Record<string, [number, number, number]> | null, role = '') {
  await deps.db.insert(viewResults).values({
    waveId,
    teamId,
    role,
    published: measures !== null,
    reason: measures === null ? 'too-few' : null,
    respondents: measures ? Math.max(...Object.values(measures).map((m) => m[0])) : null,
    invited: 30,
    measures: measures ? JSON.stringify(measures) : null,
    counts: measures ? '{}' : null,
  });
}
