import type { Texts } from '../lib/i18n';

export const questionnaireText: Texts<{
  title: string;
  intro: string;
  bank: (version: string) => string;
  modules: { pulse: string; quarterly: string };
  modulesIntro: { pulse: string; quarterly: string };
  measures: string;
  reversed: string;
  scale: (min: number, max: number, low: string, high: string) => string;
  choice: string;
  text: (max: number) => string;
  optional: string;
  german: string;
  english: string;
  constructs: Record<string, string>;
  comments: Record<string, string>;
  annexLink: string;
}> = {
  de: {
    title: 'Fragebogen',
    intro: 'So lesen die Beschäftigten die Fragen, auf Deutsch und auf Englisch, jede mit dem, was sie misst.',
    bank: (v) => `Fragenkatalog in der Fassung ${v}. Eine Frage, deren Sinn sich ändert, bekommt eine neue Kennung und eine neue Fassung, damit kein Verlauf Verschiedenes vergleicht.`,
    modules: { pulse: 'Puls: in jeder Welle', quarterly: 'Quartalsrückblick: zusätzlich in der ersten Welle eines Quartals' },
    modulesIntro: {
      pulse: 'Etwa zwei Minuten. Alle Fragen mit Skala sind Pflicht, der Kommentar ist freiwillig.',
      quarterly: 'Etwa drei Minuten mehr: Reifegrad, gesparte Zeit und drei offene Fragen.',
    },
    measures: 'Misst',
    reversed: 'umgekehrt gewertet: Zustimmung senkt den Wert',
    scale: (min, max, low, high) => `Skala ${min} bis ${max}: „${low}“ bis „${high}“`,
    choice: 'Auswahl',
    text: (max) => `Freitext, höchstens ${max} Zeichen`,
    optional: 'freiwillig',
    german: 'Deutsch',
    english: 'Englisch',
    constructs: { trust: 'Vertrauen', fear: 'Sorgen', gap: 'KI-Lücke', maturity: 'Reifegrad', kpi: 'Nutzen', comment: 'Kommentar' },
    comments: { 'comment.pulse': 'Kommentar', 'comment.works': 'Was gut funktioniert', 'comment.stalls': 'Wo es hakt', 'comment.support': 'Welche Unterstützung fehlt' },
    annexLink: 'Mit Prüfsummen für den Betriebsrat: Anlage zur Betriebsvereinbarung',
  },
  en: {
    title: 'Questionnaire',
    intro: 'How staff read the questions, in German and in English, each with what it measures.',
    bank: (v) => `Question bank version ${v}. A question whose meaning changes gets a new id and a new version, so no trend compares different things.`,
    modules: { pulse: 'Pulse: in every wave', quarterly: 'Quarterly retrospective: also in the first wave of a quarter' },
    modulesIntro: {
      pulse: 'About two minutes. Every scale question is required; the comment is optional.',
      quarterly: 'About three minutes more: maturity, time saved and three open questions.',
    },
    measures: 'Measures',
    reversed: 'reversed: agreeing lowers the score',
    scale: (min, max, low, high) => `Scale ${min} to ${max}: “${low}” to “${high}”`,
    choice: 'Choice',
    text: (max) => `Free text, at most ${max} characters`,
    optional: 'optional',
    german: 'German',
    english: 'English',
    constructs: { trust: 'Trust', fear: 'Fear', gap: 'GenAI gap', maturity: 'Maturity', kpi: 'Benefit', comment: 'Comment' },
    comments: { 'comment.pulse': 'Comment', 'comment.works': 'What works', 'comment.stalls': 'Where it stalls', 'comment.support': 'What support is missing' },
    annexLink: 'With checksums for the works council: annex to the works agreement',
  },
};
