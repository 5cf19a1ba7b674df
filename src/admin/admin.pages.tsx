import type { ComponentChildren } from 'preact';
import type { AdminOverview } from '../insights/home';
import { AdminOverviewSection } from '../insights/home.pages';
import type { Viewer } from '../lib/context';
import { formatDate, type Lang } from '../lib/i18n';
import { Layout } from '../lib/render';
import type { describeWave } from '../waves/waves.service';
import { adminText } from './admin.text';
import { adminNav } from './nav';
import { PaperSection } from '../letters/paper.pages';
import type { PaperSummary } from '../letters/letters.service';

type WaveView = Awaited<ReturnType<typeof describeWave>>;

/** The frame of every signed-in page: navigation, language switch (keeping the path's query), sign-out. */
export function AdminLayout(props: { lang: Lang; viewer: Viewer; title: string; path: string; children: ComponentChildren }) {
  const other = props.lang === 'de' ? 'en' : 'de';
  const switchHref = `${props.path}${props.path.includes('?') ? '&' : '?'}lang=${other}`;
  return (
    <Layout lang={props.lang} title={props.title} nav={adminNav(props.lang, props.viewer)} switchHref={switchHref}>
      {props.children}
      <form method="post" action="/logout" class="signout">
        <input type="hidden" name="_csrf" value={props.viewer.csrf} />
        <button type="submit" class="link">
          {adminText[props.lang].nav.signOut}
        </button>
      </form>
    </Layout>
  );
}

/**
 * `openKey` goes into the open form as its idempotency key: sending the same form twice (a double click, a reload
 * after a crash) opens one wave. `busy` says the last attempt was refused because another wave is being opened.
 */
export function AdminHome({
  lang,
  viewer,
  waves,
  openKey,
  busy,
  overview,
}: {
  lang: Lang;
  viewer: Viewer;
  waves: WaveView[];
  openKey: string;
  busy?: boolean;
  overview?: AdminOverview;
}) {
  const t = adminText[lang];
  return (
    <AdminLayout lang={lang} viewer={viewer} title={t.title} path="/admin">
      <h1>{t.title}</h1>
      {overview && <AdminOverviewSection lang={lang} viewer={viewer} overview={overview} />}
      <h2>{t.waves}</h2>
      {waves.length === 0 ? (
        <p>{t.noWaves}</p>
      ) : (
        <table class="data">
          <thead>
            <tr>
              <th scope="col">{t.cols.title}</th>
              <th scope="col">{t.cols.status}</th>
              <th scope="col" class="num">{t.cols.invited}</th>
              <th scope="col" class="num">{t.cols.responded}</th>
              <th scope="col">{t.cols.closes}</th>
            </tr>
          </thead>
          <tbody>
            {waves.map((w) => (
              <tr>
                <td>
                  <a href={`/admin/waves/${w.id}`}>{w.title}</a>
                </td>
                <td>{t.status[w.status]}</td>
                <td class="num">{w.invited}</td>
                <td class="num">{w.responded ?? t.respondedHidden(w.k)}</td>
                <td>{formatDate(lang, Date.parse(w.closedAt ?? w.closesAt))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section class="card">
        <h2>{t.openTitle}</h2>
        <p>{t.openIntro}</p>
        {busy && (
          <p class="notice error" role="alert">
            {t.openingBusy}
          </p>
        )}
        <form method="post" action="/admin/waves" class="stack">
          <input type="hidden" name="_csrf" value={viewer.csrf} />
          <input type="hidden" name="idempotencyKey" value={openKey} />
          <label for="closesAt">{t.closesAt}</label>
          <input id="closesAt" name="closesAt" type="datetime-local" required />
          <label for="title">{t.waveTitle}</label>
          <input id="title" name="title" maxLength={120} />
          <fieldset>
            <legend>{t.module}</legend>
            <label>
              <input type="radio" name="module" value="auto" checked /> {t.modules.auto}
            </label>
            <label>
              <input type="radio" name="module" value="pulse" /> {t.modules.pulse}
            </label>
            <label>
              <input type="radio" name="module" value="quarterly" /> {t.modules.quarterly}
            </label>
          </fieldset>
          <button type="submit">{t.open}</button>
        </form>
      </section>
    </AdminLayout>
  );
}

export interface Progress {
  sent: number;
  failed: number;
  pending: number;
  failures: { recipient: string; reason: string }[];
}

export function WavePage(props: { lang: Lang; viewer: Viewer; wave: WaveView; progress: Progress; paper: PaperSummary | null; company: string }) {
  const { lang, viewer, wave, progress, paper } = props;
  const t = adminText[lang];
  const live = wave.status === 'open' || wave.status === 'opening';
  return (
    <AdminLayout lang={lang} viewer={viewer} title={wave.title} path={`/admin/waves/${wave.id}`}>
      {live && progress.pending > 0 && <meta http-equiv="refresh" content="5" />}
      <h1>{wave.title}</h1>
      <dl class="facts">
        <dt>{t.cols.status}</dt>
        <dd>{t.status[wave.status]}</dd>
        <dt>{t.cols.closes}</dt>
        <dd>{formatDate(lang, Date.parse(wave.closedAt ?? wave.closesAt))}</dd>
        <dt>{t.cols.invited}</dt>
        <dd>{wave.invited}</dd>
        <dt>{t.cols.responded}</dt>
        <dd>{wave.responded ?? t.respondedHidden(wave.k)}</dd>
      </dl>
      {live && <p class="hint">{t.respondedNote(wave.k)}</p>}
      {wave.status === 'closed' && wave.leftOut ? <p class="hint">{t.leftOut(wave.leftOut, wave.k)}</p> : null}
      <h2>{t.progress}</h2>
      <dl class="facts" aria-live="polite">
        <dt>{t.sent}</dt>
        <dd data-testid="sent">{progress.sent}</dd>
        <dt>{t.failed}</dt>
        <dd data-testid="failed">{progress.failed}</dd>
        <dt>{t.pending}</dt>
        <dd data-testid="pending">{progress.pending}</dd>
      </dl>
      {progress.failures.length > 0 && (
        <table class="data">
          <caption>{t.failures}</caption>
          <tbody>
            {progress.failures.map((f) => (
              <tr>
                <td>{f.recipient}</td>
                <td>{f.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {wave.status === 'open' && paper && <PaperSection lang={lang} viewer={viewer} waveId={wave.id} paper={paper} k={wave.k} company={props.company} />}
      {live && (
        <form method="post" action={`/admin/waves/${wave.id}/close`} class="stack">
          <input type="hidden" name="_csrf" value={viewer.csrf} />
          <p class="hint">{t.closeConfirm}</p>
          <button type="submit" class="danger">
            {t.close}
          </button>
        </form>
      )}
    </AdminLayout>
  );
}
