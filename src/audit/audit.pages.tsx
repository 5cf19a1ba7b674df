import { SignedInLayout } from '../layout/signed-in';
import type { Viewer } from '../lib/context';
import { formatDate, type Lang } from '../lib/i18n';
import { html } from '../lib/render';
import type { AuditView, Verification } from './audit.service';
import { actorName, auditText, describeEntry } from './audit.text';

export interface AuditPageProps {
  lang: Lang;
  viewer: Viewer;
  entries: AuditView[];
  verification: Verification;
  /** The `before` of this page (absent on the newest). */
  before?: number;
  /** Where the next older page starts, when there is one. */
  older?: number;
  /** Titles of the waves the entries are about. */
  waveTitles: ReadonlyMap<string, string>;
}

export const auditPage = (props: AuditPageProps) => html(<AuditPage {...props} />);

function AuditPage({ lang, viewer, entries, verification, before, older, waveTitles }: AuditPageProps) {
  const t = auditText[lang];
  const path = before ? `/admin/audit?before=${before}` : '/admin/audit';
  return (
    <SignedInLayout lang={lang} viewer={viewer} title={t.title} path={path}>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <div class={verification.ok ? 'notice ok' : 'notice error'} role="status" data-testid="verification">
        <p>{verification.ok ? t.ok(verification.entries) : t.broken(verification.brokenAt!)}</p>
        <p class="hash">
          {t.head}: <code>{verification.head}</code>
        </p>
      </div>
      {entries.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <table class="data audit">
          <thead>
            <tr>
              <th scope="col" class="num">
                {t.cols.id}
              </th>
              <th scope="col">{t.cols.at}</th>
              <th scope="col">{t.cols.actor}</th>
              <th scope="col">{t.cols.action}</th>
              <th scope="col">{t.cols.details}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr data-entry={e.id} data-action={e.action}>
                <td class="num" data-label={t.cols.id}>
                  {e.id}
                </td>
                <td class="when" data-label={t.cols.at}>
                  {formatDate(lang, Date.parse(e.at))}
                </td>
                <td class="who" data-label={t.cols.actor}>
                  {actorName(lang, e.actor)}
                </td>
                <td class="what" data-label={t.cols.action}>
                  {t.actions[e.action] ?? e.action}
                </td>
                <td class="details" data-label={t.cols.details}>
                  {describeEntry(lang, e, waveTitles)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="pager">
        {before !== undefined && <a href="/admin/audit">{t.newest}</a>}
        {older !== undefined && <a href={`/admin/audit?before=${older}`}>{t.older}</a>}
      </p>
    </SignedInLayout>
  );
}
