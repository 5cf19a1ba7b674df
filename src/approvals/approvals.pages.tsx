import { SignedInLayout } from '../layout/signed-in';
import type { Viewer } from '../lib/context';
import { formatDate, type Lang } from '../lib/i18n';
import { html } from '../lib/render';
import { approvalsText, changeLines } from './approvals.text';
import type { PendingView } from './pending';

export interface ApprovalsPageProps {
  lang: Lang;
  viewer: Viewer;
  pending: PendingView[];
  decided: PendingView[];
  done?: 'approved' | 'rejected';
  error?: 'forbidden' | 'conflict' | 'gone';
}

export const approvalsPage = (props: ApprovalsPageProps) => html(<ApprovalsPage {...props} />);

function ApprovalsPage({ lang, viewer, pending, decided, done, error }: ApprovalsPageProps) {
  const t = approvalsText[lang];
  const who = (p: { kind?: string; email?: string }) => p.email ?? (p.kind === 'admin-token' ? t.adminToken : (p.kind ?? '–'));
  const when = (iso: string) => formatDate(lang, Date.parse(iso));
  const token = viewer.userId === null;
  return (
    <SignedInLayout lang={lang} viewer={viewer} title={t.title} path="/admin/approvals">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {done && (
        <p class="notice ok" role="status">
          {t.done[done]}
        </p>
      )}
      {error && (
        <p class="notice error" role="alert">
          {t.errors[error]}
        </p>
      )}
      {token && pending.length > 0 && <p class="notice">{t.tokenCannot}</p>}
      {pending.length === 0 && <p>{t.none}</p>}
      {pending.map((p) => {
        // The reader's own request can be withdrawn, never approved.
        const mine = p.requestedByYou;
        return (
          <section class="card approval" data-change={p.id}>
            <ul class="change-lines">
              {changeLines(lang, p.change).map((line) => (
                <li>{line}</li>
              ))}
            </ul>
            <p class="hint">{t.requested(who(p.requestedBy), when(p.requestedAt))}</p>
            {mine && <p class="hint">{t.yours}</p>}
            <div class="actions">
              {!mine && !token && (
                <form method="post" action={`/admin/approvals/${p.id}/approve?lang=${lang}`}>
                  <input type="hidden" name="_csrf" value={viewer.csrf} />
                  <button type="submit">{t.approve}</button>
                </form>
              )}
              <form method="post" action={`/admin/approvals/${p.id}/reject?lang=${lang}`}>
                <input type="hidden" name="_csrf" value={viewer.csrf} />
                <button type="submit" class="secondary">
                  {mine ? t.withdraw : t.reject}
                </button>
              </form>
            </div>
          </section>
        );
      })}
      {decided.length > 0 && (
        <>
          <h2>{t.decidedTitle}</h2>
          <ul class="decided">
            {decided.map((p) => (
              <li data-change={p.id} data-status={p.status}>
                {changeLines(lang, p.change).join('; ')}
                <span class="hint">
                  {' '}
                  · {t.requested(who(p.requestedBy), when(p.requestedAt))} ·{' '}
                  {t.decided(p.status as 'approved' | 'rejected', who(p.decidedBy ?? {}), when(p.decidedAt!))}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </SignedInLayout>
  );
}
