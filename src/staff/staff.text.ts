import { formatNumber, type Texts } from '../lib/i18n';

export const staffText: Texts<{
  title: string;
  intro: string;
  columns: string;
  allOrNothing: string;
  fileLabel: string;
  textLabel: string;
  textHint: string;
  submit: string;
  last: (at: string) => string;
  counts: { created: string; updated: string; deactivated: string; total: string };
  never: string;
  rejected: (n: number) => string;
  more: (n: number) => string;
  cols: { line: string; column: string; message: string };
  treeTitle: string;
  treeEmpty: string;
  members: (n: number) => string;
}> = {
  de: {
    title: 'Belegschaft',
    intro:
      'Laden Sie die Liste aller Mitarbeitenden als CSV hoch (z. B. aus Excel: „CSV UTF-8“). Wer in der Datei fehlt, ' +
      'wird inaktiv und erhält keine Einladungen mehr; niemand wird gelöscht.',
    columns:
      'Spalten: E-Mail, Name, Abteilung (Pfad wie „Werk Nord/Montage“), Rolle (Basis-Nutzer, Power-User, KI-Champion), ' +
      'Sprache (de, en, tr, pl, ru oder uk, sonst de); dazu Personalnummer und Kanal (E-Mail oder Papier). ' +
      'Jede Zeile braucht eine E-Mail-Adresse oder eine Personalnummer; wer keine E-Mail-Adresse hat, bekommt einen Brief. ' +
      'Trennzeichen Komma oder Semikolon.',
    allOrNothing: 'Enthält die Datei einen Fehler, wird nichts übernommen; Sie sehen dann jede fehlerhafte Zeile.',
    fileLabel: 'CSV-Datei',
    textLabel: 'Oder den Inhalt hier einfügen',
    textHint: 'Wird nur verwendet, wenn keine Datei gewählt ist.',
    submit: 'Importieren',
    last: (at) => `Letzter Import am ${at}`,
    counts: { created: 'neu', updated: 'geändert', deactivated: 'inaktiv gesetzt', total: 'aktiv insgesamt' },
    never: 'Noch kein Import.',
    rejected: (n) => `Die Datei wurde nicht importiert: ${n === 1 ? 'ein Problem' : `${formatNumber('de', n)} Probleme`}. Es wurde nichts geändert.`,
    more: (n) => `… und ${formatNumber('de', n)} weitere.`,
    cols: { line: 'Zeile', column: 'Spalte', message: 'Problem' },
    treeTitle: 'Teams',
    treeEmpty: 'Noch keine Teams – sie entstehen aus der Spalte Abteilung.',
    members: (n) => (n === 1 ? '1 Person' : `${formatNumber('de', n)} Personen`),
  },
  en: {
    title: 'Staff',
    intro:
      'Upload the list of all staff as CSV (from Excel: "CSV UTF-8"). Anyone missing from the file becomes inactive ' +
      'and gets no more invitations; nobody is deleted.',
    columns:
      'Columns: email, name, team (a path such as "Werk Nord/Montage"), role (basic, power, champion), ' +
      'language (de, en, tr, pl, ru or uk; de if empty); also employee_id and channel (email or print). ' +
      'Each row needs an email or an employee number; people without email get a letter. Separated by commas or semicolons.',
    allOrNothing: 'If the file has any error, nothing is imported; you then see every line at fault.',
    fileLabel: 'CSV file',
    textLabel: 'Or paste the contents here',
    textHint: 'Used only when no file is chosen.',
    submit: 'Import',
    last: (at) => `Last import on ${at}`,
    counts: { created: 'new', updated: 'changed', deactivated: 'made inactive', total: 'active in total' },
    never: 'No import yet.',
    rejected: (n) => `The file was not imported: ${n === 1 ? 'one problem' : `${formatNumber('en', n)} problems`}. Nothing was changed.`,
    more: (n) => `… and ${formatNumber('en', n)} more.`,
    cols: { line: 'Line', column: 'Column', message: 'Problem' },
    treeTitle: 'Teams',
    treeEmpty: 'No teams yet – they are made from the team column.',
    members: (n) => (n === 1 ? '1 person' : `${formatNumber('en', n)} people`),
  },
};
