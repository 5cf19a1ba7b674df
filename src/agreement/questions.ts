import { sha256Hex } from '../audit/chain';
import type { Texts } from '../lib/i18n';
import type { Question } from '../survey/bank.types';

export interface CatalogueItem {
  id: string;
  bankVersion: string;
  text: Texts<string>;
  hash: string;
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

export function catalogue(questions: readonly Question[], bankVersion: string): CatalogueItem[] {
  return questions.map((q) => ({ id: q.id, bankVersion, text: { de: q.text.de, en: q.text.en }, hash: questionHash(q, bankVersion) }));
}
