import { plural, type StaffLang, type StaffTexts } from '../lib/i18n';
import type { ProblemCode } from './answers';
import type { Construct } from './bank.types';
import type { Finding, IdentifierKind } from './identifiers';

/** Everything the survey, its status pages and the code page say, in each staff language (survey.text.ts). */
export interface SurveyText {
  title: string;
  intro: (questions: number) => string;
  /** The retrospective wave's intro: more questions, more minutes. */
  introQuarterly: (questions: number) => string;
  closes: (date: string) => string;
  requiredNote: string;
  requiredNoteQuarterly: string;
  constructs: Record<Construct, string>;
  /** The retrospective module's open questions get their own heading. */
  retrospective: string;
  /** Shown before sending when an open answer may identify someone; the person decides. */
  identifying: {
    title: string;
    intro: string;
    field: (findings: readonly Finding[]) => string;
    send: string;
  };
  submit: string;
  errorTitle: string;
  errorIntro: string;
  problems: Record<ProblemCode, (max: number) => string>;
  commentWarning: string;
  maxChars: (max: number) => string;
  anonymity: {
    title: string;
    points: (k: number, kComments: number) => string[];
  };
  /** `already`: a used link opened again thanks too; `notYou`: whom to ask if the answer was not theirs. */
  thanks: { title: string; body: string; already: string; notYou: string; results: (date: string, k: number) => string; close: string };
  /** Whom staff ask about the survey: the admins' contact setting, or `fallback` when none is set. */
  contact: { label: string; fallback: string };
  closed: { title: string; body: string };
  notFound: { title: string; body: string };
  /** The label of the language choice where it is a form (the code survey: the code never goes into a URL). */
  language: string;
  /** The short address `/c`, where a letter's or a team sheet's code is typed. */
  code: {
    title: string;
    intro: string;
    label: string;
    hint: string;
    submit: string;
    anonymous: string;
    notFound: { title: string; body: string };
    used: { title: string; body: string; hint: string };
  };
}


/** How to say "a name / names" in a warning: `one` and `many` after "may contain", `plural` as a sentence's subject. */
const KIND_WORDS: StaffTexts<Record<IdentifierKind, { one: string; many: string; plural: string }>> = {
  de: {
    name: { one: 'einen Namen', many: 'Namen', plural: 'Namen' },
    email: { one: 'eine E-Mail-Adresse', many: 'E-Mail-Adressen', plural: 'E-Mail-Adressen' },
    phone: { one: 'eine Telefonnummer', many: 'Telefonnummern', plural: 'Telefonnummern' },
  },
  en: {
    name: { one: 'a name', many: 'names', plural: 'names' },
    email: { one: 'an email address', many: 'email addresses', plural: 'email addresses' },
    phone: { one: 'a phone number', many: 'phone numbers', plural: 'phone numbers' },
  },
  tr: {
    name: { one: 'bir isim', many: 'isimler', plural: 'isimler' },
    email: { one: 'bir e-posta adresi', many: 'e-posta adresleri', plural: 'e-posta adresleri' },
    phone: { one: 'bir telefon numarası', many: 'telefon numaraları', plural: 'telefon numaraları' },
  },
  pl: {
    name: { one: 'imię lub nazwisko', many: 'imiona lub nazwiska', plural: 'imiona i nazwiska' },
    email: { one: 'adres e-mail', many: 'adresy e-mail', plural: 'adresy e-mail' },
    phone: { one: 'numer telefonu', many: 'numery telefonów', plural: 'numery telefonów' },
  },
  ru: {
    name: { one: 'имя', many: 'имена', plural: 'имена' },
    email: { one: 'адрес электронной почты', many: 'адреса электронной почты', plural: 'адреса электронной почты' },
    phone: { one: 'номер телефона', many: 'номера телефонов', plural: 'номера телефонов' },
  },
  uk: {
    name: { one: 'ім’я', many: 'імена', plural: 'імена' },
    email: { one: 'адресу електронної пошти', many: 'адреси електронної пошти', plural: 'адреси електронної пошти' },
    phone: { one: 'номер телефону', many: 'номери телефонів', plural: 'номери телефонів' },
  },
};

const AND: StaffTexts<string> = { de: 'und', en: 'and', tr: 've', pl: 'i', ru: 'и', uk: 'і' };

const KINDS: readonly IdentifierKind[] = ['name', 'email', 'phone'];
const and = (lang: StaffLang, parts: string[]) =>
  parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} ${AND[lang]} ${parts[parts.length - 1]}`;

/** "einen Namen (Anna Müller) und eine Telefonnummer (0171 1234567)": only what the person typed is echoed. */
export function list(lang: StaffLang, findings: readonly Finding[]): string {
  const parts = KINDS.flatMap((kind) => {
    const texts = findings.filter((f) => f.kind === kind).map((f) => f.text);
    if (texts.length === 0) return [];
    const w = KIND_WORDS[lang][kind];
    return [`${texts.length === 1 ? w.one : w.many} (${texts.join(', ')})`];
  });
  return and(lang, parts);
}

export function things(lang: StaffLang, findings: readonly Finding[]): string {
  return and(lang, KINDS.filter((k) => findings.some((f) => f.kind === k)).map((k) => KIND_WORDS[lang][k].plural));
}

/** "16 krótkich pytań", "16 коротких вопросов": the count with its word, by the language's plural rules. */
export function shortQuestions(lang: 'pl' | 'ru' | 'uk', n: number): string {
  const forms = {
    pl: { one: 'krótkie pytanie', few: 'krótkie pytania', many: 'krótkich pytań', other: 'krótkiego pytania' },
    ru: { one: 'короткий вопрос', few: 'коротких вопроса', many: 'коротких вопросов', other: 'короткого вопроса' },
    uk: { one: 'коротке запитання', few: 'короткі запитання', many: 'коротких запитань', other: 'короткого запитання' },
  }[lang];
  return `${n} ${plural(lang, n, forms)}`;
}
