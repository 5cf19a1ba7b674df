import { AdminLayout } from '../admin/admin.pages';
import type { Viewer } from '../lib/context';
import { formatDate, formatNumber, type Lang } from '../lib/i18n';
import { html } from '../lib/render';
import type { CsvProblem } from './csv';
import type { LastImport, TeamListing } from './staff.service';
import { staffText } from './staff.text';
import { teamTree, type TeamNode } from './teams';

export interface StaffPageProps {
  lang: Lang;
  viewer: Viewer;
  teams: TeamListing[];
  last: LastImport | null;
  /** Set when the upload just made was refused: the first problems (at most 500) and how many there are. */
  refused?: { problems: CsvProblem[]; total: number };
}

export const staffPage = (props: StaffPageProps) => html(<StaffPage {...props} />);

function StaffPage({ lang, viewer, teams, last, refused }: StaffPageProps) {
  const t = staffText[lang];
  return (
    <AdminLayout lang={lang} viewer={viewer} title={t.title} path="/admin/staff">
      <h1>{t.title}</h1>
      {refused ? <Problems lang={lang} {...refused} /> : <LastResult lang={lang} last={last} />}
      <section class="card">
        <p>{t.intro}</p>
        <p class="hint">{t.columns}</p>
        <p class="hint">{t.allOrNothing}</p>
        <form method="post" action="/admin/staff" enctype="multipart/form-data" class="stack">
          <input type="hidden" name="_csrf" value={viewer.csrf} />
          <label for="file">{t.fileLabel}</label>
          <input id="file" name="file" type="file" accept=".csv,text/csv" />
          <label for="csv">{t.textLabel}</label>
          <textarea id="csv" name="csv" rows={6} aria-describedby="csv-hint" />
          <p id="csv-hint" class="hint">
            {t.textHint}
          </p>
          <button type="submit">{t.submit}</button>
        </form>
      </section>
      <section>
        <h2>{t.treeTitle}</h2>
        {teams.length === 0 ? (
          <p>{t.treeEmpty}</p>
        ) : (
          <ul class="tree">
            {teamTree(teams).map((node) => (
              <Team lang={lang} node={node} />
            ))}
          </ul>
        )}
      </section>
    </AdminLayout>
  );
}

function LastResult({ lang, last }: { lang: Lang; last: LastImport | null }) {
  const t = staffText[lang];
  if (!last) return <p>{t.never}</p>;
  const n = (v: number) => formatNumber(lang, v);
  return (
    <p class="notice ok" role="status">
      {t.last(formatDate(lang, last.at))}: {n(last.created)} {t.counts.created}, {n(last.updated)} {t.counts.updated},{' '}
      {n(last.deactivated)} {t.counts.deactivated}, {n(last.total)} {t.counts.total}.
    </p>
  );
}

function Problems({ lang, problems, total }: { lang: Lang; problems: CsvProblem[]; total: number }) {
  const t = staffText[lang];
  return (
    <div class="notice error" role="alert">
      <p>{t.rejected(total)}</p>
      <table class="data">
        <thead>
          <tr>
            <th scope="col" class="num">
              {t.cols.line}
            </th>
            <th scope="col">{t.cols.column}</th>
            <th scope="col">{t.cols.message}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p) => (
            <tr>
              <td class="num">{p.line}</td>
              <td>{p.column ?? '–'}</td>
              <td>{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > problems.length && <p>{t.more(total - problems.length)}</p>}
    </div>
  );
}

function Team({ lang, node }: { lang: Lang; node: TeamNode<TeamListing> }) {
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
