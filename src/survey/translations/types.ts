import type { StaffLang } from '../../lib/i18n';

/** The staff languages the question bank is translated into (German and English are the bank's own). */
export type TranslatedLang = Exclude<StaffLang, 'de' | 'en'>;

/**
 * One version of the question bank in one language. A translation is versioned on its own: fixing a Turkish wording
 * is a new Turkish version (`tr.2`) and nothing else changes — not the bank version, not another language, not the
 * German and English hashes of the agreement annex. A wave records the versions it opened with.
 */
export interface BankTranslation {
  lang: TranslatedLang;
  /** `<lang>.<n>`, counting up. */
  version: string;
  /** The bank versions whose every item this translates (ids with the same meaning share a translation). */
  banks: readonly string[];
  /** The 1–5 agreement scale's ends. */
  agree: [low: string, high: string];
  /** Per question id: its text, and for choices each option's label by value. */
  questions: Record<string, { text: string; options?: Record<string, string> }>;
}
