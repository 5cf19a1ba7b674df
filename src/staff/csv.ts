import { parse } from 'csv-parse/sync';
import type { Channel, Language, Role } from '../db/schema/org';
import { normaliseTeamPath, type TeamProblemCode } from './teams';

/**
 * The staff CSV rules, as HR systems and Excel actually write them: ',' or ';', UTF-8 with or without BOM, CRLF,
 * quoted fields, German or English headers. Pure and runtime-neutral (it runs on Workers too), so it imports
 * nothing but the parser. Messages are English, for whoever calls the API; each problem also has a stable `code`
 * (and `params`) that the page says in the reader's language (problems.text.ts).
 */

export type Column = 'email' | 'name' | 'team' | 'role' | 'language' | 'employeeId' | 'channel';

export interface StaffRow {
  /** 1-based line in the file where the record starts; the header is line 1. */
  line: number;
  /** Null for people without company email: they get a printed letter. */
  email: string | null;
  /** The personnel number, as written (trimmed); null when the file has none for the person. */
  employeeId: string | null;
  /** `print` for people without email, or where the file says so (`Kanal` = `Papier`). */
  channel: Channel;
  name: string;
  /** Normalised team path, e.g. `Werk Nord/Montage`. */
  team: string;
  role: Role;
  language: Language;
}

export interface CsvProblem {
  line: number;
  /** The header as written in the file, the canonical column when the header is missing, null for a whole row. */
  column: string | null;
  /** Stable: what is wrong (`email_invalid`, `role_unknown`, …); see problems.text.ts. */
  code: CsvProblemCode;
  message: string;
  /** What the page's sentence needs: the value found, a limit, another line. */
  params?: Record<string, string | number>;
}

export type CsvProblemCode =
  | 'file_empty'
  | 'quote_not_closed'
  | 'csv_unreadable'
  | 'column_repeated'
  | 'column_missing'
  | 'no_rows'
  | 'extra_fields'
  | 'email_empty'
  | 'email_invalid'
  | 'email_duplicate'
  | 'contact_missing'
  | 'employee_id_too_long'
  | 'employee_id_duplicate'
  | 'channel_unknown'
  | 'channel_without_email'
  | 'name_empty'
  | 'name_too_long'
  | TeamProblemCode
  | 'role_empty'
  | 'role_unknown'
  | 'language_unknown'
  | 'not_utf8';

/**
 * A refused file lists at most MAX_LISTED_PROBLEMS problems, the first ones; `total` counts all of them when there are
 * more. A file of 200,000 bad rows would otherwise answer with tens of megabytes nobody reads.
 */
export type StaffCsv = { ok: true; rows: StaffRow[] } | { ok: false; problems: CsvProblem[]; total?: number };

export const MAX_LISTED_PROBLEMS = 500;

/** Header names are compared without case, spaces, '-', '_' and '.', so `E-Mail`, `e mail` and `EMAIL` match. */
const fold = (s: string) => s.toLowerCase().replace(/[\s\-_.]/g, '');

