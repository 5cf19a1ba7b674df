import { stringify } from 'csv-stringify/sync';
import { and, asc, count, eq, or, sql, type SQL } from 'drizzle-orm';
import type { Channel, Language, Role } from '../db/schema/org';
import { staff, teams } from '../db/schema';
import { inJson } from '../db/json-rows';
import type { Deps } from '../deps';
import { guard } from '../export/csv';
import type { Lang } from '../lib/i18n';
import { subtreeIds } from '../teams/tree';
import { staffText } from './staff.text';

/** A person on the staff list, as `GET /api/v1/staff` shows them; `team` is the team's path ('' is the company). */
export interface StaffListing {
  id: string;
  /** Null for someone asked on paper only (src/letters). */
  email: string | null;
  employeeId: string | null;
  channel: Channel;
  name: string;
  team: string;
  role: Role;
  language: Language;
  active: boolean;
}

export interface StaffQuery {
  /** Words that must all appear in the name or the email, in any order and case: "jürgen müller" finds "Müller, Jürgen". */
  q?: string;
  /** A team's id or path; its whole subtree counts. */
  team?: string;
  role?: Role;
  active?: boolean;
}

/** `%`, `_` and the escape character itself match literally in a search. */
const escapeLike = (word: string) => word.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Where a query's people are: every filter given, combined. */
async function filters(deps: Deps, query: StaffQuery): Promise<SQL | undefined | null> {
  const parts: (SQL | undefined)[] = [];
  for (const word of (query.q ?? '').toLowerCase().split(/[\s,;]+/).filter(Boolean)) {
    const pattern = `%${escapeLike(word)}%`;
    parts.push(or(sql`lower(${staff.name}) like ${pattern} escape '\\'`, sql`${staff.email} like ${pattern} escape '\\'`));
  }
  if (query.team !== undefined && query.team !== '') {
    const all = await deps.db.select({ id: teams.id, parentId: teams.parentId, path: teams.path }).from(teams);
    const team = all.find((t) => t.id === query.team || t.path === query.team);
    if (!team) return null;
    if (team.parentId !== null) parts.push(inJson(staff.teamId, subtreeIds(all, team.id)));
  }
  if (query.role) parts.push(eq(staff.role, query.role));
  if (query.active !== undefined) parts.push(eq(staff.active, query.active));
  return parts.length ? and(...parts) : undefined;
}

/**
 * The staff list, filtered, by name, a page at a time (`limit`, `offset`), with how many match in all. Names are
 * folded to lower case by SQLite (ASCII letters only), the search words too: an umlaut matches itself in either case
 * as long as the name is written as it is searched ("Müller" and "müller" both find "Müller").
 */
export async function listStaff(deps: Deps, query: StaffQuery, page: { limit: number; offset: number }): Promise<{ total: number; people: StaffListing[] }> {
  const where = await filters(deps, query);
  if (where === null) return { total: 0, people: [] };
  const [{ total }] = await deps.db.select({ total: count() }).from(staff).innerJoin(teams, eq(teams.id, staff.teamId)).where(where);
  const rows = await deps.db
    .select({
      id: staff.id,
      email: staff.email,
      employeeId: staff.employeeId,
      channel: staff.channel,
      name: staff.name,
      team: teams.path,
      role: staff.role,
      language: staff.language,
      active: staff.active,
    })
    .from(staff)
    .innerJoin(teams, eq(teams.id, staff.teamId))
    .where(where)
    .orderBy(asc(sql`lower(${staff.name})`), asc(staff.email))
    .limit(page.limit)
    .offset(page.offset);
  return { total, people: rows };
}

/**
 * The list as a CSV file that the import reads back: `de` is what German Excel opens as it is (UTF-8 with BOM, `;`,
 * CRLF, German headers and roles), `en` plain CSV. Cells that Excel would run as a formula are guarded.
 */
export function staffCsv(people: readonly StaffListing[], lang: Lang): string {
  const t = staffText[lang].csv;
  const rows = people.map((p) => [
    guard(p.email ?? ''),
    guard(p.name),
    guard(p.team),
    t.roles[p.role],
    p.language,
    guard(p.employeeId ?? ''),
    t.channels[p.channel],
    p.active ? t.yes : t.no,
  ]);
  const text = stringify([t.headers, ...rows], { delimiter: lang === 'de' ? ';' : ',', record_delimiter: lang === 'de' ? '\r\n' : '\n' });
  return lang === 'de' ? `\uFEFF${text}` : text;
}
