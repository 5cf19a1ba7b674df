import type { Texts } from '../lib/i18n';
import { DEFAULT_LEGAL_BASIS, DEFAULT_PURPOSE } from '../privacy/defaults';
import { DEFAULT_QUARTERLY_MODULE, isQuarterlyModuleSetting, type QuarterlyModuleSetting } from '../waves/module';

/**
 * Every setting an admin changes through `/api/v1/settings`, with its key in the `settings` table, its default and
 * its four-eyes rule. Pure: the service reads the rows, these functions turn them into values and changes.
 */

export interface Retention {
  /** Open comments are deleted this many months after their wave closed. */
  commentsMonths: number;
  /** A closed wave's results are deleted this many years after it closed. */
  resultsYears: number;
  /** Someone no longer on the staff list loses name and email this many months after they left it. */
  inactiveStaffMonths: number;
}

/** The facts of the Art. 13 GDPR notice that only the company knows. */
export interface PrivacySettings {
  controllerName: string;
  controllerAddress: string;
  dpoContact: string;
  purpose: Texts<string>;
  legalBasis: Texts<string>;
}

/** Who asks and whom staff ask: the company's name (mails, reports, the root of the org tree) and a contact. */
export interface CompanySettings {
  name: string;
  /** Shown to staff on the survey and its thank-you page: whom to ask about the survey (a name, a mailbox, a phone). */
  contact: string;
}

/** The days nothing of the cadence falls on, besides weekends and the nationwide holidays. */
export interface CalendarSettings {
  /** A German state's code (`BW` … `TH`) whose holidays count too; '' for the nationwide ones only. */
  state: string;
  /** Closure weeks as ISO intervals, `2026-12-24/2027-01-01, …` (schedule/closures.ts); '' for none. */
  closures: string;
}

export interface Settings {
  company: CompanySettings;
  calendar: CalendarSettings;
  k: number;
  kComments: number;
  /** Reminders go to everyone invited, so neither the database nor the mail provider learns who has not answered. */
  remindEveryone: boolean;
  retention: Retention;
  privacy: PrivacySettings;
  quarterlyModule: QuarterlyModuleSetting;
}

export type Value = number | boolean | string;

/**
 * How a change is judged (four eyes):
 * - `raise-only`: lowering waits for a second person, raising applies at once (k, k for comments);
 * - `keep-on`: switching off waits, switching on applies at once (remind everyone);
 * - `any-change`: every change waits (retention: shortening deletes for good at the next tick, lengthening keeps
 *   personal data longer than the works agreement said; either way the annex changes);
 * - `none`: applies at once (texts of the notice, the retrospective rule), and is still logged.
 */
export type Guard = 'raise-only' | 'keep-on' | 'any-change' | 'none';

export interface Field {
  path: string;
  key: string;
  kind: 'int' | 'bool' | 'text' | 'module';
  guard: Guard;
}

export const MIN_K = 3;
export const DEFAULT_RETENTION: Retention = { commentsMonths: 12, resultsYears: 5, inactiveStaffMonths: 6 };

export const FIELDS: readonly Field[] = [
  { path: 'company.name', key: 'companyName', kind: 'text', guard: 'none' },
  { path: 'company.contact', key: 'contact', kind: 'text', guard: 'none' },
  { path: 'calendar.state', key: 'calendarState', kind: 'text', guard: 'none' },
  { path: 'calendar.closures', key: 'calendarClosures', kind: 'text', guard: 'none' },
  { path: 'k', key: 'k', kind: 'int', guard: 'raise-only' },
  { path: 'kComments', key: 'kComments', kind: 'int', guard: 'raise-only' },
  { path: 'remindEveryone', key: 'remindEveryone', kind: 'bool', guard: 'keep-on' },
  { path: 'retention.commentsMonths', key: 'retentionCommentsMonths', kind: 'int', guard: 'any-change' },
  { path: 'retention.resultsYears', key: 'retentionResultsYears', kind: 'int', guard: 'any-change' },
  { path: 'retention.inactiveStaffMonths', key: 'retentionStaffMonths', kind: 'int', guard: 'any-change' },
  { path: 'privacy.controllerName', key: 'privacyControllerName', kind: 'text', guard: 'none' },
  { path: 'privacy.controllerAddress', key: 'privacyControllerAddress', kind: 'text', guard: 'none' },
  { path: 'privacy.dpoContact', key: 'privacyDpoContact', kind: 'text', guard: 'none' },
  { path: 'privacy.purpose.de', key: 'privacyPurposeDe', kind: 'text', guard: 'none' },
  { path: 'privacy.purpose.en', key: 'privacyPurposeEn', kind: 'text', guard: 'none' },
  { path: 'privacy.legalBasis.de', key: 'privacyLegalBasisDe', kind: 'text', guard: 'none' },
  { path: 'privacy.legalBasis.en', key: 'privacyLegalBasisEn', kind: 'text', guard: 'none' },
  { path: 'quarterlyModule', key: 'quarterlyModule', kind: 'module', guard: 'none' },
];

