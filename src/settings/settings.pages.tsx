import { SignedInLayout } from '../layout/signed-in';
import type { Viewer } from '../lib/context';
import { fieldAttrs, FieldError } from '../lib/field';
import type { Lang } from '../lib/i18n';
import { html } from '../lib/render';
import { storedClosures } from '../schedule/closures';
import { isoDate, STATES } from '../schedule/days';
import { stateNames } from '../schedule/schedule.text';
import type { Settings } from './fields';
import { RETENTION_BOUNDS } from './settings.schema';
import { fieldErrors, fieldLabels, settingsText } from './settings.text';

/** The form's text values: the settings in force, or what was just posted when it was refused. */
export type FormValues = Record<string, string>;

/** Closure weeks one per line, in the reader's way of writing dates (`24.12.2026 – 01.01.2027`). */
const closureLines = (stored: string, lang: Lang) =>
  storedClosures(stored)
    .map((c) => (c.from === c.to ? dateOf(c.from, lang) : `${dateOf(c.from, lang)} – ${dateOf(c.to, lang)}`))
    .join('\n');
const dateOf = (day: number, lang: Lang) => (lang === 'de' ? isoDate(day).split('-').reverse().join('.') : isoDate(day));

export function formValues(s: Settings, lang: Lang = 'de'): FormValues {
  return {
    companyName: s.company.name,
    contact: s.company.contact,
    state: s.calendar.state,
    closures: closureLines(s.calendar.closures, lang),
    k: String(s.k),
    kComments: String(s.kComments),
    remindEveryone: s.remindEveryone ? 'on' : '',
    commentsMonths: String(s.retention.commentsMonths),
    resultsYears: String(s.retention.resultsYears),
    inactiveStaffMonths: String(s.retention.inactiveStaffMonths),
    controllerName: s.privacy.controllerName,
    controllerAddress: s.privacy.controllerAddress,
    dpoContact: s.privacy.dpoContact,
    purposeDe: s.privacy.purpose.de,
    purposeEn: s.privacy.purpose.en,
    legalBasisDe: s.privacy.legalBasis.de,
    legalBasisEn: s.privacy.legalBasis.en,
  };
}

export interface SettingsPageProps {
  lang: Lang;
  viewer: Viewer;
  values: FormValues;
  /** Paths of fields that were refused (fields.ts paths), with the refusal's values (`item`, `k`) for its message. */
  invalid?: string[];
  problems?: Record<string, Record<string, unknown>>;
  waiting: number;
  notice?: 'saved' | 'pending';
}

export const settingsPage = (props: SettingsPageProps) => html(<SettingsPage {...props} />);

/** Which form field shows which settings path. */
const FIELD_OF_PATH: Record<string, string> = {
  'company.name': 'companyName',
  'company.contact': 'contact',
  'calendar.state': 'state',
  'calendar.closures': 'closures',
  k: 'k',
  kComments: 'kComments',
  remindEveryone: 'remindEveryone',
  'retention.commentsMonths': 'commentsMonths',
  'retention.resultsYears': 'resultsYears',
  'retention.inactiveStaffMonths': 'inactiveStaffMonths',
  'privacy.controllerName': 'controllerName',
  'privacy.controllerAddress': 'controllerAddress',
  'privacy.dpoContact': 'dpoContact',
  'privacy.purpose.de': 'purposeDe',
  'privacy.purpose.en': 'purposeEn',
  'privacy.legalBasis.de': 'legalBasisDe',
  'privacy.legalBasis.en': 'legalBasisEn',
};

/**
 * The settings an admin changes and the works council reads: anonymity thresholds, reminders, retention and the
 * Art. 13 notice. For the council every field is shown read-only (disabled) and there is no button.
 */
