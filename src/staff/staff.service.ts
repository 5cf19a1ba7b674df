import { count, eq, sql } from 'drizzle-orm';
import { auditBatch } from '../audit/audit.service';
import { SYSTEM, type Actor } from '../audit/chain';
import type { BatchItem } from 'drizzle-orm/batch';
import { chunkRows, jsonChunks } from '../db/client';
import { fromJsonRows, inJson } from '../db/json-rows';
import { settings, staff, teams } from '../db/schema';
import type { Deps } from '../deps';
import { AppError } from '../lib/errors';
import { newId } from '../lib/random';
import { loadSettings } from '../settings/settings';
import { decodeCsv, parseStaffCsv, type CsvProblem } from './csv';
import { describePlan, planRoster, type PlanLines, type StaffRecord } from './roster';
import { planTeams, ROOT_PATH } from './teams';

export interface ImportResult {
  created: number;
  updated: number;
  deactivated: number;
  /** Active staff after the import. */
  total: number;
}

export interface LastImport extends ImportResult {
  at: number;
}

export interface TeamListing {
  id: string;
  name: string;
  path: string;
  parentId: string | null;
  /** Active staff directly in this team, not in teams below it. */
  members: number;
}

const LAST_IMPORT_KEY = 'staffImport';

/** A refused file: 422 with the first problems as details, and how many there are in all. */
export class StaffFileRefused extends AppError {
  constructor(
    readonly problems: CsvProblem[],
    readonly total: number,
  ) {
    const listed = total > problems.length ? `; the first ${problems.length} are listed` : '';
    super('UNPROCESSABLE', `the file has ${total} problem${total === 1 ? '' : 's'}${listed}; nothing was imported`, problems);
  }
}

/** The preview of an import: its counts, who is active before it, and the first people of each kind. */
export interface ImportPreview extends ImportResult {
  /** Active staff before the import: the base of the "more than a fifth become inactive" warning. */
  activeBefore: number;
  lines: PlanLines;
}

/** People listed per kind in a preview; the counts say how many there are in all. */
export const PREVIEW_LINES = 50;

/** Reads a file and works out what importing it would change, without writing. Throws StaffFileRefused. */
async function planImport(deps: Deps, csv: string | Uint8Array) {
  const text = typeof csv === 'string' ? { ok: true as const, text: csv } : decodeCsv(csv);
  const parsed = text.ok ? parseStaffCsv(text.text) : text;
  if (!parsed.ok) throw new StaffFileRefused(parsed.problems, parsed.total ?? parsed.problems.length);

  const now = deps.clock.now();
  const makeId = () => newId(deps.random);
  const [existingTeams, current, settings] = await Promise.all([
    deps.db.select({ id: teams.id, path: teams.path, name: teams.name }).from(teams),
    deps.db.select().from(staff),
    loadSettings(deps),
  ]);
  const companyName = settings.company.name;
  const tree = planTeams(existingTeams, parsed.rows.map((r) => r.team), makeId, companyName);
  const roster = planRoster(current, parsed.rows, tree.idByPath, makeId, now);
  const result: ImportResult = {
    created: roster.created,
    updated: roster.updated,
    deactivated: roster.deactivate.length,
    total: parsed.rows.length,
  };
  return { now, existingTeams, current, companyName, tree, roster, result };
}

/** What importing the file would change, with the first people of each kind; nothing is written. */
export async function previewImport(deps: Deps, csv: string | Uint8Array): Promise<ImportPreview> {
  const { current, tree, roster, result } = await planImport(deps, csv);
  const pathById = new Map([...tree.idByPath].map(([path, id]) => [id, path]));
  const lines = describePlan(current, roster, (id) => pathById.get(id) ?? '', PREVIEW_LINES);
  return { ...result, activeBefore: current.filter((s) => s.active).length, lines };
}

/**
 * Replaces the staff list with the file's: people matched by email, else by employee number (roster.ts), upserted by
 * id; whoever is missing is deactivated; teams are added for new paths.
 * All or nothing: a file with any bad row throws a 422 listing every bad row and changes nothing; a good file is
 * written as one batch. Takes bytes too, so a file that is not UTF-8 is refused instead of storing mangled names.
 * `dryRun` works out the same counts and writes nothing (the API's `?dryRun=1`).
 */
