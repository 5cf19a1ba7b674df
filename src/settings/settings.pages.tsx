import { AdminLayout } from '../admin/admin.pages';
import type { Viewer } from '../lib/context';
import type { Lang } from '../lib/i18n';
import { html } from '../lib/render';
import type { Settings } from './fields';
import { RETENTION_BOUNDS } from './settings.schema';
import { fieldLabels, settingsText } from './settings.text';

/** The form's text values: the settings in force, or what was just posted when it was refused. */
export type FormValues = Record<string, string>;

export function formValues(s: Settings): FormValues {
  return {
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
  /** Paths of fields that were refused (fields.ts paths). */
  invalid?: string[];
  waiting: number;
  notice?: 'saved' | 'pending';
}

export const settingsPage = (props: SettingsPageProps) => html(<SettingsPage {...props} />);

/** Which form field shows which settings path. */
const FIELD_OF_PATH: Record<string, string> = {
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
function SettingsPage({ lang, viewer, values, invalid = [], waiting, notice }: SettingsPageProps) {
  const t = settingsText[lang];
  const labels = fieldLabels[lang];
  const readOnly = viewer.role !== 'admin';
  const pathOf = Object.fromEntries(Object.entries(FIELD_OF_PATH).map(([path, name]) => [name, path]));
  const props = (name: string) => ({
    id: name,
    name,
    disabled: readOnly,
    ...(invalid.includes(pathOf[name]) ? { 'aria-invalid': 'true' as const } : {}),
  });
  const label = (name: string) => <label for={name}>{labels[pathOf[name]]}</label>;
  const number = (name: string, min: number, max: number, unit?: string) => (
    <>
      {label(name)}
      <span class="with-unit">
        <input {...props(name)} type="number" min={min} max={max} required value={values[name]} />
        {unit && <span>{unit}</span>}
      </span>
    </>
  );
  const area = (name: string, rows = 4) => (
    <>
      {label(name)}
      <textarea {...props(name)} rows={rows} maxLength={2000}>
        {values[name]}
      </textarea>
    </>
  );
  return (
    <AdminLayout lang={lang} viewer={viewer} title={t.title} path="/admin/settings">
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
              <li>{labels[path] ?? path}</li>
            ))}
          </ul>
        </div>
      )}
      <p class="hint">{t.fourEyes}</p>
      <form method="post" action={`/admin/settings?lang=${lang}`} class="settings-form">
        {!readOnly && <input type="hidden" name="_csrf" value={viewer.csrf} />}
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
          {area('controllerAddress', 3)}
          {area('dpoContact', 3)}
          {area('purposeDe', 5)}
          {area('purposeEn', 5)}
          {area('legalBasisDe', 4)}
          {area('legalBasisEn', 4)}
        </fieldset>
        {!readOnly && <button type="submit">{t.save}</button>}
      </form>
    </AdminLayout>
  );
}