const HEADERS: Record<string, Column> = {
  email: 'email', mail: 'email', emailadresse: 'email', emailaddress: 'email',
  name: 'name', fullname: 'name',
  team: 'team', abteilung: 'team', department: 'team',
  role: 'role', rolle: 'role',
  language: 'language', sprache: 'language',
  employeeid: 'employeeId', personalnummer: 'employeeId', personalnr: 'employeeId', persnr: 'employeeId',
  personnelnumber: 'employeeId', employeenumber: 'employeeId', mitarbeiternummer: 'employeeId',
  channel: 'channel', kanal: 'channel',
};
/** Besides these, a file needs a column for the email or one for the employee number (or both). */
const REQUIRED: Column[] = ['name', 'team', 'role'];
const ROLES: Record<string, Role> = {
  basic: 'basic', basisnutzer: 'basic', basicuser: 'basic',
  power: 'power', poweruser: 'power',
  champion: 'champion', kichampion: 'champion', aichampion: 'champion',
};
const LANGUAGES: Record<string, Language> = {
  de: 'de', deutsch: 'de', german: 'de',
  en: 'en', englisch: 'en', english: 'en',
  tr: 'tr', türkisch: 'tr', turkish: 'tr', türkçe: 'tr',
  pl: 'pl', polnisch: 'pl', polish: 'pl', polski: 'pl',
  ru: 'ru', russisch: 'ru', russian: 'ru', русский: 'ru',
  uk: 'uk', ukrainisch: 'uk', ukrainian: 'uk', українська: 'uk',
};
const LANGUAGE_HINT = 'use de, en, tr, pl, ru or uk';
const CHANNELS: Record<string, Channel> = {
  email: 'email', mail: 'email',
  print: 'print', papier: 'print', paper: 'print', brief: 'print', letter: 'print',
};
const MAX_EMPLOYEE_ID = 64;
/** Rejects what would break a mail header or is surely not an address; the mail provider has the last word. */
const EMAIL = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\.]+(\.[^\s@<>(),;:"[\]\\.]+)+$/;
const MAX_NAME = 200;
const ROLE_HINT = 'use basic, power or champion (Basis-Nutzer, Power-User, KI-Champion)';
const NOT_UTF8 = 'the file is not UTF-8; save it as "CSV UTF-8" and upload it again';

/** The most frequent of ';', ',' and tab in the header line; German Excel writes ';', everything else ','. */
export function detectDelimiter(headerLine: string): string {
  const counts = [';', ',', '\t'].map((d) => [d, headerLine.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

export function parseStaffCsv(input: string): StaffCsv {
  // One newline convention, so line numbers count what an editor shows (the parser miscounts CRLF).
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return fail({ line: 1, column: null, code: 'file_empty', message: 'the file is empty' });

  const records: { line: number; fields: string[] }[] = [];
  let lastEnd = 0;
  try {
    parse(text, {
      delimiter: detectDelimiter(text.trimStart().split('\n', 1)[0]),
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (fields: string[], info) => {
        // `info.lines` is where the record ends; newlines inside quoted fields tell where it started.
        const inner = fields.reduce((n, f) => n + f.split('\n').length - 1, 0);
        records.push({ line: info.lines - inner, fields });
        lastEnd = info.lines;
        return null;
      },
    });
  } catch (err) {
    return fail(parserProblem(err, text, lastEnd));
  }

  const [header, ...body] = records;
  const columns = readHeader(header);
  if (!columns.ok) return { ok: false, problems: columns.problems };
  return readRows(body.filter((r) => r.fields.some((f) => f.trim() !== '')), columns.index, header.fields);
}

const fail = (problem: CsvProblem): StaffCsv => ({ ok: false, problems: [problem] });

function parserProblem(err: unknown, text: string, lastEnd: number): CsvProblem {
  const e = err as { code?: string; lines?: number; message?: string };
  if (e.code === 'CSV_QUOTE_NOT_CLOSED') {
    // The parser reports the end of the file; the record that never closed starts after the last good one.
    const lines = text.split('\n');
    let start = lastEnd + 1;
    while (start < lines.length && lines[start - 1].trim() === '') start++;
    return { line: start, column: null, code: 'quote_not_closed', message: `a quoted field opened in this record is never closed (parser: ${e.message})` };
  }
  return { line: typeof e.lines === 'number' ? e.lines : 1, column: null, code: 'csv_unreadable', message: e.message ?? 'unreadable CSV' };
}

type HeaderIndex = Map<Column, number>;

type HeaderResult = { ok: true; index: HeaderIndex } | { ok: false; problems: CsvProblem[] };

function readHeader({ line, fields }: { line: number; fields: string[] }): HeaderResult {
  const index: HeaderIndex = new Map();
  const problems: CsvProblem[] = [];
  fields.forEach((raw, i) => {
    const column = HEADERS[fold(raw)];
    if (!column) return; // HR exports carry more columns (cost centre, entry date); they are ignored.
    if (index.has(column)) {
      const first = fields[index.get(column)!].trim();
      problems.push({ line, column: raw.trim(), code: 'column_repeated', params: { first }, message: `column "${raw.trim()}" repeats "${first}" (${column})` });
    } else index.set(column, i);
  });
  for (const column of REQUIRED) {
    if (!index.has(column)) problems.push({ line, column, code: 'column_missing', message: `missing column "${column}"` });
  }
  if (!index.has('email') && !index.has('employeeId')) {
    problems.push({ line, column: 'email', code: 'column_missing', message: 'missing column "email" (or "employee_id" for people without email)' });
  }
  return problems.length ? { ok: false, problems } : { ok: true, index };
}

function readRows(records: { line: number; fields: string[] }[], index: HeaderIndex, header: string[]): StaffCsv {
  if (records.length === 0) return fail({ line: 1, column: null, code: 'no_rows', message: 'the file has a header but no staff rows' });
  const rows: StaffRow[] = [];
  const problems: CsvProblem[] = [];
  let total = 0;
  const firstLine = new Map<string, number>();
  const firstEmployee = new Map<string, number>();
  for (const { line, fields } of records) {
    const found: CsvProblem[] = [];
    const cell = (column: Column) => {
      const i = index.get(column);
      return i === undefined ? '' : (fields[i] ?? '');
    };
    const report = (column: Column, code: CsvProblemCode, message: string, params?: CsvProblem['params']) =>
      found.push({ line, column: header[index.get(column)!]?.trim() || column, code, message, ...(params ? { params } : {}) });

    const extra = fields.slice(header.length).filter((f) => f.trim() !== '').length;
    if (extra) {
      const params = { fields: fields.length, header: header.length };
      found.push({ line, column: null, code: 'extra_fields', params, message: `row has ${fields.length} fields, the header has ${header.length}` });
    }

    const email = cell('email').trim().toLowerCase();
    const emailText = cell('email').trim();
    const employeeId = cell('employeeId').trim();
    if (email === '' && employeeId === '') {
      if (!index.has('employeeId')) report('email', 'email_empty', 'email is empty');
      else report(index.has('email') ? 'email' : 'employeeId', 'contact_missing', 'a row needs an email or an employee number');
    } else if (email !== '') {
      if (email.length > 254 || !EMAIL.test(email)) report('email', 'email_invalid', `"${emailText}" is not an email address`, { value: emailText });
      else if (firstLine.has(email)) report('email', 'email_duplicate', `duplicate email, first on line ${firstLine.get(email)}`, { first: firstLine.get(email)! });
      else firstLine.set(email, line);
    }
    if (employeeId.length > MAX_EMPLOYEE_ID) {
      report('employeeId', 'employee_id_too_long', `employee number is longer than ${MAX_EMPLOYEE_ID} characters`, { max: MAX_EMPLOYEE_ID });
    } else if (employeeId !== '' && firstEmployee.has(employeeId)) {
      const first = firstEmployee.get(employeeId)!;
      report('employeeId', 'employee_id_duplicate', `duplicate employee number, first on line ${first}`, { first });
    } else if (employeeId !== '') firstEmployee.set(employeeId, line);

    // Without email a person can only be asked on paper; with one, the file may still choose paper.
    const channelText = cell('channel').trim();
    const channel: Channel | undefined = channelText === '' ? (email === '' ? 'print' : 'email') : CHANNELS[fold(channelText)];
    if (!channel) report('channel', 'channel_unknown', `unknown channel "${channelText}"; use email or print (E-Mail, Papier)`, { value: channelText });
    else if (channel === 'email' && email === '' && employeeId !== '') report('channel', 'channel_without_email', 'channel is email but the row has no email');

    // Whitespace (newlines included) folds to one space: names end up in mail headers.
    const name = cell('name').replace(/\s+/g, ' ').trim();
    if (name === '') report('name', 'name_empty', 'name is empty');
    else if (name.length > MAX_NAME) report('name', 'name_too_long', `name is longer than ${MAX_NAME} characters`, { max: MAX_NAME });

    const team = normaliseTeamPath(cell('team'));
    if (!team.ok) report('team', team.code, team.message, team.params);

    const roleText = cell('role').trim();
    const role = ROLES[fold(roleText)];
    if (roleText === '') report('role', 'role_empty', 'role is empty');
    else if (!role) report('role', 'role_unknown', `unknown role "${roleText}"; ${ROLE_HINT}`, { value: roleText });

    const languageText = cell('language').trim();
    const language = languageText === '' ? 'de' : LANGUAGES[languageText.toLowerCase()];
    if (!language) report('language', 'language_unknown', `unknown language "${languageText}"; ${LANGUAGE_HINT}`, { value: languageText });

    total += found.length;
    if (found.length) problems.push(...found.slice(0, MAX_LISTED_PROBLEMS - problems.length));
    else if (total === 0) {
      const path = (team as { path: string }).path;
      rows.push({ line, email: email || null, employeeId: employeeId || null, channel: channel!, name, team: path, role, language });
    }
  }
  if (total === 0) return { ok: true, rows };
  return total > problems.length ? { ok: false, problems, total } : { ok: false, problems };
}

/**
 * Decodes an uploaded file. Excel's plain "CSV" is Windows-1252: decoding it as UTF-8 would turn every umlaut into
 * '\uFFFD' and store broken names, so such a file is refused at the first line that is not UTF-8.
 */
export function decodeCsv(bytes: Uint8Array): { ok: true; text: string } | Extract<StaffCsv, { ok: false }> {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const loose = new TextDecoder('utf-8').decode(bytes);
    const line = loose.slice(0, loose.indexOf('\uFFFD')).split(/\r\n?|\n/).length;
    return { ok: false, problems: [{ line, column: null, code: 'not_utf8', message: NOT_UTF8 }] };
  }
}
