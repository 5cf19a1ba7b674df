import { adminLangOf, dateFormat, type Lang, type StaffLang } from '../lib/i18n';
import { accountNote } from '../privacy/privacy.text';
import { loginText, mailText, welcomeText } from './templates.text';

/** A rendered mail: the same words as plain text and as simple HTML. */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

export interface SurveyMailInput {
  lang: StaffLang;
  /** Who asks: the company, never a person. */
  companyName: string;
  /** The wave's title, as admins named it. */
  title: string;
  /** The personal link: the only personal thing in the mail. */
  link: string;
  closesAt: number;
  module?: 'pulse' | 'quarterly';
  /** The Art. 13 notice: who is responsible, and the public page with the rest (`/privacy`, without `?lang=`). */
  privacy: { controller: string; url: string };
  /** "You said, we did" (actions/news.text.ts): paragraphs for the invitation, none when there is nothing to tell. */
  news?: Block[];
}

export interface LoginMailInput {
  lang: Lang;
  link: string;
  /** The Art. 13 notice: who is responsible, and the public privacy page. */
  privacy: { controller: string; url: string };
}

export interface WelcomeMailInput extends LoginMailInput {
  role: 'admin' | 'leader' | 'council';
  /** A leader's team (its name); null for the others. */
  team: string | null;
  company: string;
  /** Where to ask for a new link later. */
  signIn: string;
}

/** A mail is a list of blocks; plain text and HTML are both rendered from it so they always say the same. */
export type Block = { p: string } | { h: string } | { button: string; href: string } | { small: string } | { notice: string; href: string } | { sign: string };

/** How long the survey takes, by module. The quarterly retrospective adds maturity, hours saved and three open questions. */
export const EFFORT: Record<'pulse' | 'quarterly', { minutes: number; questions: number }> = {
  pulse: { minutes: 2, questions: 16 },
  quarterly: { minutes: 5, questions: 25 },
};

export function invitationMail(input: SurveyMailInput): MailContent {
  const t = mailText[input.lang].invitation;
  return compose(input.lang, t.subject(input.companyName), t.blocks(facts(input)));
}

/** Says nothing about anybody else: no counts, no "most colleagues have answered". */
export function reminderMail(input: SurveyMailInput): MailContent {
  const t = mailText[input.lang].reminder;
  return compose(input.lang, t.subject(input.companyName), t.blocks(facts(input)));
}

export function loginMail(input: LoginMailInput): MailContent {
  const t = loginText[input.lang];
  return compose(input.lang, t.subject, withNotice(t.blocks(input.link), input));
}

/** To a person just given access: what they may see, a sign-in link for three days, and how to sign in later. */
export function welcomeMail(input: WelcomeMailInput): MailContent {
  const t = welcomeText[input.lang];
  return compose(input.lang, t.subject(input.company), withNotice(t.blocks(input), input));
}

/** The privacy notice before the signature of a mail to someone with access. */
function withNotice(blocks: Block[], input: LoginMailInput): Block[] {
  const notice: Block = { notice: accountNote[input.lang](input.privacy.controller), href: `${input.privacy.url}?lang=${input.lang}` };
  const sign = blocks.findIndex((b) => 'sign' in b);
  return sign < 0 ? [...blocks, notice] : [...blocks.slice(0, sign), notice, ...blocks.slice(sign)];
}

export interface SurveyFacts {
  /** The privacy notice's sentence and link, in the mail's language. */
  privacy: { controller: string; href: string };
  company: string;
  title: string;
  link: string;
  until: string;
  minutes: number;
  questions: number;
  news: Block[];
}

function facts(input: SurveyMailInput): SurveyFacts {
  const effort = EFFORT[input.module ?? 'pulse'];
  return {
    privacy: { controller: input.privacy.controller, href: `${input.privacy.url}?lang=${adminLangOf(input.lang)}` },
    company: input.companyName,
    title: input.title,
    link: input.link,
    until: formatClosing(input.lang, input.closesAt),
    ...effort,
    news: input.news ?? [],
  };
}

/** The last date formatted per language: every mail of a wave carries the same closing time. */
const lastClosing = new Map<StaffLang, { ms: number; text: string }>();

