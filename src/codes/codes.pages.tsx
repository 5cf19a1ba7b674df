import { STAFF_LANGS, type StaffLang } from '../lib/i18n';
import { Layout } from '../lib/render';
import { surveyText } from '../survey/survey.text';

/** The path printed on letters and code sheets: short enough to type from paper. */
export const CODE_PATH = '/c';

/**
 * Where a printed code is typed: one field, big enough for a phone, no JavaScript. `unknown` shows the form again
 * after a code nobody issued (the typed text is not echoed back). `chosen`: the reader picked this language, so the
 * survey keeps it; otherwise a letter's code opens the survey in the language its person was invited in.
 */
export function CodePage({ lang, unknown = false, chosen = false }: { lang: StaffLang; unknown?: boolean; chosen?: boolean }) {
  const t = surveyText[lang].code;
  return (
    <Layout lang={lang} title={t.title} languages={STAFF_LANGS.map((l) => ({ lang: l, href: `${CODE_PATH}?lang=${l}` }))}>
      <div class="survey code-entry">
        <h1>{t.title}</h1>
        <p>{t.intro}</p>
        {unknown && (
          <div class="survey-errors" role="alert">
            <h2>{t.notFound.title}</h2>
            <p>{t.notFound.body}</p>
          </div>
        )}
        <form method="post" action={CODE_PATH} class="stack code-form">
          {chosen && <input type="hidden" name="lang" value={lang} />}
          <label for="code">{t.label}</label>
          <input
            id="code"
            name="code"
            required
            autocomplete="off"
            autocapitalize="characters"
            spellcheck={false}
            inputMode="text"
            maxLength={20}
            aria-describedby="code-hint"
            aria-invalid={unknown ? 'true' : undefined}
          />
          <p class="hint" id="code-hint">
            {t.hint}
          </p>
          <button type="submit">{t.submit}</button>
        </form>
        <p class="hint">{t.anonymous}</p>
      </div>
    </Layout>
  );
}
