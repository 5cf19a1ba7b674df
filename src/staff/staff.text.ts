import type { Channel, Role } from '../db/schema/org';
import { formatNumber, type StaffLang, type Texts } from '../lib/i18n';
import type { ChangedField } from './roster';

export interface StaffText {
  title: string;
  importTitle: string;
  intro: string;
  columns: string;
  allOrNothing: string;
  fileLabel: string;
  textLabel: string;
  textHint: string;
  fileAgain: string;
  submit: string;
  last: (at: string) => string;
  counts: { created: string; updated: string; deactivated: string; total: string };
  never: string;
  imported: string;
  rejected: (n: number) => string;
  more: (n: number) => string;
  cols: { line: string; column: string; message: string };
  treeTitle: string;
  treeEmpty: string;
  members: (n: number) => string;
  list: {
    search: string;
    searchHint: string;
    team: string;
    allTeams: string;
    role: string;
    allRoles: string;
    status: string;
    statuses: { active: string; inactive: string; all: string };
    apply: string;
    reset: string;
    found: (n: number) => string;
    none: string;
    download: string;
    downloadHint: string;
    importLink: string;
    cols: { name: string; email: string; team: string; role: string; language: string; status: string };
    active: string;
    inactive: string;
    /** In place of an email for someone invited on paper. */
    onPaper: string;
    company: string;
    previous: string;
    next: string;
    page: (from: number, to: number, of: number) => string;
  };
  roles: Record<Role, string>;
  /** The staff languages' names in the admin's language. */
  languages: Record<StaffLang, string>;
  preview: {
    title: string;
    intro: string;
    summary: (created: string, updated: string, deactivated: string, total: string) => string;
    nothing: string;
    tooMany: (n: string, of: string, share: string) => string;
    confirmMany: (n: string) => string;
    sections: { created: string; updated: string; deactivated: string };
    moreLines: (n: number) => string;
    fields: Record<ChangedField, string>;
    reactivated: string;
    changes: string;
    apply: string;
    cancel: string;
  };
  csv: { headers: string[]; roles: Record<Role, string>; channels: Record<Channel, string>; yes: string; no: string };
}

const de = (n: number) => formatNumber('de', n);
const en = (n: number) => formatNumber('en', n);

