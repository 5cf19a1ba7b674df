import { formatDate, type Lang } from '../lib/i18n';
import { Layout } from '../lib/render';
import type { Wave } from './survey.service';
import { surveyText } from './survey.text';

/** Whom staff ask about the survey: the contact set by the admins, or a general pointer when none is set. */
export function Contact({ lang, contact }: { lang: Lang; contact: string }) {
  const t = surveyText[lang].contact;
  return (
    <p class="survey-contact">
      {contact.trim() ? (
        <>
          {t.label} <span class="contact-text">{contact}</span>
        </>
      ) : (
        t.fallback
      )}
    </p>
  );
}

/**
 * The thank-you page: where a submit redirects to (post/redirect/get), and what the link shows from then on, after a
 * reload, Back or a second click in the mail. It has no language switch: its address holds the personal link.
 * `already` says so when the answer was not just given (a used link opened again), with whom to ask if that was not them.
 */
export function ThanksPage({ lang, wave, contact, already = false }: { lang: Lang; wave: Pick<Wave, 'closesAt' | 'k'>; contact: string; already?: boolean }) {
  const t = surveyText[lang].thanks;
  return (
    <Layout lang={lang} title={t.title}>
      <div class="survey survey-status">
        <h1>{t.title}</h1>
        <p>{already ? t.already : t.body}</p>
        <p>{t.results(formatDate(lang, wave.closesAt), wave.k)}</p>
        {already && <p>{t.notYou}</p>}
        <Contact lang={lang} contact={contact} />
        <p>{t.close}</p>
      </div>
    </Layout>
  );
}

export type UnavailableStatus = 404 | 410;

/** A link that cannot be answered. It never shows the token, so the page has no language switch (it would). */
export function UnavailablePage({ lang, status, contact }: { lang: Lang; status: UnavailableStatus; contact: string }) {
  const all = surveyText[lang];
  const t = status === 410 ? all.closed : all.notFound;
  return (
    <Layout lang={lang} title={t.title}>
      <div class="survey survey-status">
        <h1>{t.title}</h1>
        <p>{t.body}</p>
        <Contact lang={lang} contact={contact} />
      </div>
    </Layout>
  );
}
