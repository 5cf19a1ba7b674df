import type { Lang, Texts } from '../lib/i18n';
import { isState } from '../schedule/days';
import { stateNames } from '../schedule/schedule.text';
import type { Value } from './fields';

/** Names of the settings as people read them; the approvals and the audit log use them too. */
export const fieldLabels: Texts<Record<string, string>> = {
  de: {
    'company.name': 'Name des Unternehmens',
    'company.contact': 'Ansprechperson für Fragen der Beschäftigten',
    'calendar.state': 'Bundesland',
    'calendar.closures': 'Betriebsferien',
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
    'company.name': 'Company name',
    'company.contact': 'Contact for questions from staff',
    'calendar.state': 'German state',
    'calendar.closures': 'Closure weeks',
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

/** What a refused field says, beside it; `p` holds the refusal's values (the range that did not parse, the k). */
export const fieldErrors: Texts<Record<string, (p: Record<string, unknown>) => string>> = {
  de: {
    'company.name': () => 'Bitte geben Sie den Namen des Unternehmens an (höchstens 200 Zeichen).',
    'company.contact': () => 'Höchstens 500 Zeichen.',
    'calendar.state': () => 'Bitte wählen Sie ein Bundesland aus der Liste.',
    'calendar.closures': (p) =>
      `${p.item ? `„${String(p.item)}“ ist kein Zeitraum. ` : ''}Bitte je Zeile einen Tag oder einen Zeitraum wie 24.12.2026 – 01.01.2027 (höchstens 92 Tage, höchstens 24 Zeiträume).`,
    k: () => 'k liegt zwischen 3 und 50; unter 3 ist nicht erlaubt.',
    kComments: (p) => (p.k ? `Mindestens so groß wie k (${String(p.k)}) und höchstens 100.` : 'Zwischen 3 und 100, und mindestens so groß wie k.'),
    'retention.commentsMonths': () => 'Bitte eine ganze Zahl von 1 bis 120 Monaten.',
    'retention.resultsYears': () => 'Bitte eine ganze Zahl von 1 bis 10 Jahren.',
    'retention.inactiveStaffMonths': () => 'Bitte eine ganze Zahl von 1 bis 120 Monaten.',
    'privacy.controllerName': () => 'Bitte geben Sie den Verantwortlichen an (höchstens 200 Zeichen).',
  },
  en: {
    'company.name': () => 'Please give the company name (at most 200 characters).',
    'company.contact': () => 'At most 500 characters.',
    'calendar.state': () => 'Please choose a state from the list.',
    'calendar.closures': (p) =>
      `${p.item ? `“${String(p.item)}” is not a period. ` : ''}Please give one day or period per line, such as 2026-12-24 – 2027-01-01 (at most 92 days, at most 24 periods).`,
    k: () => 'k is between 3 and 50; below 3 is not allowed.',
    kComments: (p) => (p.k ? `At least as large as k (${String(p.k)}) and at most 100.` : 'Between 3 and 100, and at least as large as k.'),
    'retention.commentsMonths': () => 'Please give a whole number from 1 to 120 months.',
    'retention.resultsYears': () => 'Please give a whole number from 1 to 10 years.',
    'retention.inactiveStaffMonths': () => 'Please give a whole number from 1 to 120 months.',
    'privacy.controllerName': () => 'Please name the controller (at most 200 characters).',
  },
};

/** A setting's value in words: "12 Monate", "an", "aus"; long texts shortened. */
export function formatValue(lang: Lang, path: string, value: Value): string {
  if (typeof value === 'boolean') return value ? (lang === 'de' ? 'an' : 'on') : lang === 'de' ? 'aus' : 'off';
  if (typeof value === 'number') return UNITS[path]?.[lang](value) ?? String(value);
  if (path === 'quarterlyModule') return MODULES[lang][value] ?? value;
  if (path === 'calendar.state') return isState(value) ? stateNames[lang][value] : lang === 'de' ? 'nur bundesweite Feiertage' : 'nationwide holidays only';
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
  invalidField: (p: Record<string, unknown>) => string;
  company: string;
  companyNameHint: string;
  contactHint: string;
  calendar: string;
  calendarIntro: string;
  noState: string;
  closuresHint: string;
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
    invalid: 'Nichts wurde gespeichert. Bitte prüfen Sie die markierten Felder:',
    invalidField: () => 'Dieser Wert ist nicht gültig.',
    company: 'Unternehmen',
    companyNameHint: 'Steht in den Einladungen, im Quartalsbericht und als oberste Ebene der Teams.',
    contactHint:
      'Wird den Beschäftigten auf der Befragung und der Dankeseite gezeigt, etwa: „Personalabteilung, Frau Schmidt, Tel. 0711 123-45, personal@firma.de“.',
    calendar: 'Kalender',
    calendarIntro:
      'Kein Start, keine Erinnerung und kein Ende einer geplanten Welle fällt auf ein Wochenende, einen Feiertag oder in die Betriebsferien.',
    noState: 'Nur bundesweite Feiertage',
    closuresHint: 'Je Zeile ein Tag oder Zeitraum, etwa 24.12.2026 – 01.01.2027.',
    anonymity: 'Anonymität',
    anonymityIntro:
      'Ergebnisse erscheinen nur für Gruppen mit mindestens k Antworten (nie unter 3), Kommentare nur ab der zweiten Zahl (nie unter k). Jede Welle behält die Werte, mit denen sie begonnen hat.',
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
    invalid: 'Nothing was saved. Please check the marked fields:',
    invalidField: () => 'This value is not valid.',
    company: 'Company',
    companyNameHint: 'Appears in the invitations, in the quarterly report and as the top level of the teams.',
    contactHint:
      'Shown to staff on the survey and its thank-you page, for example: "HR, Ms Schmidt, phone 0711 123-45, hr@company.de".',
    calendar: 'Calendar',
    calendarIntro: 'No opening, reminder or closing of a planned wave falls on a weekend, a public holiday or in the closure weeks.',
    noState: 'Nationwide holidays only',
    closuresHint: 'One day or period per line, such as 2026-12-24 – 2027-01-01.',
    anonymity: 'Anonymity',
    anonymityIntro:
      'Results appear only for groups with at least k answers (never below 3), comments only from the second number on (never below k). Each wave keeps the values it started with.',
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
