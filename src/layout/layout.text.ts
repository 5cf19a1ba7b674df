import type { Texts } from '../lib/i18n';

/** The header of every signed-in page: where one can go, and signing out. */
export interface NavText {
  home: string;
  staff: string;
  people: string;
  outbox: string;
  results: string;
  retrospectives: string;
  schedule: string;
  settings: string;
  approvals: string;
  audit: string;
  agreement: string;
  questionnaire: string;
  glossary: string;
  signOut: string;
}

export const navText: Texts<NavText> = {
  de: { home: 'Übersicht', staff: 'Belegschaft', people: 'Personen mit Zugang', outbox: 'Postausgang', results: 'Ergebnisse', retrospectives: 'Quartalsrückblicke', schedule: 'Rhythmus', settings: 'Einstellungen', approvals: 'Freigaben', audit: 'Protokoll', agreement: 'Anlage BV', questionnaire: 'Fragebogen', glossary: 'Begriffe', signOut: 'Abmelden' },
  en: { home: 'Overview', staff: 'Staff', people: 'People with access', outbox: 'Outbox', results: 'Results', retrospectives: 'Retrospectives', schedule: 'Cadence', settings: 'Settings', approvals: 'Approvals', audit: 'Audit log', agreement: 'Agreement annex', questionnaire: 'Questionnaire', glossary: 'Terms', signOut: 'Sign out' },
};
