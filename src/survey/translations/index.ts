import type { StaffLang } from '../../lib/i18n';
import type { Question } from '../bank.types';
import { PL_1 } from './pl';
import { RU_1 } from './ru';
import { TR_1 } from './tr';
import type { BankTranslation, TranslatedLang } from './types';
import { UK_1 } from './uk';

export type { BankTranslation, TranslatedLang } from './types';

export const TRANSLATED: readonly TranslatedLang[] = ['tr', 'pl', 'ru', 'uk'];

/** Every version of every translation, oldest first: a wave keeps the versions it opened with. */
export const TRANSLATIONS: Record<TranslatedLang, readonly BankTranslation[]> = {
  tr: [TR_1],
  pl: [PL_1],
  ru: [RU_1],
  uk: [UK_1],
};

/** The newest translation of each language covering a bank version: what a wave opened now records. */
export function currentTranslations(bankVersion: string): Partial<Record<TranslatedLang, string>> {
  const out: Partial<Record<TranslatedLang, string>> = {};
  for (const lang of TRANSLATED) {
    const latest = TRANSLATIONS[lang].filter((t) => t.banks.includes(bankVersion)).at(-1);
    if (latest) out[lang] = latest.version;
  }
  return out;
}

/**
 * The translation a wave shows in `lang`: the version it recorded at opening; a wave opened before translations
 * existed (it recorded none) gets each language's first version covering its bank. Undefined for German and English
 * (the bank's own) and where no translation covers the bank.
 */
export function translationFor(lang: StaffLang, bankVersion: string, recorded: string): BankTranslation | undefined {
  if (lang === 'de' || lang === 'en') return undefined;
  const versions = TRANSLATIONS[lang].filter((t) => t.banks.includes(bankVersion));
  let pinned: Partial<Record<TranslatedLang, string>> = {};
  try {
    pinned = JSON.parse(recorded) as Partial<Record<TranslatedLang, string>>;
  } catch {
    pinned = {};
  }
  return versions.find((t) => t.version === pinned[lang]) ?? versions[0];
}

/** What a person reads of one question in one language. */
export interface QuestionWords {
  text: string;
  anchors?: [string, string];
  option: (value: string) => string;
}

/**
 * The words of a question in a staff language: the bank's own German or English, or the wave's translation. Where a
 * translation is missing (an old bank nobody translated), German: the company's language and the bank's master text.
 */
export function wordsOf(q: Question, lang: StaffLang, translation: BankTranslation | undefined): QuestionWords {
  const own: 'de' | 'en' = lang === 'en' ? 'en' : 'de';
  const item = translation?.questions[q.id];
  const label = (value: string) => q.options?.find((o) => o.value === value)?.label[own] ?? value;
  if (!translation || !item) return { text: q.text[own], anchors: q.anchors?.[own], option: label };
  return {
    text: item.text,
    anchors: q.anchors ? translation.agree : undefined,
    option: (value) => item.options?.[value] ?? label(value),
  };
}

/** The words of every question of a wave in one language, by id. */
export function waveWords(
  wave: { bankVersion: string; translations: string },
  questions: readonly Question[],
  lang: StaffLang,
): (q: Question) => QuestionWords {
  const translation = translationFor(lang, wave.bankVersion, wave.translations);
  const cache = new Map(questions.map((q) => [q.id, wordsOf(q, lang, translation)]));
  return (q) => cache.get(q.id) ?? wordsOf(q, lang, translation);
}
