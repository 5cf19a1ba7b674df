import type { Lang, Texts } from '../lib/i18n';
import type { Value } from './fields';

/** Names of the settings as people read them; the approvals and the audit log use them too. */
export const fieldLabels: Texts<Record<string, string>> = {
  de: {
    k: 'Mindestzahl an Antworten (k)',
    kComments: 'Mindestzahl für Kommentare',
    remindEveryone: 'Erinnerungen an alle Eingeladenen',
    'retention.commentsMonths': 'Aufbewahrung der Kommentare',
    'retention.resultsYears': 'Aufbewahrung der Ergebnisse',
    'retention.inactiveStaffMonths': 'Aufbewahrung ausgeschiedener Personen',
    'privacy.controllerName': 'Verantwortlicher',
    'privacy.controllerAddress': 'Anschrift des Verantwortlichen',
    'privacy.dpoContact': 'Kontakt der/des Datenschutzbeauftragten',
    'privacy.purpose.de': 'Zweck (Deutsch)',
    'privacy.purpose.en': 'Zweck (Englisch)',
    'privacy.legalBasis.de': 'Rechtsgrundlage (Deutsch)',
    'privacy.legalBasis.en': 'Rechtsgrundlage (Englisch)',
    quarterlyModule: 'Quartalsrückblick',
  },
  en: {
    k: 'Minimum number of answers (k)',
    kComments: 'Minimum for comments',
    remindEveryone: 'Reminders to everyone invited',
    'retention.commentsMonths': 'Keeping comments',
    'retention.resultsYears': 'Keeping results',
    'retention.inactiveStaffMonths': 'Keeping people who left',
    'privacy.controllerName': 'Controller',
    'privacy.controllerAddress': "Controller's address",
    'privacy.dpoContact': 'Contact of the data protection officer',
    'privacy.purpose.de': 'Purpose (German)',
    'privacy.purpose.en': 'Purpose (English)',
    'privacy.legalBasis.de': 'Legal basis (German)',
    'privacy.legalBasis.en': 'Legal basis (English)',
    quarterlyModule: 'Quarterly retrospective',
  },
};

const UNITS: Record<string, Texts<(n: number) => string>> = {
  'retention.commentsMonths': { de: (n) => `${n} ${n === 1 ? 'Monat' : 'Monate'}`, en: (n) => `${n} month${n === 1 ? '' : 's'}` },
  'retention.resultsYears': { de: (n) => `${n} ${n === 1 ? 'Jahr' : 'Jahre'}`, en: (n) => `${n} year${n === 1 ? '' : 's'}` },
  'retention.inactiveStaffMonths': { de: (n) => `${n} ${n === 1 ? 'Monat' : 'Monate'}`, en: (n) => `${n} month${n === 1 ? '' : 's'}` },
};

const MODULES: Texts<Record<string, string>> = {
  de: { 'first-of-quarter': 'erste Welle im Quartal', off: 'aus' },
  en: { 'first-of-quarter': 'first wave of a quarter', off: 'off' },
};

/** A setting's value in words: "12 Monate", "an", "aus"; long texts shortened. */
export function formatValue(lang: Lang, path: string, value: Value): string {
  if (typeof value === 'boolean') return value ? (lang === 'de' ? 'an' : 'on') : lang === 'de' ? 'aus' : 'off';
  if (typeof value === 'number') return UNITS[path]?.[lang](value) ?? String(value);
  if (path === 'quarterlyModule') return MODULES[lang][value] ?? value;
  if (value === '') return '–';
  return value.length > 80 ? `${value.slice(0, 77)}…` : value;
}

