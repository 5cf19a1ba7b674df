import type { Channel, Language, Role } from '../db/schema/org';
import type { StaffRow } from './csv';

/**
 * What an import changes, worked out in memory before anything is written, so the write can be one batch of
 * set-based statements. Pure: the service loads the current staff and writes the plan.
 */

export interface StaffRecord {
  id: string;
  email: string | null;
  name: string;
  teamId: string;
  role: Role;
  language: Language;
  active: boolean;
  createdAt: number;
  updatedAt: number;
  employeeId: string | null;
  channel: Channel;
}

export interface RosterPlan {
  /** New people and people whose data or active flag changed; upserted by id. */
  upserts: StaffRecord[];
  /** Ids of active people missing from the import. They become inactive; nobody is deleted. */
  deactivate: string[];
  /**
   * Ids of people who must give up their employee number before the upserts run: it moves to someone else in this
   * file (numbers swapped, or reused after someone left). Unique numbers would otherwise collide half-way.
   */
  releaseEmployeeIds: string[];
  created: number;
  updated: number;
}

/**
 * People are matched by email, else by employee number (a row without email, or whose email is new: someone who got
 * an address, or changed it, keeps their history). A row's data replaces what was stored, email and number included.
 */
export function planRoster(
  current: readonly StaffRecord[],
  rows: readonly StaffRow[],
  teamIdByPath: ReadonlyMap<string, string>,
  makeId: () => string,
  now: number,
): RosterPlan {
  const byEmail = new Map(current.flatMap((s) => (s.email ? [[s.email, s] as const] : [])));
  const byEmployee = new Map(current.flatMap((s) => (s.employeeId ? [[s.employeeId, s] as const] : [])));
  const upserts: StaffRecord[] = [];
  const matched = new Set<string>();
  let created = 0;
  let updated = 0;
  const pending: { row: StaffRow; teamId: string; before?: StaffRecord }[] = [];
  // Emails first: a row whose email is known is that person, whatever number it carries.
  for (const row of rows) {
    const teamId = teamIdByPath.get(row.team);
    if (teamId === undefined) throw new Error('planRoster: team path without a planned team');
    const before = row.email ? byEmail.get(row.email) : undefined;
    if (before) matched.add(before.id);
    pending.push({ row, teamId, before });
  }
  for (const p of pending) {
    if (p.before || !p.row.employeeId) continue;
    const candidate = byEmployee.get(p.row.employeeId);
    // A person already matched by email elsewhere in the file is that row's; this row is someone new.
    if (candidate && !matched.has(candidate.id)) {
      p.before = candidate;
      matched.add(candidate.id);
    }
  }
  for (const { row, teamId, before } of pending) {
    const fields = {
      email: row.email,
      employeeId: row.employeeId,
      channel: row.channel,
      name: row.name,
      teamId,
      role: row.role,
      language: row.language,
      active: true,
    };
    if (!before) {
      created++;
      upserts.push({ id: makeId(), ...fields, createdAt: now, updatedAt: now });
    } else if ((Object.keys(fields) as (keyof typeof fields)[]).some((k) => before[k] !== fields[k])) {
      updated++;
      upserts.push({ ...before, ...fields, updatedAt: now });
    }
  }
  const holderOf = new Map(upserts.flatMap((u) => (u.employeeId ? [[u.employeeId, u.id] as const] : [])));
  const releaseEmployeeIds = current
    .filter((s) => s.employeeId && (holderOf.has(s.employeeId) ? holderOf.get(s.employeeId) !== s.id : false))
    .map((s) => s.id);
  const imported = new Set(pending.flatMap((p) => (p.before ? [p.before.id] : [])));
  const deactivate = current.filter((s) => s.active && !imported.has(s.id)).map((s) => s.id);
  return { upserts, deactivate, releaseEmployeeIds, created, updated };
}

export type ChangedField = 'name' | 'team' | 'role' | 'language' | 'active';

export interface PersonLine {
  /** Null for someone asked on paper only. */
  email: string | null;
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
