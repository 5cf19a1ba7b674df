import { ConfirmForm, SignedInLayout } from '../layout/signed-in';
import type { Viewer } from '../lib/context';
import { fieldAttrs, FieldError } from '../lib/field';
import { formatDate, formatRange, type Lang } from '../lib/i18n';
import { html } from '../lib/render';
import { EVERY, type Schedule } from './cadence';
import { isoDate, type Calendar } from './days';
import type { PlannedSlot } from './schedule.service';
import { scheduleText, stateNames, type Field } from './schedule.text';
import { wallAt } from './zone';

/** What the form shows: the saved schedule, or what was just submitted when it was refused. */
export interface ScheduleFormValues {
  every: string;
  weekday: string;
  time: string;
  timezone: string;
  openDays: string;
  reminders: string[];
  k: string;
}

export interface SchedulePageProps {
  lang: Lang;
  viewer: Viewer;
  schedule: Schedule | null;
  next: PlannedSlot[];
  /** The state's holidays and the closure weeks the cadence plans around (from the settings). */
  calendar: Calendar;
  now: number;
  values: ScheduleFormValues;
  /** Fields that were refused, when the form was just submitted. */
  invalid?: Field[];
  /** What the last action did. */
  notice?: 'saved' | 'paused';
}

export const schedulePage = (props: SchedulePageProps) => html(<SchedulePage {...props} />);

/** A time in the schedule's zone, e.g. "Di., 1. Dez. 2026, 09:00". */
function localTime(lang: Lang, zone: string, ms: number) {
  return formatDate(lang, ms, 'weekdayTime', zone);
}

/** The closure weeks as the reader writes dates: "21.12.2026 bis 01.01.2027, …". */
function closuresInWords(lang: Lang, calendar: Calendar): string {
  const day = (d: number) => (lang === 'de' ? isoDate(d).split('-').reverse().join('.') : isoDate(d));
  return calendar.closures.map((c) => (c.from === c.to ? day(c.from) : formatRange(lang, day(c.from), day(c.to)))).join(', ');
}

/** ISO weekday in the zone at an instant: a slot on another weekday than configured was moved. */
const weekdayIn = (zone: string, ms: number) => ((new Date(wallAt(zone, ms)).getUTCDay() + 6) % 7) + 1;

