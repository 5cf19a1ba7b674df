import type { Texts } from '../lib/i18n';

/**
 * The fixed content of the agreement annex: how Puls works, in German and English. It describes the code, so it
 * changes with it; the annex's hash covers it, so a council sees a new annex when it changed.
 */

export const ROLE_IDS = ['staff', 'leader', 'admin', 'council'] as const;
export type RoleId = (typeof ROLE_IDS)[number];

export const roles: { role: RoleId; sees: Texts<string> }[] = [
  {
    role: 'staff',
    sees: {
      de: 'Beschäftigte erhalten einen persönlichen, einmal nutzbaren Link und beantworten die Fragen. Niemand sieht ihre einzelnen Antworten.',
      en: 'Staff receive a personal single-use link and answer the questions. Nobody sees their individual answers.',
    },
  },
  {
    role: 'leader',
    sees: {
      de: 'Führungskräfte sehen die zusammengefassten Ergebnisse ihres Teams und der Teams darunter, nur für Gruppen mit mindestens k Antworten. Keine Personenlisten, keine einzelnen Antworten, keine anderen Teams.',
      en: 'Leaders see the combined results of their team and the teams below it, only for groups with at least k answers. No lists of people, no individual answers, no other teams.',
    },
  },
  {
    role: 'admin',
    sees: {
      de: 'Die Administration pflegt die Personalliste, startet und beendet Befragungen, sieht alle veröffentlichten Ergebnisse und exportiert den Quartalsrückblick. Sie sieht, wer eingeladen wurde, nie, was jemand geantwortet hat. Änderungen, die den Schutz senken, brauchen eine zweite Person.',
      en: 'Administrators keep the staff list, open and close surveys, see every published result and export the quarterly retrospective. They see who was invited, never what anyone answered. Changes that lower protection need a second person.',
    },
  },
  {
    role: 'council',
    sees: {
      de: 'Der Betriebsrat sieht die Einstellungen, den Fragenkatalog, das Protokoll, diese Anlage und die Ergebnisse des ganzen Unternehmens. Er sieht keine Teamergebnisse, keine Personenlisten und keinen Postausgang und gibt Änderungen frei, die den Schutz senken.',
      en: 'The works council sees the settings, the question catalogue, the audit log, this annex and company-wide results. It sees no team results, no lists of people and no outbox, and approves changes that lower protection.',
    },
  },
];

export const dataCategories: { id: string; text: Texts<string> }[] = [
  {
    id: 'staff-list',
    text: {
      de: 'Personalliste: E-Mail-Adresse, Name, Team, KI-Rolle (Basis-Nutzer, Power-User, KI-Champion) und Sprache, aus einer CSV-Datei der Personalabteilung.',
      en: 'Staff list: email address, name, team, AI role (basic user, power user, AI champion) and language, from a CSV file from HR.',
    },
  },
  {
    id: 'invitations',
    text: {
      de: 'Einladungen: wer zu welcher Welle eingeladen wurde, mit Team, Rolle und Sprache zum Zeitpunkt der Einladung; der persönliche Link nur als Prüfsumme.',
      en: 'Invitations: who was invited to which wave, with team, role and language at the time of the invitation; the personal link only as a checksum.',
    },
  },
  {
    id: 'answers',
    text: {
      de: 'Antworten: während die Welle läuft verschlüsselt, ohne Person und ohne Zeit; danach nur zusammengefasst in Gruppen (Blöcken) von mindestens k Personen.',
      en: 'Answers: encrypted while the wave runs, without person and without time; afterwards only combined in groups (blocks) of at least k people.',
    },
  },
  {
    id: 'comments',
    text: {
      de: 'Freie Kommentare: getrennt von den übrigen Antworten, ohne jedes Merkmal der Person, nur für Gruppen ab der Mindestzahl für Kommentare sichtbar.',
      en: 'Open comments: apart from the other answers, without any attribute of the person, visible only for groups from the minimum for comments on.',
    },
  },
  {
    id: 'accounts',
    text: {
      de: 'Zugänge: E-Mail-Adresse und Rolle von Führungskräften, Administration und Betriebsrat; Anmeldelinks und Sitzungen nur als Prüfsumme.',
      en: 'Access: email address and role of leaders, administrators and the works council; sign-in links and sessions only as checksums.',
    },
  },
  {
    id: 'outbox',
    text: {
      de: 'Postausgang: Empfängeradresse und Zustellstatus jeder E-Mail; der Text mit dem persönlichen Link wird erst beim Versand erzeugt und nicht gespeichert.',
      en: 'Outbox: recipient address and delivery status of each email; the text with the personal link is created when it is sent and not stored.',
    },
  },
  {
    id: 'audit-log',
    text: {
      de: 'Protokoll: wer wann was geändert, geöffnet, heruntergeladen oder gelöscht hat – nie Antworten, Links oder wer geantwortet hat.',
      en: 'Audit log: who changed, opened, downloaded or deleted what and when – never answers, links or who answered.',
    },
  },
];