function SettingsPage({ lang, viewer, values, invalid = [], problems = {}, waiting, notice }: SettingsPageProps) {
  const t = settingsText[lang];
  const labels = fieldLabels[lang];
  const readOnly = viewer.role !== 'admin';
  const pathOf = Object.fromEntries(Object.entries(FIELD_OF_PATH).map(([path, name]) => [name, path]));
  const message = (name: string) => {
    const path = pathOf[name];
    return invalid.includes(path) ? (fieldErrors[lang][path] ?? t.invalidField)(problems[path] ?? {}) : undefined;
  };
  const props = (name: string, hints: string[] = []) => ({ id: name, name, disabled: readOnly, ...fieldAttrs(name, message(name), hints) });
  const label = (name: string) => <label for={name}>{labels[pathOf[name]]}</label>;
  const error = (name: string) => <FieldError field={name} message={message(name)} />;
  const number = (name: string, min: number, max: number, unit?: string) => (
    <>
      {label(name)}
      <span class="with-unit">
        <input {...props(name)} type="number" min={min} max={max} required value={values[name]} />
        {unit && <span>{unit}</span>}
      </span>
      {error(name)}
    </>
  );
  const area = (name: string, rows = 4, hint?: string) => (
    <>
      {label(name)}
      <textarea {...props(name, hint ? [`${name}-hint`] : [])} rows={rows} maxLength={2000}>
        {values[name]}
      </textarea>
      {hint && (
        <p class="hint" id={`${name}-hint`}>
          {hint}
        </p>
      )}
      {error(name)}
    </>
  );
  return (
    <SignedInLayout lang={lang} viewer={viewer} title={t.title} path="/admin/settings">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {readOnly && <p class="notice">{t.readOnly}</p>}
      {notice === 'saved' && (
        <p class="notice ok" role="status">
          {t.saved}
        </p>
      )}
      {notice === 'pending' && (
        <p class="notice" role="status">
          {t.pending} <a href="/admin/approvals">{t.pendingLink}</a>
        </p>
      )}
      {waiting > 0 && notice !== 'pending' && (
        <p class="notice">
          {t.waiting(waiting)} <a href="/admin/approvals">{t.pendingLink}</a>
        </p>
      )}
      {invalid.length > 0 && (
        <div class="notice error" role="alert">
          <p>{t.invalid}</p>
          <ul>
            {invalid.map((path) => (
              <li>
                <a href={`#${FIELD_OF_PATH[path] ?? ''}`}>{labels[path] ?? path}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p class="hint">{t.fourEyes}</p>
      <form method="post" action={`/admin/settings?lang=${lang}`} class="settings-form">
        {!readOnly && <input type="hidden" name="_csrf" value={viewer.csrf} />}
        <fieldset class="stack" id="company">
          <legend>{t.company}</legend>
          {label('companyName')}
          <input {...props('companyName', ['companyName-hint'])} required maxLength={200} value={values.companyName} />
          <p class="hint" id="companyName-hint">
            {t.companyNameHint}
          </p>
          {error('companyName')}
          {area('contact', 3, t.contactHint)}
        </fieldset>
        <fieldset class="stack" id="calendar">
          <legend>{t.calendar}</legend>
          <p class="hint">{t.calendarIntro}</p>
          {label('state')}
          <select {...props('state')}>
            <option value="" selected={values.state === ''}>
              {t.noState}
            </option>
            {STATES.map((code) => (
              <option value={code} selected={values.state === code}>
                {stateNames[lang][code]}
              </option>
            ))}
          </select>
          {error('state')}
          {area('closures', 4, t.closuresHint)}
        </fieldset>
        <fieldset class="stack">
          <legend>{t.anonymity}</legend>
          <p class="hint">{t.anonymityIntro}</p>
          {number('k', 3, 50)}
          {number('kComments', 3, 100)}
        </fieldset>
        <fieldset class="stack">
          <legend>{t.reminders}</legend>
          <label class="check">
            <input type="checkbox" name="remindEveryone" checked={values.remindEveryone === 'on'} disabled={readOnly} aria-describedby="remind-hint" />{' '}
            {t.remindEveryoneLabel}
          </label>
          <p class="hint" id="remind-hint">
            {t.remindEveryoneHint}
          </p>
        </fieldset>
        <fieldset class="stack">
          <legend>{t.retention}</legend>
          <p class="hint">{t.retentionIntro}</p>
          {number('commentsMonths', RETENTION_BOUNDS.commentsMonths.min, RETENTION_BOUNDS.commentsMonths.max, t.months)}
          {number('resultsYears', RETENTION_BOUNDS.resultsYears.min, RETENTION_BOUNDS.resultsYears.max, t.years)}
          {number('inactiveStaffMonths', RETENTION_BOUNDS.inactiveStaffMonths.min, RETENTION_BOUNDS.inactiveStaffMonths.max, t.months)}
        </fieldset>
        <fieldset class="stack">
          <legend>{t.privacy}</legend>
          <p class="hint">
            {t.privacyIntro}: <a href={`/privacy?lang=${lang}`}>{t.privacyLink}</a>
          </p>
          {label('controllerName')}
          <input {...props('controllerName')} required maxLength={200} value={values.controllerName} />
          {error('controllerName')}
          {area('controllerAddress', 3)}
          {area('dpoContact', 3)}
          {area('purposeDe', 5)}
          {area('purposeEn', 5)}
          {area('legalBasisDe', 4)}
          {area('legalBasisEn', 4)}
        </fieldset>
        {!readOnly && <button type="submit">{t.save}</button>}
      </form>
    </SignedInLayout>
  );
}