function SchedulePage({ lang, viewer, schedule, next, calendar, now, values, invalid, notice }: SchedulePageProps) {
  const t = scheduleText[lang];
  return (
    <SignedInLayout lang={lang} viewer={viewer} title={t.title} path="/admin/schedule">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {invalid && invalid.length > 0 && (
        <div class="notice error" role="alert">
          <p>{t.invalid}</p>
          <ul>
            {invalid.map((field) => (
              <li>
                <a href={`#${field === 'reminders' ? 'reminder1' : field}`}>{t.labels[field]}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {notice && (
        <p class="notice ok" role="status">
          {t.notices[notice]}
        </p>
      )}
      {schedule ? (
        <p class="notice ok" role="status">
          {t.active(t.every[schedule.every], t.weekdays[schedule.weekday - 1], schedule.time, schedule.timezone, schedule.openDays)}
        </p>
      ) : (
        <p class="notice">{t.paused}</p>
      )}
      <p class="hint">
        {t.calendar(calendar.state ? stateNames[lang][calendar.state] : null, closuresInWords(lang, calendar))}{' '}
        <a href="/admin/settings#calendar">{t.calendarLink}</a>
      </p>
      {schedule && <NextWaves lang={lang} schedule={schedule} next={next} now={now} />}
      <ScheduleForm lang={lang} viewer={viewer} values={values} invalid={invalid ?? []} />
      {schedule && (
        <p class="stack">
          <span class="hint">{t.pauseHint}</span>
          <a class="button danger" href="/admin/schedule/pause">
            {t.pause}
          </a>
        </p>
      )}
      <section>
        <h2>{t.rulesTitle}</h2>
        <p>{t.rules.rhythm}</p>
        <p>{t.rules.dst}</p>
        <p>{t.rules.holidays}</p>
        <p>{t.rules.missed}</p>
        <p>{t.rules.reminders}</p>
      </section>
    </SignedInLayout>
  );
}

function NextWaves({ lang, schedule, next, now }: { lang: Lang; schedule: Schedule; next: PlannedSlot[]; now: number }) {
  const t = scheduleText[lang];
  const zone = schedule.timezone;
  return (
    <table class="data responsive">
      <caption>
        {t.nextTitle} ({zone})
      </caption>
      <thead>
        <tr>
          <th scope="col">{t.cols.opens}</th>
          <th scope="col">{t.cols.closes}</th>
          <th scope="col">{t.cols.reminders}</th>
        </tr>
      </thead>
      <tbody>
        {next.map((slot) => (
          <tr data-slot={slot.slot} class={slot.skip ? 'skipped' : undefined}>
            <td data-label={t.cols.opens}>
              {localTime(lang, zone, slot.opensAt)}
              {slot.opensAt <= now && !slot.skip && <span class="hint"> ({t.running})</span>}
              {weekdayIn(zone, slot.opensAt) !== schedule.weekday && <span class="hint"> ({t.moved})</span>}
              {slot.skip && <strong class="skip"> {slot.skip.reason === 'overlap' ? t.skipped.overlap(slot.skip.title) : t.skipped.discarded}</strong>}
            </td>
            <td data-label={t.cols.closes}>{localTime(lang, zone, slot.closesAt)}</td>
            <td data-label={t.cols.reminders}>{slot.remindAt.length === 0 ? t.none : slot.remindAt.map((at) => localTime(lang, zone, at)).join('; ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ScheduleForm({ lang, viewer, values, invalid }: { lang: Lang; viewer: Viewer; values: ScheduleFormValues; invalid: Field[] }) {
  const t = scheduleText[lang];
  const message = (field: Field) => (invalid.includes(field) ? t.hints[field] : undefined);
  const bad = (field: Field, hints: string[] = []) => fieldAttrs(field, message(field), hints);
  const error = (field: Field) => <FieldError field={field} message={message(field)} />;
  return (
    <section class="card">
      <h2>{t.formTitle}</h2>
      <form method="post" action="/admin/schedule" class="stack">
        <input type="hidden" name="_csrf" value={viewer.csrf} />
        <label for="every">{t.labels.every}</label>
        <select id="every" name="every" {...bad('every')}>
          {EVERY.map((e) => (
            <option value={e} selected={values.every === e}>
              {t.every[e]}
            </option>
          ))}
        </select>
        {error('every')}
        <label for="weekday">{t.labels.weekday}</label>
        <select id="weekday" name="weekday" {...bad('weekday')}>
          {t.weekdays.map((name, i) => (
            <option value={String(i + 1)} selected={values.weekday === String(i + 1)}>
              {name}
            </option>
          ))}
        </select>
        {error('weekday')}
        <label for="time">{t.labels.time}</label>
        <input id="time" name="time" type="time" required value={values.time} {...bad('time')} />
        {error('time')}
        <label for="timezone">{t.labels.timezone}</label>
        <input id="timezone" name="timezone" required value={values.timezone} autocomplete="off" {...bad('timezone')} />
        {error('timezone')}
        <label for="openDays">{t.labels.openDays}</label>
        <input id="openDays" name="openDays" type="number" min={1} max={28} required value={values.openDays} {...bad('openDays')} />
        {error('openDays')}
        <fieldset aria-describedby={message('reminders') ? 'reminders-error' : undefined}>
          <legend>{t.labels.reminders}</legend>
          {error('reminders')}
          {[0, 1, 2].map((i) => (
            <label>
              {t.reminderN(i + 1)}{' '}
              <input id={`reminder${i + 1}`} name={`reminder${i + 1}`} type="number" min={1} max={27} value={values.reminders[i] ?? ''} />
            </label>
          ))}
        </fieldset>
        <label for="k">{t.labels.k}</label>
        <input id="k" name="k" type="number" min={3} max={50} required value={values.k} {...bad('k', ['k-help'])} />
        {error('k')}
        <p id="k-help" class="hint">
          {t.kHelp}
        </p>
        <button type="submit">{t.save}</button>
      </form>
    </section>
  );
}

export const schedulePausePage = (props: { lang: Lang; viewer: Viewer; schedule: Schedule | null }) => html(<PausePage {...props} />);

/** Asks before pausing: what stops, what goes on. */
function PausePage({ lang, viewer, schedule }: { lang: Lang; viewer: Viewer; schedule: Schedule | null }) {
  const t = scheduleText[lang];
  return (
    <SignedInLayout lang={lang} viewer={viewer} title={t.pauseTitle} path="/admin/schedule/pause">
      <h1>{t.pauseTitle}</h1>
      {schedule ? (
        <>
          <p>{t.active(t.every[schedule.every], t.weekdays[schedule.weekday - 1], schedule.time, schedule.timezone, schedule.openDays)}</p>
          <p>{t.pauseHint}</p>
          <ConfirmForm viewer={viewer} action="/admin/schedule/pause" yes={t.pauseConfirm} cancelHref="/admin/schedule" cancel={t.cancel} />
        </>
      ) : (
        <p>
          {t.paused} <a href="/admin/schedule">{t.back}</a>
        </p>
      )}
    </SignedInLayout>
  );
}
