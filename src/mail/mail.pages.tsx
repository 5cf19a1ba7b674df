import { SignedInLayout } from '../layout/signed-in';
import type { Viewer } from '../lib/context';
import { formatDate, type Lang } from '../lib/i18n';
import { outboxText } from './mail.text';
import type { OutboxEntry } from './outbox';

export interface OutboxView {
  /** null when mail goes through Resend and there is nothing to show. */
  entries: OutboxEntry[] | null;
  total: number;
}

/** The development outbox: every mail that would have been sent, its links clickable. */
export function OutboxPage({ lang, viewer, view }: { lang: Lang; viewer: Viewer; view: OutboxView }) {
  const t = outboxText[lang];
  return (
    <SignedInLayout lang={lang} viewer={viewer} title={t.title} path="/outbox">
      <h1>{t.title}</h1>
      {view.entries === null ? (
        <p class="notice">{t.viaResend}</p>
      ) : (
        <>
          <p class="hint">{t.intro}</p>
          {view.entries.length === 0 && <p>{t.empty}</p>}
          {view.entries.length < view.total && <p class="hint">{t.shown(view.entries.length, view.total)}</p>}
          {view.entries.map((m) => (
            <article class="mail-entry">
              <h2>{m.subject}</h2>
              <dl class="facts">
                <dt>{t.to}</dt>
                <dd>{m.to}</dd>
                <dt>{t.at}</dt>
                <dd>{formatDate(lang, m.at)}</dd>
              </dl>
              <pre class="mail">{linkify(m.text)}</pre>
            </article>
          ))}
        </>
      )}
    </SignedInLayout>
  );
}

/** Plain text with its http(s) links made clickable; Preact escapes every piece. */
function linkify(text: string) {
  return text.split(/(https?:\/\/[^\s<>"]+)/g).map((part, i) => (i % 2 === 1 ? <a href={part}>{part}</a> : part));
}
