import type { Lang } from '../lib/i18n';
import { Layout } from '../lib/render';
import { authText } from './auth.text';

export function LoginPage({ lang, next, error }: { lang: Lang; next: string; error?: boolean }) {
  const t = authText[lang];
  return (
    <Layout lang={lang} title={t.title} switchHref={`/login?lang=${lang === 'de' ? 'en' : 'de'}`}>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {error && (
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
    </Layout>
  );
}
