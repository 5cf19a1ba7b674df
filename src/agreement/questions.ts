import { sha256Hex } from '../audit/chain';
import type { Texts } from '../lib/i18n';
import type { Question } from '../survey/bank.types';
import { currentTranslations as currentVersions, TRANSLATED, translationFor, type BankTranslation, type TranslatedLang } from '../survey/translations';

export interface CatalogueItem {
  id: string;
  bankVersion: string;
  text: Texts<string>;
  hash: string;
  /** Per translated language: the translation's version and the hash of what a reader of it sees of this item. */
  translations: Partial<Record<TranslatedLang, { version: string; text: string; hash: string }>>;
}

/**
 * The content hash of one question, so the works council sees when a wording changed: SHA-256 (64 hex digits) over
 * the UTF-8 bytes of
 *
 *   JSON.stringify([id, bankVersion, text.de, text.en, anchors, options])
 *
 * where `anchors` is `[[de low, de high], [en low, en high]]` or null, and `options` is `[[value, de label, en
 * label], …]` in the order shown, or null. Everything a person reads of the item is in it, and the bank version,
 * so the same words in a new version (which may mean a new scale or order) show as changed too.
 */
export function questionHash(q: Question, bankVersion: string): string {
  const anchors = q.anchors ? [q.anchors.de, q.anchors.en] : null;
  const options = q.options ? q.options.map((o) => [o.value, o.label.de, o.label.en]) : null;
  return sha256Hex(JSON.stringify([q.id, bankVersion, q.text.de, q.text.en, anchors, options]));
}

/**
 * The hash of one question in one translation, apart from `questionHash`: SHA-256 (hex) over the UTF-8 bytes of
 *
 *   JSON.stringify([id, bankVersion, lang, translationVersion, text, anchors, options])
 *
 * where `anchors` is `[low, high]` of the translation or null, and `options` `[[value, label], …]` in the order shown,
 * or null. Kept apart so the German and English hash of an item means what it always did: a fixed Turkish wording
 * (a new Turkish version) changes the Turkish hashes of the items it touched, and nothing else.
 */
export function translationHash(q: Question, bankVersion: string, t: BankTranslation): string {
  const item = t.questions[q.id];
  const anchors = q.anchors ? t.agree : null;
  const options = q.options ? q.options.map((o) => [o.value, item?.options?.[o.value] ?? null]) : null;
  return sha256Hex(JSON.stringify([q.id, bankVersion, t.lang, t.version, item?.text ?? null, anchors, options]));
}

/** The catalogue of a bank with the translations a wave opened now would show (the newest of each language). */
export function catalogue(questions: readonly Question[], bankVersion: string): CatalogueItem[] {
  const current = TRANSLATED.flatMap((lang) => {
    const t = translationFor(lang, bankVersion, JSON.stringify(currentVersions(bankVersion)));
    return t ? [t] : [];
  });
  return questions.map((q) => ({
    id: q.id,
    bankVersion,
    text: { de: q.text.de, en: q.text.en },
    hash: questionHash(q, bankVersion),
    translations: Object.fromEntries(
      current.map((t) => [t.lang, { version: t.version, text: t.questions[q.id]?.text ?? '', hash: translationHash(q, bankVersion, t) }]),
    ),
  }));
}