export const staffText: Texts<StaffText> = {
  de: {
    title: 'Belegschaft',
    importTitle: 'Belegschaft importieren',
    intro:
      'Laden Sie die Liste aller Mitarbeitenden als CSV hoch (z. B. aus Excel: „CSV UTF-8“). Sie sehen zuerst eine Vorschau; ' +
      'übernommen wird erst, wenn Sie bestätigen. Wer in der Datei fehlt, wird inaktiv und erhält keine Einladungen mehr; niemand wird gelöscht.',
    columns:
      'Spalten: E-Mail, Name, Abteilung (Pfad wie „Werk Nord/Montage“), Rolle (Basis-Nutzer, Power-User, KI-Champion), ' +
      'Sprache (de, en, tr, pl, ru oder uk, sonst de); dazu Personalnummer und Kanal (E-Mail oder Papier). ' +
      'Jede Zeile braucht eine E-Mail-Adresse oder eine Personalnummer; wer keine E-Mail-Adresse hat, bekommt einen Brief. ' +
      'Trennzeichen Komma oder Semikolon.',
    allOrNothing: 'Enthält die Datei einen Fehler, wird nichts übernommen; Sie sehen dann jede fehlerhafte Zeile.',
    fileLabel: 'CSV-Datei',
    textLabel: 'Oder den Inhalt hier einfügen',
    textHint: 'Wird nur verwendet, wenn keine Datei gewählt ist.',
    fileAgain: 'Bitte wählen Sie die korrigierte Datei erneut aus; eingefügter Text steht noch im Feld.',
    submit: 'Vorschau anzeigen',
    last: (at) => `Letzter Import am ${at}`,
    counts: { created: 'neu', updated: 'geändert', deactivated: 'inaktiv gesetzt', total: 'aktiv insgesamt' },
    never: 'Noch kein Import.',
    imported: 'Der Import ist übernommen.',
    rejected: (n) => `Die Datei wurde nicht importiert: ${n === 1 ? 'ein Problem' : `${de(n)} Probleme`}. Es wurde nichts geändert.`,
    more: (n) => `… und ${de(n)} weitere.`,
    cols: { line: 'Zeile', column: 'Spalte', message: 'Problem' },
    treeTitle: 'Teams',
    treeEmpty: 'Noch keine Teams – sie entstehen aus der Spalte Abteilung.',
    members: (n) => (n === 1 ? '1 Person' : `${de(n)} Personen`),
    list: {
      search: 'Suche nach Name oder E-Mail',
      searchHint: 'Alle Wörter müssen vorkommen, in beliebiger Reihenfolge: „jürgen müller“ findet „Müller, Jürgen“.',
      team: 'Team (mit allen Teams darunter)',
      allTeams: 'Alle Teams',
      role: 'Rolle',
      allRoles: 'Alle Rollen',
      status: 'Status',
      statuses: { active: 'Aktiv', inactive: 'Inaktiv', all: 'Alle' },
      apply: 'Anzeigen',
      reset: 'Filter zurücksetzen',
      found: (n) => (n === 1 ? 'Eine Person gefunden.' : `${de(n)} Personen gefunden.`),
      none: 'Niemand passt zu dieser Suche.',
      download: 'Als CSV für Excel herunterladen',
      downloadHint: 'Die Datei enthält alle gefundenen Personen und lässt sich geändert wieder importieren.',
      importLink: 'Neue Liste importieren',
      cols: { name: 'Name', email: 'E-Mail', team: 'Team', role: 'Rolle', language: 'Sprache', status: 'Status' },
      active: 'aktiv',
      inactive: 'inaktiv',
      onPaper: 'per Brief',
      company: 'Gesamtes Unternehmen',
      previous: '← Vorherige Seite',
      next: 'Nächste Seite →',
      page: (from, to, of) => `${de(from)}–${de(to)} von ${de(of)}`,
    },
    roles: { basic: 'Basis-Nutzer', power: 'Power-User', champion: 'KI-Champion' },
    languages: { de: 'Deutsch', en: 'Englisch', tr: 'Türkisch', pl: 'Polnisch', ru: 'Russisch', uk: 'Ukrainisch' },
    preview: {
      title: 'Vorschau des Imports',
      intro: 'Noch ist nichts geändert. Prüfen Sie, was der Import bewirken würde, und übernehmen Sie ihn dann.',
      summary: (c, u, d, t) => `${c} neu, ${u} geändert, ${d} werden inaktiv. Danach sind ${t} Personen aktiv.`,
      nothing: 'Die Datei enthält keine Änderung gegenüber der jetzigen Liste.',
      tooMany: (n, of, share) =>
        `Achtung: ${n} von ${of} aktiven Personen (${share}) würden inaktiv und keine Einladungen mehr erhalten. Fehlt ein Teil der Liste, etwa ein Standort oder eine Abteilung?`,
      confirmMany: (n) => `Ja, ${n} Personen sollen inaktiv werden.`,
      sections: { created: 'Neu', updated: 'Geändert', deactivated: 'Werden inaktiv' },
      moreLines: (n) => `… und ${de(n)} weitere.`,
      fields: { name: 'Name', team: 'Team', role: 'Rolle', language: 'Sprache', active: 'Status' },
      reactivated: 'wieder aktiv',
      changes: 'Änderung',
      apply: 'Import übernehmen',
      cancel: 'Abbrechen',
    },
    csv: {
      headers: ['E-Mail', 'Name', 'Abteilung', 'Rolle', 'Sprache', 'Personalnummer', 'Kanal', 'Aktiv'],
      roles: { basic: 'Basis-Nutzer', power: 'Power-User', champion: 'KI-Champion' },
      channels: { email: 'E-Mail', print: 'Papier' },
      yes: 'ja',
      no: 'nein',
    },
  },
  en: {
    title: 'Staff',
    importTitle: 'Import staff',
    intro:
      'Upload the list of all staff as CSV (from Excel: "CSV UTF-8"). You see a preview first; nothing changes until you ' +
      'confirm. Anyone missing from the file becomes inactive and gets no more invitations; nobody is deleted.',
    columns:
      'Columns: email, name, team (a path such as "Werk Nord/Montage"), role (basic, power, champion), ' +
      'language (de, en, tr, pl, ru or uk; de if empty); also employee_id and channel (email or print). ' +
      'Each row needs an email or an employee number; people without email get a letter. Separated by commas or semicolons.',
    allOrNothing: 'If the file has any error, nothing is imported; you then see every line at fault.',
    fileLabel: 'CSV file',
    textLabel: 'Or paste the contents here',
    textHint: 'Used only when no file is chosen.',
    fileAgain: 'Please choose the corrected file again; pasted text is still in the field.',
    submit: 'Show preview',
    last: (at) => `Last import on ${at}`,
    counts: { created: 'new', updated: 'changed', deactivated: 'made inactive', total: 'active in total' },
    never: 'No import yet.',
    imported: 'The import has been applied.',
    rejected: (n) => `The file was not imported: ${n === 1 ? 'one problem' : `${en(n)} problems`}. Nothing was changed.`,
    more: (n) => `… and ${en(n)} more.`,
    cols: { line: 'Line', column: 'Column', message: 'Problem' },
    treeTitle: 'Teams',
    treeEmpty: 'No teams yet – they are made from the team column.',
    members: (n) => (n === 1 ? '1 person' : `${en(n)} people`),
    list: {
      search: 'Search by name or email',
      searchHint: 'Every word must appear, in any order: "jürgen müller" finds "Müller, Jürgen".',
      team: 'Team (with every team below it)',
      allTeams: 'All teams',
      role: 'Role',
      allRoles: 'All roles',
      status: 'Status',
      statuses: { active: 'Active', inactive: 'Inactive', all: 'All' },
      apply: 'Show',
      reset: 'Clear filters',
      found: (n) => (n === 1 ? 'One person found.' : `${en(n)} people found.`),
      none: 'Nobody matches this search.',
      download: 'Download as CSV',
      downloadHint: 'The file holds everyone found and can be imported again after changes.',
      importLink: 'Import a new list',
      cols: { name: 'Name', email: 'Email', team: 'Team', role: 'Role', language: 'Language', status: 'Status' },
      active: 'active',
      inactive: 'inactive',
      onPaper: 'by letter',
      company: 'Whole company',
      previous: '← Previous page',
      next: 'Next page →',
      page: (from, to, of) => `${en(from)}–${en(to)} of ${en(of)}`,
    },
    roles: { basic: 'Basic user', power: 'Power user', champion: 'AI champion' },
    languages: { de: 'German', en: 'English', tr: 'Turkish', pl: 'Polish', ru: 'Russian', uk: 'Ukrainian' },
    preview: {
      title: 'Import preview',
      intro: 'Nothing has changed yet. Check what the import would do, then apply it.',
      summary: (c, u, d, t) => `${c} new, ${u} changed, ${d} become inactive. Afterwards ${t} people are active.`,
      nothing: 'The file holds no change against the current list.',
      tooMany: (n, of, share) =>
        `Careful: ${n} of ${of} active people (${share}) would become inactive and get no more invitations. Is part of the list missing, such as a site or a department?`,
      confirmMany: (n) => `Yes, ${n} people should become inactive.`,
      sections: { created: 'New', updated: 'Changed', deactivated: 'Become inactive' },
      moreLines: (n) => `… and ${en(n)} more.`,
      fields: { name: 'Name', team: 'Team', role: 'Role', language: 'Language', active: 'Status' },
      reactivated: 'active again',
      changes: 'Change',
      apply: 'Apply the import',
      cancel: 'Cancel',
    },
    csv: {
      headers: ['email', 'name', 'team', 'role', 'language', 'employee_id', 'channel', 'active'],
      roles: { basic: 'basic', power: 'power', champion: 'champion' },
      channels: { email: 'email', print: 'print' },
      yes: 'yes',
      no: 'no',
    },
  },
};