export const notStored: { id: string; text: Texts<string> }[] = [
  { id: 'link-person-answer', text: { de: 'Eine Verbindung zwischen einer Person und ihren Antworten.', en: 'Any link between a person and their answers.' } },
  { id: 'answer-time', text: { de: 'Der Zeitpunkt einer Antwort.', en: 'The time of an answer.' } },
  { id: 'ip-address', text: { de: 'IP-Adressen.', en: 'IP addresses.' } },
  {
    id: 'plain-links',
    text: { de: 'Persönliche Links und Anmeldelinks im Klartext (nur Prüfsummen).', en: 'Personal links and sign-in links in plain text (only checksums).' },
  },
  {
    id: 'small-groups',
    text: {
      de: 'Ergebnisse über weniger als k Personen, auch nicht durch Abziehen zweier veröffentlichter Zahlen.',
      en: 'Results about fewer than k people, not even by subtracting two published numbers.',
    },
  },
  {
    id: 'logs',
    text: { de: 'Links, E-Mail-Adressen oder Antworten in Server-Logs.', en: 'Links, email addresses or answers in server logs.' },
  },
];

export const measures: Texts<string[]> = {
  de: [
    'Versiegelt, solange die Welle läuft: Antworten werden mit AES-256-GCM verschlüsselt, mit einem Schlüssel außerhalb der Datenbank, auf eine einheitliche Größe aufgefüllt und ohne Zeit gespeichert. Ergebnisse entstehen erst nach dem Ende der Welle.',
    'Blöcke: Beim Ende einer Welle werden die Antwortenden in Blöcke von mindestens k Personen eingeteilt. Jede veröffentlichte Zahl ist eine Summe über ganze Blöcke; die Differenz zweier Zahlen umfasst daher mindestens k Personen oder niemanden.',
    'Was eine Kopie der Datenbank zeigt: wer eingeladen wurde und die zusammengefassten Ergebnisse abgeschlossener Wellen – nicht, wer was geantwortet hat. Wer zusätzlich den Schlüssel hat, könnte die versiegelten Antworten einer laufenden Welle öffnen; der Schlüssel gehört deshalb nicht in Datensicherungen.',
    'Gelöschte Zeilen werden überschrieben (secure_delete); auf Cloudflare D1 gilt stattdessen dessen 30-tägige Wiederherstellungsfrist.',
    'Anmeldung mit einmal nutzbaren Links per E-Mail, Sitzungen nur als Prüfsumme, Schutz gegen seitenübergreifende Anfragen.',
    'Vier-Augen-Prinzip: Was den Schutz senkt (k, Mindestzahl für Kommentare, Erinnerungen an alle, Aufbewahrungsfristen, neue Administration, Betriebsratsmitglieder), gilt erst nach Zustimmung einer zweiten namentlich angemeldeten Person.',
    'Protokoll mit Prüfsummenkette: Jeder Eintrag trägt die Prüfsumme des vorigen; eine Änderung oder Lücke zeigt die Prüfung. Die Prüfsumme des neuesten Eintrags steht unten: Ein späterer Vergleich mit diesem Ausdruck zeigt auch, ob Einträge am Ende entfernt wurden.',
  ],
  en: [
    'Sealed while the wave runs: answers are encrypted with AES-256-GCM under a key outside the database, padded to one size and stored without time. Results exist only after the wave has ended.',
    'Blocks: when a wave ends, respondents are divided into blocks of at least k people. Every published number is a sum over whole blocks, so the difference of two numbers covers at least k people or nobody.',
    'What a copy of the database shows: who was invited and the combined results of closed waves – not who answered what. Whoever also holds the key could open the sealed answers of a running wave; the key therefore does not belong in backups.',
    'Deleted rows are overwritten (secure_delete); on Cloudflare D1 its 30-day recovery window applies instead.',
    'Sign-in with single-use links by email, sessions only as checksums, protection against cross-site requests.',
    'Four eyes: whatever lowers protection (k, the minimum for comments, reminders to everyone, retention periods, new administrators, works council members) applies only after a second person who signed in by name approves.',
    'Audit log with a hash chain: each entry carries the checksum of the one before; a change or a gap shows in the check. The checksum of the newest entry is printed below: comparing it later with this printout also shows whether entries were removed at the end.',
  ],
};

/** The anonymity rules, with the k and the minimum for comments in force. */
export const rules: Texts<(k: number, kComments: number) => string[]> = {
  de: (k, kc) => [
    `Ergebnisse erscheinen nur für Gruppen mit mindestens ${k} Antworten (k = ${k}; nie unter 3).`,
    `Freie Kommentare erscheinen nur für Gruppen mit mindestens ${kc} Antworten, gemischt und ohne jedes Merkmal.`,
    'Keine Kombination veröffentlichter Zahlen – über Teams, Rollen, Wellen und Quartale – darf auf weniger als k Personen schließen lassen; Gruppen, bei denen das droht, werden als „nicht sichtbar“ mit Grund angezeigt, nie als Null.',
    'Jede Welle behält das k, mit dem sie begonnen hat; es steht bei ihren Ergebnissen.',
    'Die Teilnahme zeigt Puls nur, wo auch die Ergebnisse gezeigt werden, und unternehmensweit erst ab k Antworten.',
  ],
  en: (k, kc) => [
    `Results appear only for groups with at least ${k} answers (k = ${k}; never below 3).`,
    `Open comments appear only for groups with at least ${kc} answers, shuffled and without any attribute.`,
    'No combination of published numbers – across teams, roles, waves and quarters – may point to fewer than k people; groups where that threatens are shown as "not visible" with a reason, never as zero.',
    'Each wave keeps the k it started with; it is shown with its results.',
    'Puls shows participation only where it also shows results, and company-wide only from k answers on.',
  ],
};
