import type { Lang } from '../lib/i18n';
import type { NewsScope } from './news';
import { itemText, newsText } from './news.text';

/** "You said, we did" on the survey page: the same as in the invitation mail, as a short list. */
export function NewsPanel({ lang, news }: { lang: Lang; news: { teams: NewsScope[]; company: NewsScope | null } }) {
  if (news.teams.length === 0 && !news.company) return null;
  const t = newsText[lang];
  const scopes = [...news.teams.map((s) => ({ name: s.name, scope: s })), ...(news.company ? [{ name: t.companyScope, scope: news.company }] : [])];
  return (
    <section class="news" aria-labelledby="news">
      <h2 id="news">{t.heading}</h2>
      <p>{t.intro}</p>
      <ul>
        {scopes.map(({ name, scope }) => (
          <li>
            <strong>{name}:</strong> {scope.items.map((i) => itemText(lang, i)).join('; ')}
            {scope.more > 0 ? ` ${t.more(scope.more)}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
