import { formatDay, type Lang, type Texts } from '../lib/i18n';
import type { Block } from '../mail/templates';
import { kindOf } from './catalogue';
import type { NewsItem, NewsScope } from './news';

/** "You said, we did" in the invitation mail and on the survey page. */
export const newsText: Texts<{
  heading: string;
  intro: string;
  companyScope: string;
  since: (day: string) => string;
  span: (from: string, to: string) => string;
  more: (n: number) => string;
}> = {
  de: {
    heading: 'Sie haben gesagt, wir haben gehandelt',
    intro: 'Was seit der letzten Befragung läuft:',
    companyScope: 'Im ganzen Unternehmen',
    since: (d) => `seit ${d}`,
    span: (a, b) => `${a} bis ${b}`,
    more: (n) => `und ${n} weitere`,
  },
  en: {
    heading: 'You said, we did',
    intro: 'What has been running since the last survey:',
    companyScope: 'Across the company',
    since: (d) => `since ${d}`,
    span: (a, b) => `${a} to ${b}`,
    more: (n) => `and ${n} more`,
  },
};

export function itemText(lang: Lang, item: NewsItem): string {
  const t = newsText[lang];
  const title = item.title ?? (item.kind ? kindOf(item.kind, item.version)?.title[lang] : undefined) ?? '';
  const when = item.endsOn ? t.span(formatDay(lang, item.startsOn), formatDay(lang, item.endsOn)) : t.since(formatDay(lang, item.startsOn));
  return `${title} (${when})`;
}

/** One scope as a line: "Montage: KI-Buddy-System (seit 14.10.2026); KI-Sprechstunde (seit 21.10.2026)". */
export function scopeLine(lang: Lang, scope: NewsScope, name = scope.name): string {
  const items = scope.items.map((i) => itemText(lang, i)).join('; ');
  return `${name}: ${items}${scope.more > 0 ? ` ${newsText[lang].more(scope.more)}` : ''}.`;
}

/** The mail's paragraphs; none when there is nothing to tell. */
export function newsBlocks(lang: Lang, news: { teams: NewsScope[]; company: NewsScope | null }): Block[] {
  if (news.teams.length === 0 && !news.company) return [];
  const t = newsText[lang];
  return [
    { p: `${t.heading}. ${t.intro}` },
    ...news.teams.map((s) => ({ p: scopeLine(lang, s) })),
    ...(news.company ? [{ p: scopeLine(lang, news.company, t.companyScope) }] : []),
  ];
}
