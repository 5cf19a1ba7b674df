import { SignedInLayout } from '../layout/signed-in';
import { ROLES } from '../db/schema/org';
import type { Viewer } from '../lib/context';
import { formatDate, formatNumber, isStaffLang, type Lang } from '../lib/i18n';
import { html } from '../lib/render';
import type { StaffListing, StaffQuery } from './list';
import type { LastImport, TeamListing } from './staff.service';
import { staffText } from './staff.text';
import { nestTeams, type NestedTeam } from '../teams/tree';

export interface StaffPageProps {
  lang: Lang;
  viewer: Viewer;
  teams: TeamListing[];
  last: LastImport | null;
  /** The import was just applied (post/redirect/get): say so with its counts. */
  imported?: boolean;
  query: StaffQuery;
  /** The current page of people, how many match in all, and where this page starts. */
  people: StaffListing[];
  total: number;
  offset: number;
  pageSize: number;
}

export const staffPage = (props: StaffPageProps) => html(<StaffPage {...props} />);

/** The query string of a search, without what is empty; `lang` is left to the cookie. */
export function searchParams(query: StaffQuery, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.team) params.set('team', query.team);
  if (query.role) params.set('role', query.role);
  params.set('active', query.active === undefined ? 'all' : query.active ? 'yes' : 'no');
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return params.toString();
}

/** Who is on the staff list: search, filters, a page of people, the CSV download and the way to the import. */
function StaffPage({ lang, viewer, teams, last, imported, query, people, total, offset, pageSize }: StaffPageProps) {
  const t = staffText[lang];
  const l = t.list;
  const options = flatten(nestTeams(teams));
  const active = query.active === undefined ? 'all' : query.active ? 'yes' : 'no';
  return (
    <SignedInLayout lang={lang} viewer={viewer} title={t.title} path={`/admin/staff?${searchParams(query)}`}>
      <h1>{t.title}</h1>
      <LastResult lang={lang} last={last} imported={imported} />
      <p>
        <a class="button" href="/admin/staff/import">
          {l.importLink}
        </a>
      </p>
      <form method="get" action="/admin/staff" class="filters" role="search">
        <div class="field wide">
          <label for="q">{l.search}</label>
          <input id="q" name="q" type="search" value={query.q ?? ''} maxLength={200} aria-describedby="q-hint" />
          <p class="hint" id="q-hint">
            {l.searchHint}
          </p>
        </div>
        <div class="field">
          <label for="team">{l.team}</label>
          <select id="team" name="team">
            <option value="">{l.allTeams}</option>
            {options.map((o) => (
              <option value={o.id} selected={query.team === o.id}>
                {'\u2003'.repeat(o.depth) + o.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="role">{l.role}</label>
          <select id="role" name="role">
            <option value="">{l.allRoles}</option>
            {ROLES.map((r) => (
              <option value={r} selected={query.role === r}>
                {t.roles[r]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="active">{l.status}</label>
          <select id="active" name="active">
            <option value="yes" selected={active === 'yes'}>
              {l.statuses.active}
            </option>
            <option value="no" selected={active === 'no'}>
              {l.statuses.inactive}
            </option>
            <option value="all" selected={active === 'all'}>
              {l.statuses.all}
            </option>
          </select>
        </div>
        <p class="actions">
          <button type="submit">{l.apply}</button>
          <a href="/admin/staff">{l.reset}</a>
        </p>
      </form>
      <p role="status" data-testid="found">
        {total === 0 ? l.none : l.found(total)}{' '}
        {total > 0 && (
          <>
            <a href={`/api/v1/staff?${searchParams(query, { format: 'csv', lang })}`} download>
              {l.download}
            </a>{' '}
            <span class="hint">{l.downloadHint}</span>
          </>
        )}
      </p>
      {people.length > 0 && <PeopleTable lang={lang} people={people} />}
      {total > pageSize && (
        <nav class="pager" aria-label={l.page(offset + 1, offset + people.length, total)}>
          {offset > 0 && <a href={`/admin/staff?${searchParams(query, { page: String(offset / pageSize) })}`}>{l.previous}</a>}
          <span>{l.page(offset + 1, offset + people.length, total)}</span>
          {offset + pageSize < total && <a href={`/admin/staff?${searchParams(query, { page: String(offset / pageSize + 2) })}`}>{l.next}</a>}
        </nav>
      )}
      <details class="card">
        <summary>{t.treeTitle}</summary>
        {teams.length === 0 ? (
          <p>{t.treeEmpty}</p>
        ) : (
          <ul class="tree">
            {nestTeams(teams).map((node) => (
              <Team lang={lang} node={node} />
            ))}
          </ul>
        )}
      </details>
    </SignedInLayout>
  );
}

function PeopleTable({ lang, people }: { lang: Lang; people: StaffListing[] }) {
  const t = staffText[lang];
  const c = t.list.cols;
  return (
    <table class="data responsive" data-testid="staff">
      <thead>
        <tr>
          <th scope="col">{c.name}</th>
          <th scope="col">{c.email}</th>
          <th scope="col">{c.team}</th>
          <th scope="col">{c.role}</th>
          <th scope="col">{c.language}</th>
          <th scope="col">{c.status}</th>
        </tr>
      </thead>
      <tbody>
        {people.map((p) => (
          <tr class={p.active ? undefined : 'inactive'}>
            <td data-label={c.name}>{p.name}</td>
            <td data-label={c.email}>{p.email ?? (p.channel === 'print' ? t.list.onPaper : '–')}</td>
            <td data-label={c.team}>{p.team || t.list.company}</td>
            <td data-label={c.role}>{t.roles[p.role]}</td>
            <td data-label={c.language}>{isStaffLang(p.language) ? t.languages[p.language] : p.language}</td>
            <td data-label={c.status}>{p.active ? t.list.active : t.list.inactive}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function LastResult({ lang, last, imported }: { lang: Lang; last: LastImport | null; imported?: boolean }) {
  const t = staffText[lang];
  if (!last) return <p>{t.never}</p>;
  const n = (v: number) => formatNumber(lang, v);
  return (
    <p class={imported ? 'notice ok' : 'notice'} role="status">
      {imported ? `${t.imported} ` : ''}
      {t.last(formatDate(lang, last.at))}: {n(last.created)} {t.counts.created}, {n(last.updated)} {t.counts.updated},{' '}
      {n(last.deactivated)} {t.counts.deactivated}, {n(last.total)} {t.counts.total}.
    </p>
  );
}

function Team({ lang, node }: { lang: Lang; node: NestedTeam<TeamListing> }) {
  return (
    <li>
      {node.team.name} <span class="hint">({staffText[lang].members(node.team.members)})</span>
      {node.children.length > 0 && (
        <ul>
          {node.children.map((child) => (
            <Team lang={lang} node={child} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The tree in reading order, each team with its depth, for an indented list of options. */
export function flatten<T extends { id: string; name: string }>(nodes: NestedTeam<T>[], depth = 0): { id: string; name: string; depth: number }[] {
  return nodes.flatMap((n) => [{ id: n.team.id, name: n.team.name, depth }, ...flatten(n.children, depth + 1)]);
}
