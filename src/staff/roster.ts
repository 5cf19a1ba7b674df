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

export type ChangedField = 'name' | 'team' | 'role' | 'language' | 'active';

export interface PersonLine {
  email: string;
  name: string;
  /** Team path ('' is the company itself). */
  team: string;
  role: Role;
}

export interface ChangedLine extends PersonLine {
  changes: { field: ChangedField; from: string; to: string }[];
}

/** What a plan does, person by person, for the preview: the first `limit` of each kind (the counts say how many). */
export interface PlanLines {
  created: PersonLine[];
  updated: ChangedLine[];
  deactivated: PersonLine[];
}

/** The preview's lines of a plan; `pathOf` names a team id by its path. Pure. */
export function describePlan(current: readonly StaffRecord[], plan: RosterPlan, pathOf: (teamId: string) => string, limit: number): PlanLines {
  const byId = new Map(current.map((s) => [s.id, s]));
  const line = (p: StaffRecord): PersonLine => ({ email: p.email, name: p.name, team: pathOf(p.teamId), role: p.role });
  const created: PersonLine[] = [];
  const updated: ChangedLine[] = [];
  for (const next of plan.upserts) {
    const before = byId.get(next.id);
    if (!before) {
      if (created.length < limit) created.push(line(next));
      continue;
    }
    if (updated.length >= limit) continue;
    const changes: ChangedLine['changes'] = [];
    if (!before.active) changes.push({ field: 'active', from: 'false', to: 'true' });
    if (before.name !== next.name) changes.push({ field: 'name', from: before.name, to: next.name });
    if (before.teamId !== next.teamId) changes.push({ field: 'team', from: pathOf(before.teamId), to: pathOf(next.teamId) });
    if (before.role !== next.role) changes.push({ field: 'role', from: before.role, to: next.role });
    if (before.language !== next.language) changes.push({ field: 'language', from: before.language, to: next.language });
    updated.push({ ...line(next), changes });
  }
  const deactivated = plan.deactivate.slice(0, limit).map((id) => line(byId.get(id)!));
  return { created, updated, deactivated };
}
