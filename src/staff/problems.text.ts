import type { Texts } from '../lib/i18n';
import type { CsvProblem, CsvProblemCode } from './csv';

type Say = (p: Record<string, string | number>) => string;

/** A staff file's problems as the person fixing it reads them, in their language (the API keeps English messages). */
export const csvProblemText: Texts<Record<CsvProblemCode, Say>> = {
  de: {
    file_empty: () => 'Die Datei ist leer.',
    quote_not_closed: () => 'Ein Anführungszeichen in dieser Zeile wird nie geschlossen.',
    csv_unreadable: () => 'Diese Zeile lässt sich nicht als CSV lesen.',
    column_repeated: (p) => `Diese Spalte gibt es doppelt (schon als „${p.first}“).`,
    column_missing: () => 'Diese Spalte fehlt in der Kopfzeile.',
    no_rows: () => 'Die Datei hat eine Kopfzeile, aber keine Personen.',
    extra_fields: (p) => `Die Zeile hat ${p.fields} Felder, die Kopfzeile nur ${p.header}. Steht ein Trennzeichen zu viel darin?`,
    email_empty: () => 'Die E-Mail-Adresse fehlt.',
    email_invalid: (p) => `„${p.value}“ ist keine E-Mail-Adresse.`,
    email_duplicate: (p) => `Diese E-Mail-Adresse steht schon in Zeile ${p.first}.`,
    contact_missing: () => 'Die Zeile braucht eine E-Mail-Adresse oder eine Personalnummer.',
    employee_id_too_long: (p) => `Die Personalnummer ist länger als ${p.max} Zeichen.`,
    employee_id_duplicate: (p) => `Diese Personalnummer steht schon in Zeile ${p.first}.`,
    channel_unknown: (p) => `Den Kanal „${p.value}“ gibt es nicht. Erlaubt sind E-Mail und Papier.`,
    channel_without_email: () => 'Der Kanal ist E-Mail, aber die Zeile hat keine E-Mail-Adresse.',
    name_empty: () => 'Der Name fehlt.',
    name_too_long: (p) => `Der Name ist länger als ${p.max} Zeichen.`,
    team_empty: () => 'Die Abteilung fehlt.',
    team_empty_segment: (p) => `Im Pfad „${p.value}“ ist eine Ebene leer (zwei Schrägstriche hintereinander oder einer am Ende).`,
    team_too_deep: (p) => `Der Pfad hat ${p.levels} Ebenen; erlaubt sind höchstens ${p.max}.`,
    team_name_too_long: (p) => `Der Teamname „${p.value}“ ist länger als ${p.max} Zeichen.`,
    role_empty: () => 'Die Rolle fehlt. Erlaubt sind Basis-Nutzer, Power-User und KI-Champion.',
    role_unknown: (p) => `Die Rolle „${p.value}“ gibt es nicht. Erlaubt sind Basis-Nutzer, Power-User und KI-Champion.`,
    language_unknown: (p) => `Die Sprache „${p.value}“ gibt es nicht. Erlaubt sind de, en, tr, pl, ru und uk oder ihr Name, etwa Türkisch (leer heißt de).`,
    not_utf8: () => 'Die Datei ist nicht in UTF-8 gespeichert. Speichern Sie sie in Excel als „CSV UTF-8“ und laden Sie sie erneut hoch.',
  },
  en: {
    file_empty: () => 'The file is empty.',
    quote_not_closed: () => 'A quotation mark in this row is never closed.',
    csv_unreadable: () => 'This row cannot be read as CSV.',
    column_repeated: (p) => `This column appears twice (already as "${p.first}").`,
    column_missing: () => 'This column is missing from the header row.',
    no_rows: () => 'The file has a header row but no people.',
    extra_fields: (p) => `The row has ${p.fields} fields, the header only ${p.header}. Is there a separator too many?`,
    email_empty: () => 'The email address is missing.',
    email_invalid: (p) => `"${p.value}" is not an email address.`,
    email_duplicate: (p) => `This email address is already on line ${p.first}.`,
    contact_missing: () => 'The row needs an email address or an employee number.',
    employee_id_too_long: (p) => `The employee number is longer than ${p.max} characters.`,
    employee_id_duplicate: (p) => `This employee number is already on line ${p.first}.`,
    channel_unknown: (p) => `There is no channel "${p.value}". Allowed are email and print (E-Mail, Papier).`,
    channel_without_email: () => 'The channel is email, but the row has no email address.',
    name_empty: () => 'The name is missing.',
    name_too_long: (p) => `The name is longer than ${p.max} characters.`,
    team_empty: () => 'The team is missing.',
    team_empty_segment: (p) => `The path "${p.value}" has an empty level (two slashes in a row, or one at the end).`,
    team_too_deep: (p) => `The path has ${p.levels} levels; at most ${p.max} are allowed.`,
    team_name_too_long: (p) => `The team name "${p.value}" is longer than ${p.max} characters.`,
    role_empty: () => 'The role is missing. Allowed are basic, power and champion.',
    role_unknown: (p) => `There is no role "${p.value}". Allowed are basic, power and champion (Basis-Nutzer, Power-User, KI-Champion).`,
    language_unknown: (p) => `There is no language "${p.value}". Allowed are de, en, tr, pl, ru and uk, or their names such as Turkish (empty means de).`,
    not_utf8: () => 'The file is not saved as UTF-8. Save it from Excel as "CSV UTF-8" and upload it again.',
  },
};

/** A problem in the reader's language; a code this list does not know (a newer parser's) keeps the API's message. */
export const sayCsvProblem = (lang: 'de' | 'en', p: CsvProblem) => csvProblemText[lang][p.code]?.(p.params ?? {}) ?? p.message;
