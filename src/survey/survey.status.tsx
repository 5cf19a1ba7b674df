import { formatDate, type StaffLang } from '../lib/i18n';
import { Layout } from '../lib/render';
import type { Wave } from './survey.service';
import { surveyText } from './survey.text';

/** Whom staff ask about the survey: the contact set by the admins, or a general pointer when none is set. */
export function Contact({ lang, contact }: { lang: StaffLang; contact: string }) {
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
 * The thank-you page: where a link's submit redirects to (post/redirect/get), and what the link shows from then on,
 * after a reload, Back or a second click in the mail; a typed code's submit shows it directly (the code never goes
 * into a URL). It has no language switch: its address holds the personal link. `already` says so when the answer was
 * not just given (a used link opened again), with whom to ask if that was not them.
 */
export function ThanksPage(props: { lang: StaffLang; wave: Pick<Wave, 'closesAt' | 'k'>; contact: string; already?: boolean }) {
  const { lang, wave, contact, already = false } = props;
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

export type UnavailableStatus = 404 | 409 | 410;

/**
 * A link or code that cannot be answered. It never shows the token or code, so the page has no language switch (a
 * link would carry it); `code` picks the words for a typed code, with a way back to the code form. A used link gets
 * the thank-you page instead (ThanksPage `already`); a used code comes here.
 */
export function UnavailablePage(props: { lang: StaffLang; status: UnavailableStatus; contact: string; code?: boolean }) {
  const { lang, status, contact, code = false } = props;
  const all = surveyText[lang];
  const t: { title: string; body: string; hint?: string } =
    status === 409 ? all.code.used : status === 410 ? all.closed : code ? all.code.notFound : all.notFound;
  return (
    <Layout lang={lang} title={t.title}>
      <div class="survey survey-status">
        <h1>{t.title}</h1>
        <p>{t.body}</p>
        {t.hint && <p>{t.hint}</p>}
        {code && status === 404 && (
          <p>
            <a href={`/c?lang=${lang}`}>{all.code.title}</a>
          </p>
        )}
        <Contact lang={lang} contact={contact} />
      </div>
    </Layout>
  );
}
