import type { Language, Role } from '../db/schema/org';
import type { StaffRow } from './csv';

/**
 * What an import changes, worked out in memory before anything is written, so the write can be one batch of
 * set-based statements. Pure: the service loads the current staff and writes the plan.
 */

export interface StaffRecord {
  id: string;
  email: string;
  name: string;
  teamId: string;
  role: Role;
  language: Language;
  active: boolean;
  createdAt: number;
  updatedAt: number;
}

export interface RosterPlan {
  /** New people and people whose name, team, role, language or active flag changed; upserted by email. */
  upserts: StaffRecord[];
  /** Ids of active people missing from the import. They become inactive; nobody is deleted. */
  deactivate: string[];
  created: number;
  updated: number;
}

export function planRoster(
  current: readonly StaffRecord[],
  rows: readonly StaffRow[],
  teamIdByPath: ReadonlyMap<string, string>,
  makeId: () => string,
  now: number,
): RosterPlan {
  const byEmail = new Map(current.map((s) => [s.email, s]));
  const upserts: StaffRecord[] = [];
  const imported = new Set<string>();
  let created = 0;
  let updated = 0;
  for (const row of rows) {
    imported.add(row.email);
    const teamId = teamIdByPath.get(row.team);
    if (teamId === undefined) throw new Error('planRoster: team path without a planned team');
    const before = byEmail.get(row.email);
    const fields = { name: row.name, teamId, role: row.role, language: row.language, active: true };
    if (!before) {
      created++;
      upserts.push({ id: makeId(), email: row.email, ...fields, createdAt: now, updatedAt: now });
    } else if (
      before.name !== fields.name ||
      before.teamId !== teamId ||
      before.role !== fields.role ||
      before.language !== fields.language ||
      !before.active
    ) {
      updated++;
      upserts.push({ ...before, ...fields, updatedAt: now });
    }
  }
  const deactivate = current.filter((s) => s.active && !imported.has(s.email)).map((s) => s.id);
  return { upserts, deactivate, created, updated };
}