export const settingsText: Texts<{
  title: string;
  intro: string;
  readOnly: string;
  saved: string;
  pending: string;
  pendingLink: string;
  waiting: (n: number) => string;
  invalid: string;
  anonymity: string;
  anonymityIntro: string;
  reminders: string;
  remindEveryoneLabel: string;
  remindEveryoneHint: string;
  retention: string;
  retentionIntro: string;
  months: string;
  years: string;
  privacy: string;
  privacyIntro: string;
  privacyLink: string;
  fourEyes: string;
  save: string;
}> = {
  de: {
    title: 'Einstellungen',
    intro: 'Was Puls schützt und wie lange es Daten aufbewahrt. Jede Änderung steht im Protokoll.',
    readOnly: 'Sie sehen die Einstellungen; ändern kann sie die Administration.',
    saved: 'Gespeichert.',
    pending: 'Ein Teil der Änderung senkt den Schutz und wartet auf die Zustimmung einer zweiten Person; der Rest gilt sofort.',
    pendingLink: 'Zu den Freigaben',
    waiting: (n) => (n === 1 ? 'Eine Änderung wartet auf Freigabe.' : `${n} Änderungen warten auf Freigabe.`),
    invalid: 'Bitte prüfen Sie die markierten Felder:',
    anonymity: 'Anonymität',
    anonymityIntro:
      'Ergebnisse erscheinen nur für Gruppen mit mindestens k Antworten, Kommentare nur ab der zweiten Zahl. Jede Welle behält die Werte, mit denen sie begonnen hat.',
    reminders: 'Erinnerungen',
    remindEveryoneLabel: 'Erinnerungen an alle Eingeladenen senden',
    remindEveryoneHint:
      'Geht die Erinnerung an alle, erfahren weder die Datenbank noch der E-Mail-Dienst, wer noch nicht geantwortet hat. Wer schon teilgenommen hat, kann sie ignorieren.',
    retention: 'Aufbewahrung',
    retentionIntro: 'Was älter ist, löscht Puls selbsttätig und vermerkt es im Protokoll.',
    months: 'Monate',
    years: 'Jahre',
    privacy: 'Datenschutzhinweis (Art. 13 DSGVO)',
    privacyIntro: 'Diese Angaben stehen auf der öffentlichen Seite',
    privacyLink: 'Datenschutzhinweise',
    fourEyes:
      'Vier-Augen-Prinzip: k und die Mindestzahl für Kommentare senken, Erinnerungen an alle abschalten oder eine Aufbewahrungsfrist ändern gilt erst, wenn eine zweite Person (Administration oder Betriebsrat) zustimmt. Was den Schutz erhöht, gilt sofort.',
    save: 'Speichern',
  },
  en: {
    title: 'Settings',
    intro: 'What Puls protects and how long it keeps data. Every change is in the audit log.',
    readOnly: 'You can see the settings; administrators change them.',
    saved: 'Saved.',
    pending: 'Part of the change lowers protection and waits for a second person to approve it; the rest applies now.',
    pendingLink: 'Go to approvals',
    waiting: (n) => (n === 1 ? 'One change waits for approval.' : `${n} changes wait for approval.`),
    invalid: 'Please check the marked fields:',
    anonymity: 'Anonymity',
    anonymityIntro:
      'Results appear only for groups with at least k answers, comments only from the second number on. Each wave keeps the values it started with.',
    reminders: 'Reminders',
    remindEveryoneLabel: 'Send reminders to everyone invited',
    remindEveryoneHint:
      'When the reminder goes to everyone, neither the database nor the mail service learns who has not answered yet. Whoever has taken part can ignore it.',
    retention: 'Retention',
    retentionIntro: 'Puls deletes what is older on its own and notes it in the audit log.',
    months: 'months',
    years: 'years',
    privacy: 'Privacy notice (Art. 13 GDPR)',
    privacyIntro: 'These details appear on the public page',
    privacyLink: 'Privacy notice',
    fourEyes:
      'Four eyes: lowering k or the minimum for comments, switching off reminders to everyone or changing a retention period applies only once a second person (an administrator or the works council) approves. What raises protection applies at once.',
    save: 'Save',
  },
};
