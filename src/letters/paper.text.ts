import type { Texts } from '../lib/i18n';

/** The admin side of paper: the wave page's section, the print toolbars. German and English, like every admin page. */
export const paperText: Texts<{
  title: string;
  intro: (letters: number) => string;
  none: string;
  all: string;
  reminders: string;
  remindersTargeted: string;
  byTeam: string;
  team: string;
  show: string;
  codesTitle: string;
  codesIntro: string;
  count: string;
  role: string;
  roles: Record<'basic' | 'power' | 'champion', string>;
  roleHint: string;
  create: string;
  sheets: string;
  cols: { team: string; issued: string; used: string; sheet: string };
  usedHidden: (k: number) => string;
  print: string;
  printHint: string;
  back: string;
  lettersTitle: (n: number) => string;
  sheetTitle: (team: string, n: number) => string;
  slipLanguage: string;
}> = {
  de: {
    title: 'Auf Papier',
    intro: (n) =>
      `${n} ${n === 1 ? 'Person ist' : 'Personen sind'} auf dem Papierweg eingeladen: Sie bekommen keine E-Mail, sondern einen Brief mit QR-Code und Code. Drucken Sie die Briefe und verteilen Sie sie persönlich.`,
    none: 'In dieser Welle ist niemand auf dem Papierweg eingeladen (Spalte „Kanal“ = „Papier“ oder keine E-Mail-Adresse in der Personalliste).',
    all: 'Alle Briefe drucken',
    reminders: 'Erinnerungsbriefe drucken',
    remindersTargeted:
      'Achtung: Erinnerungen gehen laut Einstellungen nur an Personen, die noch nicht geantwortet haben. Wer die Erinnerungsbriefe druckt, sieht dann, wer noch nicht geantwortet hat.',
    byTeam: 'Briefe eines Teams',
    team: 'Team',
    show: 'Briefe anzeigen',
    codesTitle: 'Team-Codes (Kiosk)',
    codesIntro:
      'Für Teams, in denen auch Briefe nicht passen: ein Blatt mit Einmal-Codes, die zufällig verteilt werden. Jeder Code zählt für das Team und für niemanden persönlich. Geben Sie Codes nur an Menschen ohne eigene Einladung, und verteilen Sie jedes Blatt ganz.',
    count: 'Anzahl Codes',
    role: 'Die Antworten zählen als Rolle',
    roles: { basic: 'Basis-Nutzer', power: 'Power-User', champion: 'KI-Champion' },
    roleHint: 'Ein Code gehört niemandem, also auch keiner Rolle: Die Antworten eines Blattes zählen in den Rollenvergleichen des Unternehmens als diese Rolle.',
    create: 'Codes erstellen und drucken',
    sheets: 'Gedruckte Blätter',
    cols: { team: 'Team', issued: 'Codes', used: 'Benutzt', sheet: 'Blatt' },
    usedHidden: (k) => `weniger als ${k}`,
    print: 'Drucken: Strg+P (Mac: ⌘+P), als PDF speichern oder direkt drucken. Jeder Brief ist eine A4-Seite.',
    printHint: 'Diese Seite enthält persönliche Links und Codes: Drucken Sie sie, geben Sie sie nicht weiter, und schließen Sie sie danach.',
    back: 'Zurück zur Welle',
    lettersTitle: (n) => `${n} ${n === 1 ? 'Brief' : 'Briefe'}`,
    sheetTitle: (team, n) => `${n} Team-Codes · ${team}`,
    slipLanguage: 'Sprache der Zettel',
  },
  en: {
    title: 'On paper',
    intro: (n) =>
      `${n} ${n === 1 ? 'person is' : 'people are'} invited on paper: they get no email but a letter with a QR code and a code. Print the letters and hand them out in person.`,
    none: 'Nobody is invited on paper in this wave (column "channel" = "print", or no email address in the staff list).',
    all: 'Print all letters',
    reminders: 'Print reminder letters',
    remindersTargeted:
      'Note: the settings send reminders only to people who have not answered yet. Whoever prints the reminder letters then sees who has not answered.',
    byTeam: "A team's letters",
    team: 'Team',
    show: 'Show letters',
    codesTitle: 'Team codes (kiosk)',
    codesIntro:
      'For teams where even letters do not fit: a sheet of one-time codes, handed out at random. Each code counts for the team and for nobody in person. Give codes only to people without an invitation of their own, and hand out each sheet whole.',
    count: 'Number of codes',
    role: 'Answers count as role',
    roles: { basic: 'Basic user', power: 'Power user', champion: 'AI champion' },
    roleHint: "A code belongs to nobody, so to no role either: a sheet's answers count as this role in the company's role comparisons.",
    create: 'Create and print codes',
    sheets: 'Printed sheets',
    cols: { team: 'Team', issued: 'Codes', used: 'Used', sheet: 'Sheet' },
    usedHidden: (k) => `fewer than ${k}`,
    print: 'Print: Ctrl+P (Mac: ⌘+P), save as PDF or print directly. Each letter is one A4 page.',
    printHint: 'This page holds personal links and codes: print it, do not pass it on, and close it afterwards.',
    back: 'Back to the wave',
    lettersTitle: (n) => `${n} ${n === 1 ? 'letter' : 'letters'}`,
    sheetTitle: (team, n) => `${n} team codes · ${team}`,
    slipLanguage: 'Language of the slips',
  },
};