/**
 * The closing time in Berlin, assembled from parts so every runtime's ICU writes the same words:
 * "Freitag, 6. November 2026, 17:00 Uhr", "Friday, 6 November 2026, 17:00 (Berlin time)",
 * "6 Kasım 2026 Cuma, 17:00 (Berlin saati)", "piątek, 6 listopada 2026, 17:00 (czasu berlińskiego)",
 * "пятница, 6 ноября 2026 г., 17:00 (по берлинскому времени)", "пʼятниця, 6 листопада 2026 р., 17:00 (за берлінським часом)".
 */
export function formatClosing(lang: StaffLang, ms: number): string {
  const last = lastClosing.get(lang);
  if (last?.ms === ms) return last.text;
  const text = formatClosingNow(lang, ms);
  lastClosing.set(lang, { ms, text });
  return text;
}

function formatClosingNow(lang: StaffLang, ms: number): string {
  const parts = dateFormat(lang, 'closingParts').formatToParts(new Date(ms));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const time = `${part('hour')}:${part('minute')}`;
  const [weekday, day, month, year] = [part('weekday'), part('day'), part('month'), part('year')];
  switch (lang) {
    case 'de':
      return `${weekday}, ${day}. ${month} ${year}, ${time} Uhr`;
    case 'en':
      return `${weekday}, ${day} ${month} ${year}, ${time} (Berlin time)`;
    case 'tr':
      return `${day} ${month} ${year} ${weekday}, ${time} (Berlin saati)`;
    case 'pl':
      return `${weekday}, ${day} ${month} ${year}, ${time} (czasu berlińskiego)`;
    case 'ru':
      return `${weekday}, ${day} ${month} ${year} г., ${time} (по берлинскому времени)`;
    case 'uk':
      return `${weekday}, ${day} ${month} ${year} р., ${time} (за берлінським часом)`;
  }
}

/** Plain text and HTML from the same blocks (every mail of Puls, the digests too). */
export function compose(lang: StaffLang, subject: string, blocks: Block[]): MailContent {
  return { subject, text: toText(blocks), html: toHtml(lang, subject, blocks) };
}

function toText(blocks: Block[]): string {
  const out = blocks.map((b) => {
    if ('button' in b) return `${b.button}:\n${b.href}`;
    if ('p' in b) return b.p;
    if ('h' in b) return b.h.toUpperCase();
    if ('small' in b) return b.small;
    if ('notice' in b) return `${b.notice}\n${b.href}`;
    return `-- \n${b.sign}`;
  });
  return out.join('\n\n') + '\n';
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const STYLE = {
  body: 'margin:0;padding:0;background:#f3f4f6;',
  card: 'max-width:560px;margin:0 auto;padding:28px 24px;background:#ffffff;color:#1f2933;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5;',
  p: 'margin:0 0 16px;',
  h: 'margin:20px 0 4px;font-weight:600;',
  button: 'display:inline-block;padding:12px 22px;background:#1f4e8c;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:600;',
  small: 'margin:0 0 16px;font-size:14px;color:#52606d;',
  raw: 'color:#1f4e8c;word-break:break-all;',
  sign: 'margin:24px 0 0;font-size:14px;color:#52606d;',
};

function toHtml(lang: StaffLang, subject: string, blocks: Block[]): string {
  const body = blocks.map((b) => {
    if ('button' in b) {
      const href = escapeHtml(b.href);
      return (
        `<p style="margin:24px 0;"><a href="${href}" style="${STYLE.button}">${escapeHtml(b.button)}</a></p>` +
        `<p style="${STYLE.small}">${escapeHtml(mailText[lang].fallback)} <a href="${href}" style="${STYLE.raw}">${href}</a></p>`
      );
    }
    if ('p' in b) return `<p style="${STYLE.p}">${escapeHtml(b.p)}</p>`;
    if ('h' in b) return `<p style="${STYLE.h}">${escapeHtml(b.h)}</p>`;
    if ('small' in b) return `<p style="${STYLE.small}">${escapeHtml(b.small)}</p>`;
    if ('notice' in b) {
      const href = escapeHtml(b.href);
      return `<p style="${STYLE.small}">${escapeHtml(b.notice)} <a href="${href}" style="${STYLE.raw}">${href}</a></p>`;
    }
    return `<p style="${STYLE.sign}">${escapeHtml(b.sign)}</p>`;
  });
  return (
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>` +
    `<body style="${STYLE.body}"><div style="${STYLE.card}">${body.join('')}</div></body></html>`
  );
}
