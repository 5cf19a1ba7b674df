import { SignedInLayout } from '../layout/signed-in';
import type { Viewer } from '../lib/context';
import { formatNumber, isStaffLang, type Lang } from '../lib/i18n';
import { sayProblem } from '../lib/problems';
import { html } from '../lib/render';
import type { CsvProblem } from './csv';
import { sayCsvProblem } from './problems.text';
import type { ChangedLine, PersonLine } from './roster';
import type { ImportPreview } from './staff.service';
import { staffText } from './staff.text';

export interface ImportPageProps {
  lang: Lang;
  viewer: Viewer;
  /** The upload just made was refused: the first problems (at most 500) and how many there are. */
  refused?: { problems: CsvProblem[]; total: number };
  /** Pasted text of a refused upload, kept in the field. */
  pasted?: string;
  /** A file had been chosen: it cannot be kept, so the page asks for it again. */
  hadFile?: boolean;
}

export const importPage = (props: ImportPageProps) => html(<ImportPage {...props} />);

/** The upload form; a refused file comes back here with every problem in the reader's language. */
function ImportPage({ lang, viewer, refused, pasted, hadFile }: ImportPageProps) {
  const t = staffText[lang];
  return (
    <SignedInLayout lang={lang} viewer={viewer} title={t.importTitle} path="/admin/staff/import">
      <h1>{t.importTitle}</h1>
      {refused && <Problems lang={lang} {...refused} />}
      <section class="card">
        <p>{t.intro}</p>
        <p class="hint">{t.columns}</p>
        <p class="hint">{t.allOrNothing}</p>
        <form method="post" action="/admin/staff/import" enctype="multipart/form-data" class="stack">
          <input type="hidden" name="_csrf" value={viewer.csrf} />
          <label for="file">{t.fileLabel}</label>
          <input id="file" name="file" type="file" accept=".csv,text/csv" aria-describedby={hadFile ? 'file-again' : undefined} />
          {hadFile && (
            <p class="field-error" id="file-again">
              {t.fileAgain}
            </p>
          )}
          <label for="csv">{t.textLabel}</label>
          <textarea id="csv" name="csv" rows={6} aria-describedby="csv-hint">
            {pasted ?? ''}
          </textarea>
          <p id="csv-hint" class="hint">
            {t.textHint}
          </p>
          <button type="submit">{t.submit}</button>
        </form>
      </section>
    </SignedInLayout>
  );
}

function Problems({ lang, problems, total }: { lang: Lang; problems: CsvProblem[]; total: number }) {
  const t = staffText[lang];
  return (
    <div class="notice error" role="alert">
      <p>{t.rejected(total)}</p>
      <table class="data responsive">
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
              <td class="num" data-label={t.cols.line}>
                {p.line}
              </td>
              <td data-label={t.cols.column}>{p.column ?? '–'}</td>
              <td data-label={t.cols.message}>{sayCsvProblem(lang, p)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > problems.length && <p>{t.more(total - problems.length)}</p>}
    </div>
  );
}

export interface PreviewPageProps {
  lang: Lang;
  viewer: Viewer;
  uploadId: string;
  preview: ImportPreview;
  /** Why the confirmation was refused and the preview shown again (`staff_changed`, `deactivation_unconfirmed`). */
  problem?: 'staff_changed' | 'deactivation_unconfirmed';
}

export const previewPage = (props: PreviewPageProps) => html(<PreviewPage {...props} />);

/** More than this share of the active staff becoming inactive is shown in red and must be confirmed on its own. */
export const DEACTIVATION_WARNING_SHARE = 0.2;

export const deactivatesMany = (p: ImportPreview) => p.deactivated > 0 && p.deactivated > p.activeBefore * DEACTIVATION_WARNING_SHARE;