export async function importStaff(
  deps: Deps,
  csv: string | Uint8Array,
  actor: Actor = SYSTEM,
  options: { dryRun?: boolean } = {},
): Promise<ImportResult> {
  const { now, existingTeams, companyName, tree, roster, result } = await planImport(deps, csv);
  if (options.dryRun) return result;

  const statements: BatchItem<'sqlite'>[] = [];
  for (const chunk of chunkRows(tree.create, 4)) statements.push(deps.db.insert(teams).values(chunk));
  const root = existingTeams.find((t) => t.path === ROOT_PATH);
  if (root && root.name !== companyName) {
    statements.push(deps.db.update(teams).set({ name: companyName }).where(eq(teams.id, root.id)));
  }
  // A number that moves to another person is released first, so the unique index never sees it twice mid-batch.
  for (const ids of jsonChunks(roster.releaseEmployeeIds)) {
    statements.push(deps.db.update(staff).set({ employeeId: null }).where(inJson(staff.id, ids)));
  }
  // Staff go in as JSON, one bound parameter per chunk: D1 binds at most 100 parameters per statement, so
  // VALUES lists would take ~9,000 statements for 100,000 people; json_each keeps the batch at ~200.
  for (const chunk of jsonChunks(roster.upserts.map(staffTuple))) {
    statements.push(
      deps.db
        .insert(staff)
        .select(fromJsonRows(11, chunk))
        // `excluded` is the row that was offered; existing people keep their createdAt.
        .onConflictDoUpdate({
          target: staff.id,
          set: {
            email: sql.raw('excluded.email'),
            employeeId: sql.raw('excluded.employee_id'),
            channel: sql.raw('excluded.channel'),
            name: sql.raw('excluded.name'),
            teamId: sql.raw('excluded.team_id'),
            role: sql.raw('excluded.role'),
            language: sql.raw('excluded.language'),
            active: sql.raw('excluded.active'),
            updatedAt: sql.raw('excluded.updated_at'),
          },
        }),
    );
  }
  for (const ids of jsonChunks(roster.deactivate)) {
    statements.push(
      deps.db
        .update(staff)
        .set({ active: false, updatedAt: now })
        .where(inJson(staff.id, ids)),
    );
  }
  const last = JSON.stringify({ at: now, ...result } satisfies LastImport);
  statements.push(
    deps.db
      .insert(settings)
      .values({ key: LAST_IMPORT_KEY, value: last })
      .onConflictDoUpdate({ target: settings.key, set: { value: last } }),
  );
  // One batch with its audit entry (counts only, never names): the import and the log agree, or neither happened.
  await auditBatch(deps, { actor, action: 'staff.imported', details: { ...result } }, statements);
  return result;
}

/** A person as the JSON array the upsert reads, in the table's column order. */
const staffTuple = (p: StaffRecord) =>
  [p.id, p.email, p.name, p.teamId, p.role, p.language, p.active ? 1 : 0, p.createdAt, p.updatedAt, p.employeeId, p.channel] as const;

/** Every team with its direct active members, root first, then by path. */
export async function listTeams(deps: Deps): Promise<TeamListing[]> {
  const [rows, counts] = await Promise.all([
    deps.db.select().from(teams).orderBy(teams.path),
    deps.db.select({ teamId: staff.teamId, members: count() }).from(staff).where(eq(staff.active, true)).groupBy(staff.teamId),
  ]);
  const members = new Map(counts.map((c) => [c.teamId, c.members]));
  return rows.map((t) => ({ id: t.id, name: t.name, path: t.path, parentId: t.parentId, members: members.get(t.id) ?? 0 }));
}

/** The summary of the last successful import, for the admin page. */
export async function lastImport(deps: Deps): Promise<LastImport | null> {
  const [row] = await deps.db.select().from(settings).where(eq(settings.key, LAST_IMPORT_KEY));
  return row ? (JSON.parse(row.value) as LastImport) : null;
}
