import type { AdminOverview } from '../insights/home';
import { AdminOverviewSection } from '../insights/home.pages';
import type { Viewer } from '../lib/context';
import { fieldAttrs, FieldError } from '../lib/field';
import { formatDate, type Lang } from '../lib/i18n';
import type { describeWave } from '../waves/waves.service';
import { SignedInLayout } from '../layout/signed-in';
import { adminText } from './admin.text';

export type WaveView = Awaited<ReturnType<typeof describeWave>>;

/** What the open form shows: what was typed (kept when it is refused) and the message beside each field. */
export interface OpenFormState {
  values: { closesAt: string; title: string; module: string; allowParallel: boolean };
  errors: { closesAt?: string; form?: string };
}

export interface AdminHomeProps {
  lang: Lang;
  viewer: Viewer;
  waves: WaveView[];
  /** The form's idempotency key: the same form sent twice (a double click, a reload) opens one wave. */
  openKey: string;
  /** The wave taking answers now, if any: a new one beside it must be asked for explicitly. */
  running?: WaveView;
  form?: OpenFormState;
  /** What the last action did (a wave discarded). */
  notice?: string;
  /** The running wave's rate, the next wave and what the latest closed wave shows (src/insights/home.ts). */
  overview?: AdminOverview;
}

/** The overview: every wave, and the form that starts one. */
export function AdminHome({ lang, viewer, waves, openKey, running, form, notice, overview }: AdminHomeProps) {
  const t = adminText[lang];
  const values = form?.values ?? { closesAt: '', title: '', module: 'auto', allowParallel: false };
  const errors = form?.errors ?? {};
  return (
    <SignedInLayout lang={lang} viewer={viewer} title={t.title} path="/admin">
      <h1>{t.title}</h1>
      {notice && (
        <p class="notice ok" role="status">
          {notice}
        </p>
      )}
      {overview && <AdminOverviewSection lang={lang} viewer={viewer} overview={overview} />}
      <h2>{t.waves}</h2>
      {waves.length === 0 ? <p>{t.noWaves}</p> : <WaveTable lang={lang} waves={waves} />}
      <section class="card" id="open">
        <h2>{t.openTitle}</h2>
        <p>{t.openIntro}</p>
        {errors.form && (
          <p class="notice error" role="alert">
            {errors.form}
          </p>
        )}
        {running && !errors.form && <p class="notice">{t.running(running.title, formatDate(lang, Date.parse(running.closesAt)))}</p>}
        <form method="post" action="/admin/waves" class="stack">
          <input type="hidden" name="_csrf" value={viewer.csrf} />
          <input type="hidden" name="idempotencyKey" value={openKey} />
          <label for="closesAt">{t.closesAt}</label>
          <input id="closesAt" name="closesAt" type="datetime-local" required value={values.closesAt} {...fieldAttrs('closesAt', errors.closesAt)} />
          <FieldError field="closesAt" message={errors.closesAt} />
          <label for="title">{t.waveTitle}</label>
          <input id="title" name="title" maxLength={120} value={values.title} />
          <fieldset>
            <legend>{t.module}</legend>
            {(['auto', 'pulse', 'quarterly'] as const).map((m) => (
              <label>
                <input type="radio" name="module" value={m} checked={values.module === m} /> {t.modules[m]}
              </label>
            ))}
          </fieldset>
          {running && (
            <>
              <label class="check">
                <input type="checkbox" name="allowParallel" value="yes" checked={values.allowParallel} aria-describedby="allowParallel-hint" /> {t.allowParallel}
              </label>
              <p class="hint" id="allowParallel-hint">
                {t.allowParallelHint}
              </p>
            </>
          )}
          <button type="submit">{t.open}</button>
        </form>
      </section>
    </SignedInLayout>
  );
}

function WaveTable({ lang, waves }: { lang: Lang; waves: WaveView[] }) {
  const t = adminText[lang];
  return (
    <table class="data responsive" data-testid="waves">
      <thead>
        <tr>
          <th scope="col">{t.cols.title}</th>
          <th scope="col">{t.cols.status}</th>
          <th scope="col" class="num">
            {t.cols.invited}
          </th>
          <th scope="col" class="num">
            {t.cols.responded}
          </th>
          <th scope="col">{t.cols.closes}</th>
        </tr>
      </thead>
      <tbody>
        {waves.map((w) => (
          <tr>
            <td data-label={t.cols.title}>
              <a href={`/admin/waves/${w.id}`}>{w.title}</a>
            </td>
            <td data-label={t.cols.status}>{t.status[w.status]}</td>
            <td class="num" data-label={t.cols.invited}>
              {w.invited}
            </td>
            <td class="num" data-label={t.cols.responded}>
              {w.responded ?? t.respondedHidden(w.k)}
            </td>
            <td data-label={t.cols.closes}>{formatDate(lang, Date.parse(w.closedAt ?? w.closesAt))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