/** What the import would do, with its confirmation: counts, a red warning above a fifth, and the first people of each kind. */
function PreviewPage({ lang, viewer, uploadId, preview, problem }: PreviewPageProps) {
  const t = staffText[lang];
  const p = t.preview;
  const n = (x: number) => formatNumber(lang, x);
  const many = deactivatesMany(preview);
  const share = `${formatNumber(lang, (preview.deactivated / Math.max(1, preview.activeBefore)) * 100)} %`;
  const unchanged = preview.created + preview.updated + preview.deactivated === 0;
  return (
    <SignedInLayout lang={lang} viewer={viewer} title={p.title} path="/admin/staff/import">
      <h1>{p.title}</h1>
      <p>{p.intro}</p>
      {problem && (
        <p class="notice error" role="alert">
          {sayProblem(lang, { code: problem })}
        </p>
      )}
      <p class={many ? 'notice error' : 'notice'} role="status" data-testid="preview-summary">
        {unchanged ? p.nothing : p.summary(n(preview.created), n(preview.updated), n(preview.deactivated), n(preview.total))}
      </p>
      {many && (
        <p class="notice error" data-testid="preview-warning">
          <strong>{p.tooMany(n(preview.deactivated), n(preview.activeBefore), share)}</strong>
        </p>
      )}
      <form method="post" action={`/admin/staff/import/${uploadId}`} class="stack">
        <input type="hidden" name="_csrf" value={viewer.csrf} />
        <input type="hidden" name="created" value={String(preview.created)} />
        <input type="hidden" name="updated" value={String(preview.updated)} />
        <input type="hidden" name="deactivated" value={String(preview.deactivated)} />
        {many && (
          <label class="check">
            <input type="checkbox" name="confirmDeactivation" value="yes" required /> {p.confirmMany(n(preview.deactivated))}
          </label>
        )}
        <p class="actions">
          <button type="submit" class={many ? 'danger' : undefined}>
            {p.apply}
          </button>
          <a href="/admin/staff/import">{p.cancel}</a>
        </p>
      </form>
      <Lines lang={lang} title={p.sections.created} lines={preview.lines.created} count={preview.created} />
      <Lines lang={lang} title={p.sections.updated} lines={preview.lines.updated} count={preview.updated} />
      <Lines lang={lang} title={p.sections.deactivated} lines={preview.lines.deactivated} count={preview.deactivated} danger={many} />
    </SignedInLayout>
  );
}

function Lines({ lang, title, lines, count, danger }: { lang: Lang; title: string; lines: (PersonLine | ChangedLine)[]; count: number; danger?: boolean }) {
  const t = staffText[lang];
  if (count === 0) return null;
  const changed = lines.some((l) => 'changes' in l);
  return (
    <section class={danger ? 'preview-section danger' : 'preview-section'}>
      <h2>
        {title} ({formatNumber(lang, count)})
      </h2>
      <table class="data responsive">
        <thead>
          <tr>
            <th scope="col">{t.list.cols.name}</th>
            <th scope="col">{t.list.cols.email}</th>
            <th scope="col">{t.list.cols.team}</th>
            <th scope="col">{changed ? t.preview.changes : t.list.cols.role}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr>
              <td data-label={t.list.cols.name}>{l.name}</td>
              <td data-label={t.list.cols.email}>{l.email ?? '–'}</td>
              <td data-label={t.list.cols.team}>{l.team || t.list.company}</td>
              <td data-label={changed ? t.preview.changes : t.list.cols.role}>{'changes' in l ? <Changes lang={lang} line={l} /> : t.roles[l.role]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {count > lines.length && <p class="hint">{t.preview.moreLines(count - lines.length)}</p>}
    </section>
  );
}

function Changes({ lang, line }: { lang: Lang; line: ChangedLine }) {
  const t = staffText[lang];
  const say = (field: string, value: string) => (field === 'role' ? (t.roles[value as keyof typeof t.roles] ?? value) : field === 'language' ? (isStaffLang(value) ? t.languages[value] : value) : value || t.list.company);
  return (
    <ul class="changes">
      {line.changes.map((c) => (
        <li>{c.field === 'active' ? t.preview.reactivated : `${t.preview.fields[c.field]}: ${say(c.field, c.from)} → ${say(c.field, c.to)}`}</li>
      ))}
    </ul>
  );
}