const byPath = new Map(FIELDS.map((f) => [f.path, f]));
export const fieldOf = (path: string) => byPath.get(path);

const positive = (text: string | undefined, fallback: number) => {
  const n = Number(text);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};
const orDefault = (text: string | undefined, fallback: string) => (text === undefined || text.trim() === '' ? fallback : text);

/**
 * The settings from the stored rows; what is missing or unreadable takes its default. `companyName` is the
 * configured one (COMPANY_NAME), in force until an admin sets another.
 */
export function readSettings(stored: ReadonlyMap<string, string>, companyName: string): Settings {
  const get = (key: string) => stored.get(key);
  const module = get('quarterlyModule');
  const company = orDefault(get('companyName'), companyName);
  return normalise({
    company: { name: company, contact: get('contact') ?? '' },
    calendar: { state: get('calendarState') ?? '', closures: get('calendarClosures') ?? '' },
    k: positive(get('k'), 5),
    kComments: positive(get('kComments'), 10),
    remindEveryone: get('remindEveryone') !== 'false',
    retention: {
      commentsMonths: positive(get('retentionCommentsMonths'), DEFAULT_RETENTION.commentsMonths),
      resultsYears: positive(get('retentionResultsYears'), DEFAULT_RETENTION.resultsYears),
      inactiveStaffMonths: positive(get('retentionStaffMonths'), DEFAULT_RETENTION.inactiveStaffMonths),
    },
    privacy: {
      controllerName: orDefault(get('privacyControllerName'), company),
      controllerAddress: get('privacyControllerAddress') ?? '',
      dpoContact: get('privacyDpoContact') ?? '',
      purpose: { de: orDefault(get('privacyPurposeDe'), DEFAULT_PURPOSE.de), en: orDefault(get('privacyPurposeEn'), DEFAULT_PURPOSE.en) },
      legalBasis: {
        de: orDefault(get('privacyLegalBasisDe'), DEFAULT_LEGAL_BASIS.de),
        en: orDefault(get('privacyLegalBasisEn'), DEFAULT_LEGAL_BASIS.en),
      },
    },
    quarterlyModule: isQuarterlyModuleSetting(module) ? module : DEFAULT_QUARTERLY_MODULE,
  });
}

/** The values in force: k never below MIN_K, comments never with fewer people than numbers. */
export function normalise(s: Settings): Settings {
  const k = Math.max(MIN_K, s.k);
  return { ...s, k, kComments: Math.max(k, s.kComments) };
}

/** Any part of the settings, as `PUT /api/v1/settings` takes it. */
export type Patch = DeepPartial<Settings>;
type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

export function valueAt(s: Settings, path: string): Value {
  let node: unknown = s;
  for (const part of path.split('.')) node = (node as Record<string, unknown>)[part];
  return node as Value;
}

function withValue(s: Settings, path: string, value: Value): Settings {
  const parts = path.split('.');
  const set = (node: Record<string, unknown>, i: number): Record<string, unknown> =>
    i === parts.length - 1 ? { ...node, [parts[i]]: value } : { ...node, [parts[i]]: set(node[parts[i]] as Record<string, unknown>, i + 1) };
  return set(s as unknown as Record<string, unknown>, 0) as unknown as Settings;
}

/** The settings with the patch applied, in force (normalised). */
export function applyPatch(current: Settings, patch: Patch): Settings {
  let next = current;
  for (const field of FIELDS) {
    const value = patchValue(patch, field.path);
    if (value !== undefined) next = withValue(next, field.path, value);
  }
  return normalise(next);
}

function patchValue(patch: Patch, path: string): Value | undefined {
  let node: unknown = patch;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node as Value | undefined;
}

export interface Change {
  path: string;
  from: Value;
  to: Value;
}

/** What changes in force between two states, in FIELDS order. */
export function changesBetween(before: Settings, after: Settings): Change[] {
  return FIELDS.map((f) => ({ path: f.path, from: valueAt(before, f.path), to: valueAt(after, f.path) })).filter((c) => c.from !== c.to);
}

/** `{ path: { from, to } }`: how the audit log and the approvals show changed settings. */
export const changeDetails = (changes: readonly Change[]) => Object.fromEntries(changes.map((c) => [c.path, { from: c.from, to: c.to }]));

/** Four eyes: whether this change must wait for a second person. */
export function needsApproval(change: Change): boolean {
  const guard = fieldOf(change.path)?.guard ?? 'any-change';
  if (guard === 'raise-only') return Number(change.to) < Number(change.from);
  if (guard === 'keep-on') return change.from === true && change.to === false;
  return guard === 'any-change';
}

/** The stored text of a value ('true'/'false' for flags, as `remindEveryone` has always been kept). */
export const storedText = (value: Value) => String(value);
