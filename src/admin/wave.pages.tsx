import type { Viewer } from '../lib/context';
import { formatDate, type Lang } from '../lib/i18n';
import { ConfirmForm, SignedInLayout } from '../layout/signed-in';
import type { WaveView } from './admin.pages';
import { adminText } from './admin.text';
import { PaperSection } from '../letters/paper.pages';
import type { PaperSummary } from '../letters/letters.service';

export interface Progress {
  sent: number;
  failed: number;
  pending: number;
  failures: { recipient: string; reason: string }[];
}

/** What "remind now" may do on this wave: reminders so far (planned ones included), the limit, and to whom. */
export interface ReminderState {
  planned: number;
  sent: number;
  max: number;
  everyone: boolean;
}

export interface WavePageProps {
  lang: Lang;
  viewer: Viewer;
  wave: WaveView;
  progress: Progress;
  reminders: ReminderState;
  /** What the last action did, said in the reader's language. */
  notice?: string;
  /** Why the last action was refused, said in the reader's language. */
  error?: string;
  /** People who read on paper, and the team-code sheets (src/letters); null when the wave has none. */
  paper: PaperSummary | null;
  company: string;
}

/**
 * Whether a wave is known to have answers, from what the page may show anyway (a running wave's count from k on, a
 * closed wave's published count or answers left out): then it cannot be discarded, and no button offers it.
 */
const hasAnswers = (wave: WaveView) => (wave.responded ?? 0) > 0 || (wave.status === 'closed' && (wave.leftOut ?? 0) > 0);

export function WavePage({ lang, viewer, wave, progress, reminders, notice, error, paper, company }: WavePageProps) {
  const t = adminText[lang];
  const live = wave.status === 'open' || wave.status === 'opening';
  const discardable = (wave.status === 'open' || wave.status === 'closed') && !hasAnswers(wave);
  return (
    <SignedInLayout lang={lang} viewer={viewer} title={wave.title} path={`/admin/waves/${wave.id}`}>
      {live && progress.pending > 0 && <meta http-equiv="refresh" content="5" />}
      <h1>{wave.title}</h1>
      {notice && (
        <p class="notice ok" role="status">
          {notice}
        </p>
      )}
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
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
      {(wave.status === 'open' || discardable) && (
        <section class="card">
          <h2>{t.actions}</h2>
          {wave.status === 'open' && (
            <form method="post" action={`/admin/waves/${wave.id}/remind`} class="stack">
              <input type="hidden" name="_csrf" value={viewer.csrf} />
              <p class="hint">
                {reminders.planned >= reminders.max ? t.remindLimit(reminders.max) : t.remindHint(reminders.sent, reminders.planned, reminders.max, reminders.everyone)}
              </p>
              <button type="submit" disabled={reminders.planned >= reminders.max}>
                {t.remind}
              </button>
            </form>
          )}
          {wave.status === 'open' && (
            <p class="stack">
              <span class="hint">{t.closeConfirm}</span>
              <a class="button danger" href={`/admin/waves/${wave.id}/close`}>
                {t.close}
              </a>
            </p>
          )}
          {discardable && (
            <p class="stack">
              <span class="hint">{t.discardHint}</span>
              <a class="button danger-outline" href={`/admin/waves/${wave.id}/discard`}>
                {t.discard}
              </a>
            </p>
          )}
        </section>
      )}
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
      {wave.status === 'open' && paper && <PaperSection lang={lang} viewer={viewer} waveId={wave.id} paper={paper} k={wave.k} company={company} />}
    </SignedInLayout>
  );
}

/** Asks before a wave is closed early or discarded: what happens, and that it cannot be undone. No script needed. */
export function ConfirmWavePage({ lang, viewer, wave, action }: { lang: Lang; viewer: Viewer; wave: WaveView; action: 'close' | 'discard' }) {
  const t = adminText[lang];
  const c = action === 'close' ? t.confirmClose : t.confirmDiscard;
  return (
    <SignedInLayout lang={lang} viewer={viewer} title={c.title(wave.title)} path={`/admin/waves/${wave.id}/${action}`}>
      <h1>{c.title(wave.title)}</h1>
      <p>{c.body}</p>
      {action === 'close' ? (
        <ul>
          <li>{t.confirmClose.until(formatDate(lang, Date.parse(wave.closesAt)))}</li>
          <li>{t.confirmClose.invited(wave.invited)}</li>
        </ul>
      ) : (
        <ul>
          <li>{t.confirmDiscard.links}</li>
          <li>{t.confirmDiscard.audit}</li>
        </ul>
      )}
      <ConfirmForm viewer={viewer} action={`/admin/waves/${wave.id}/${action}`} yes={c.yes} cancelHref={`/admin/waves/${wave.id}`} cancel={t.cancel} />
    </SignedInLayout>
  );
}
