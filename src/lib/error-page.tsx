import type { Lang, Texts } from './i18n';
import { Layout } from './render';

const text: Texts<{ title: string; back: string; byStatus: Record<number, string> }> = {
  de: {
    title: 'Das hat nicht geklappt',
    back: 'Zur Startseite',
    byStatus: {
      400: 'Die Anfrage war unvollständig oder fehlerhaft.',
      401: 'Bitte melden Sie sich an.',
      403: 'Dafür fehlt Ihnen die Berechtigung.',
      404: 'Diese Seite gibt es nicht.',
      413: 'Die gesendeten Daten sind zu groß.',
      429: 'Zu viele Fehlversuche. Bitte warten Sie einige Minuten und versuchen Sie es dann noch einmal.',
      500: 'Ein Fehler auf unserer Seite. Bitte versuchen Sie es später noch einmal.',
    },
  },
  en: {
    title: 'That did not work',
    back: 'Home',
    byStatus: {
      400: 'The request was incomplete or malformed.',
      401: 'Please sign in.',
      403: 'You are not allowed to see this.',
      404: 'This page does not exist.',
      413: 'What was sent is too large.',
      429: 'Too many failed attempts. Please wait a few minutes, then try again.',
      500: 'Something went wrong on our side. Please try again later.',
    },
  },
};

/** The readable error page for people; API callers get the JSON envelope instead. */
export function ErrorPage({ lang, status, message }: { lang: Lang; status: number; message?: string }) {
  const t = text[lang];
  return (
    <Layout lang={lang} title={t.title}>
      <h1>{t.title}</h1>
      <p>{t.byStatus[status] ?? message ?? t.byStatus[400]}</p>
      <p>
        <a href="/">{t.back}</a>
      </p>
    </Layout>
  );
}
