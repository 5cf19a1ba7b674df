import type { Texts } from '../lib/i18n';

/**
 * What the Art. 13 notice says until an admin writes the company's own words (settings `privacyPurposeDe` …).
 * The legal basis is a sensible starting point for a German employer with a works agreement; the data protection
 * officer should confirm or replace it.
 */
export const DEFAULT_PURPOSE: Texts<string> = {
  de: 'Anonyme Kurzbefragungen darüber, wie die Belegschaft den Einsatz von künstlicher Intelligenz erlebt (Vertrauen, Sorgen, Nutzung), damit Unternehmen und Betriebsrat die Einführung begleiten und Unterstützung gezielt anbieten können. Ihre Kontaktdaten werden nur verwendet, um Ihnen persönliche Teilnahmelinks und Erinnerungen zu senden.',
  en: 'Short anonymous surveys on how staff experience the use of artificial intelligence (trust, concerns, use), so that the company and the works council can guide its introduction and offer support where it is needed. Your contact details are used only to send you personal survey links and reminders.',
};

export const DEFAULT_LEGAL_BASIS: Texts<string> = {
  de: 'Art. 6 Abs. 1 lit. f DSGVO (berechtigtes Interesse, die Einführung von KI zu begleiten) in Verbindung mit der Betriebsvereinbarung zu Puls (Art. 88 DSGVO, § 26 Abs. 4 BDSG). Die Teilnahme ist freiwillig; wer nicht teilnimmt, hat keinerlei Nachteile.',
  en: 'Art. 6(1)(f) GDPR (legitimate interest in guiding the introduction of AI) together with the works agreement on Puls (Art. 88 GDPR, Section 26(4) BDSG). Taking part is voluntary; not taking part has no consequences whatsoever.',
};
