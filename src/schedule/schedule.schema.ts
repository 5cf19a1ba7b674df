import { z } from 'zod';
import { EVERY, DEFAULT_TIMEZONE, periodDays } from './cadence';
import { canonicalZone } from './zone';

export const MAX_REMINDERS = 3;
export const MIN_K = 3;
export const MAX_K = 50;

/**
 * What an admin sends to set the cadence (the anchor is not theirs to set: it is the time of the change).
 * Messages are English: they are for whoever calls the API; the page shows its own per field.
 */
const COMPARED = ['every', 'openDays', 'reminders'];

export const scheduleInput = z
  .object({
    every: z.enum(EVERY, { message: 'every must be one of 1w, 2w, 4w, 12w' }),
    weekday: z.number().int().min(1).max(7, { message: 'weekday is 1 (Monday) to 7 (Sunday)' }),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time must be HH:MM, e.g. 09:00'),
    timezone: z
      .string()
      .default(DEFAULT_TIMEZONE)
      .refine((name) => canonicalZone(name) !== null, {
        error: (issue) => `"${issue.input}" is not an IANA time zone, e.g. Europe/Berlin`,
        params: { code: 'timezone_unknown' },
      })
      .transform((name) => canonicalZone(name) ?? name),
    openDays: z.number().int().min(1).max(28),
    reminders: z.array(z.number().int().min(1)).max(MAX_REMINDERS, `at most ${MAX_REMINDERS} reminders`).default([]),
    k: z.number().int().min(MIN_K).max(MAX_K),
  })
  .superRefine(
    (s, ctx) => {
      const period = periodDays(s.every);
      if (s.openDays >= period) {
        ctx.addIssue({ code: 'custom', path: ['openDays'], params: { code: 'open_days_too_long' }, message: `openDays must be shorter than the period (${period} days)` });
      }
      s.reminders.forEach((r, i) => {
        if (r >= s.openDays) {
          ctx.addIssue({ code: 'custom', path: ['reminders', i], params: { code: 'reminder_after_close' }, message: `reminder on day ${r} is not before closing (day ${s.openDays})` });
        }
        if (i > 0 && r <= s.reminders[i - 1]) {
          ctx.addIssue({ code: 'custom', path: ['reminders', i], params: { code: 'reminders_not_ascending' }, message: 'reminders must be in ascending order without repeats' });
        }
      });
    },
    // Compared only when the fields compared are valid themselves; a bad time zone does not hide these problems.
    { when: (payload) => payload.issues.every((i) => i.path !== undefined && i.path.length > 0 && !COMPARED.includes(String(i.path[0]))) },
  );

export type ScheduleInput = z.output<typeof scheduleInput>;
