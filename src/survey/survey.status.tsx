import { formatDate, type StaffLang } from '../lib/i18n';
import { Layout } from '../lib/render';
import type { Wave } from './survey.service';
import { surveyText } from './survey.text';

/** After a successful submit: a page, not a redirect, so the token never lands in another URL or the history twice. */
export function ThanksPage({ lang, wave }: { lang: StaffLang; wave: Wave }) {
  const t = surveyText[lang].thanks;
  return (
    <Layout lang={lang} title={t.title}>
      <div class="survey survey-status">
        <h1>{t.title}</h1>
        <p>{t.body}</p>
        <p>{t.results(formatDate(lang, wave.closesAt), wave.k)}</p>
        <p>{t.close}</p>
      </div>
    </Layout>
  );
}

export type UnavailableStatus = 404 | 409 | 410;

/**
 * A link or code that cannot be answered. It never shows the token or code, so the page has no language switch (a
 * link would carry it); `code` picks the words for a typed code, with a way back to the code form.
 */
export function UnavailablePage({ lang, status, code = false }: { lang: StaffLang; status: UnavailableStatus; code?: boolean }) {
  const all = surveyText[lang];
  const t: { title: string; body: string; hint?: string } =
    status === 409 ? (code ? all.code.used : all.used) : status === 410 ? all.closed : code ? all.code.notFound : all.notFound;
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
      </div>
    </Layout>
  );
}
