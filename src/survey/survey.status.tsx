import { formatDate, type Lang } from '../lib/i18n';
import { Layout } from '../lib/render';
import type { Wave } from './survey.service';
import { surveyText } from './survey.text';

/** After a successful submit: a page, not a redirect, so the token never lands in another URL or the history twice. */
export function ThanksPage({ lang, wave }: { lang: Lang; wave: Wave }) {
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

/** A link that cannot be answered. It never shows the token, so the page has no language switch (it would). */
export function UnavailablePage({ lang, status }: { lang: Lang; status: UnavailableStatus }) {
  const all = surveyText[lang];
  const t: { title: string; body: string; hint?: string } =
    status === 409 ? all.used : status === 410 ? all.closed : all.notFound;
  return (
    <Layout lang={lang} title={t.title}>
      <div class="survey survey-status">
        <h1>{t.title}</h1>
        <p>{t.body}</p>
        {t.hint && <p>{t.hint}</p>}
      </div>
    </Layout>
  );
}
