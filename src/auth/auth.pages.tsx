import type { Lang } from '../lib/i18n';
import { Layout } from '../lib/render';
import { authText } from './auth.text';
import type { LinkProblem } from './login-link';

const other = (lang: Lang) => (lang === 'de' ? 'en' : 'de');

/** The sign-in page: a magic link by email for people, the deployment token for the break-glass admin. */
export function LoginPage({ lang, next, error }: { lang: Lang; next: string; error?: 'token' | 'email' }) {
  const t = authText[lang];
  return (
    <Layout lang={lang} title={t.title} switchHref={`/login?lang=${other(lang)}`}>
      <h1>{t.title}</h1>
      <section class="card">
        <h2>{t.emailTitle}</h2>
        <p>{t.emailIntro}</p>
        {error === 'email' && (
          <p class="notice error" role="alert">
            {t.badEmail}
          </p>
        )}
        <form method="post" action={`/login/email?lang=${lang}`} class="stack">
          <label for="email">{t.emailLabel}</label>
          <input id="email" name="email" type="email" autocomplete="email" maxLength={254} required />
          <button type="submit">{t.emailSubmit}</button>
        </form>
      </section>
      <section class="card">
        <h2>{t.tokenTitle}</h2>
        <p>{t.intro}</p>
        {error === 'token' && (
          <p class="notice error" role="alert">
            {t.wrong}
          </p>
        )}
        <form method="post" action="/login" class="stack">
          <input type="hidden" name="next" value={next} />
          <label for="token">{t.tokenLabel}</label>
          <input id="token" name="token" type="password" autocomplete="current-password" required />
          <button type="submit">{t.submit}</button>
        </form>
      </section>
    </Layout>
  );
}

/** The same page for every address, known or not, over the limits or not. */
export function LinkSentPage({ lang }: { lang: Lang }) {
  const t = authText[lang];
  return (
    <Layout lang={lang} title={t.sentTitle}>
      <h1>{t.sentTitle}</h1>
      <p class="notice ok" role="status">
        {t.sent}
      </p>
      <p>{t.sentHint}</p>
    </Layout>
  );
}

/** Shown for GET /login/:token: opening the link changes nothing, only the button does. */
export function ConfirmPage({ lang, token }: { lang: Lang; token: string }) {
  const t = authText[lang];
  return (
    <Layout lang={lang} title={t.confirmTitle}>
      <h1>{t.confirmTitle}</h1>
      <p>{t.confirmIntro}</p>
      <form method="post" action={`/login/${token}?lang=${lang}`} class="stack">
        <button type="submit">{t.confirmSubmit}</button>
      </form>
    </Layout>
  );
}

export function LinkProblemPage({ lang, problem }: { lang: Lang; problem: LinkProblem }) {
  const t = authText[lang];
  return (
    <Layout lang={lang} title={t.problemTitle}>
      <h1>{t.problemTitle}</h1>
      <p class="notice error" role="alert">
        {t.problems[problem]}
      </p>
      <p>
        <a href={`/login?lang=${lang}`}>{t.newLink}</a>
      </p>
    </Layout>
  );
}
