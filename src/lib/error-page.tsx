import type { Lang, Texts } from './i18n';
import { sayProblem } from './problems';
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
      409: 'Das geht gerade nicht, weil sich der Stand inzwischen geändert hat. Bitte laden Sie die Seite neu.',
      410: 'Das gibt es nicht mehr.',
      413: 'Die gesendeten Daten sind zu groß.',
      415: 'Dieses Format wird hier nicht angenommen.',
      422: 'Einige Angaben waren nicht gültig. Bitte gehen Sie zurück und prüfen Sie das Formular.',
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
      409: 'That is not possible right now because things changed meanwhile. Please reload the page.',
      410: 'This is gone.',
      413: 'What was sent is too large.',
      415: 'This format is not accepted here.',
      422: 'Some values were not valid. Please go back and check the form.',
      429: 'Too many failed attempts. Please wait a few minutes, then try again.',
      500: 'Something went wrong on our side. Please try again later.',
    },
  },
};

/**
 * The readable error page for people; API callers get the JSON envelope instead. It says the problem in the reader's
 * language when its code is known, else what the status means: never the API's English message.
 */
export function ErrorPage({ lang, status, problem }: { lang: Lang; status: number; problem?: { code: string; params?: Record<string, unknown> } }) {
  const t = text[lang];
  return (
    <Layout lang={lang} title={t.title}>
      <h1>{t.title}</h1>
      <p>{sayProblem(lang, problem) ?? t.byStatus[status] ?? t.byStatus[status >= 500 ? 500 : 400]}</p>
      <p>
        <a href="/">{t.back}</a>
      </p>
    </Layout>
  );
}
