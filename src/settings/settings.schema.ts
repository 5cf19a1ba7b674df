import { z } from 'zod';
import { parseClosures } from '../schedule/closures';
import { STATES } from '../schedule/days';
import { MAX_K } from '../schedule/schedule.schema';
import { QUARTERLY_MODULE_SETTINGS } from '../waves/module';
import { MIN_K } from './fields';

const text = (max: number) => z.string().trim().max(max);
const words = (max: number) => text(max).min(1);
const languages = (max: number) => z.object({ de: words(max), en: words(max) }).partial().strict();

/** Bounds of the retention periods: at least one unit (so a wave's results can be read at all), at most ten years. */
export const RETENTION_BOUNDS = {
  commentsMonths: { min: 1, max: 120 },
  resultsYears: { min: 1, max: 10 },
  inactiveStaffMonths: { min: 1, max: 120 },
} as const;

const period = (b: { min: number; max: number }) => z.number().int().min(b.min).max(b.max);

/** Closure weeks as people type them; stored in the one canonical form (schedule/closures.ts). */
const closures = z
  .string()
  .max(2000)
  .transform((text, ctx) => {
    const parsed = parseClosures(text);
    if (parsed.ok) return parsed.text;
    ctx.addIssue({
      code: 'custom',
      params: { code: 'closures_invalid', item: parsed.item },
      message: `"${parsed.item}" is not a date or range such as 2026-12-24/2027-01-01 (at most 92 days, at most 24 ranges)`,
    });
    return z.NEVER;
  });

/** What `PUT /api/v1/settings` takes: any part of the settings; unknown keys are refused so a typo is not ignored. */
export const settingsPatch = z
  .object({
    company: z.object({ name: words(200), contact: text(500) }).partial().strict(),
    calendar: z
      .object({ state: z.union([z.literal(''), z.enum(STATES)], { message: 'state is a German state code (BW … TH) or empty' }), closures })
      .partial()
      .strict(),
    k: z.number().int().min(MIN_K).max(MAX_K),
    kComments: z.number().int().min(MIN_K).max(100),
    remindEveryone: z.boolean(),
    retention: z
      .object({
        commentsMonths: period(RETENTION_BOUNDS.commentsMonths),
        resultsYears: period(RETENTION_BOUNDS.resultsYears),
        inactiveStaffMonths: period(RETENTION_BOUNDS.inactiveStaffMonths),
      })
      .partial()
      .strict(),
    privacy: z
      .object({
        controllerName: words(200),
        controllerAddress: text(500),
        dpoContact: text(500),
        purpose: languages(2000),
        legalBasis: languages(2000),
      })
      .partial()
      .strict(),
    quarterlyModule: z.enum(QUARTERLY_MODULE_SETTINGS as ['first-of-quarter', 'off']),
  })
  .partial()
  .strict()
  .superRefine((p, ctx) => {
    // The floors: comments never with fewer people than numbers (an API call sending only one of them is raised to fit).
    if (p.k !== undefined && p.kComments !== undefined && p.kComments < p.k) {
      ctx.addIssue({ code: 'custom', path: ['kComments'], params: { code: 'k_comments_below_k', k: p.k }, message: 'kComments must be at least k' });
    }
  });

export type SettingsPatch = z.output<typeof settingsPatch>;

/** The admin form's fields, all text: numbers are read here so a field that is not one fails by its name. */
export function patchFromForm(form: Record<string, unknown>): unknown {
  const field = (name: string) => (typeof form[name] === 'string' ? (form[name] as string) : '');
  const num = (name: string) => (/^\s*\d+\s*$/.test(field(name)) ? Number(field(name)) : field(name));
  return {
    company: { name: field('companyName'), contact: field('contact') },
    calendar: { state: field('state'), closures: field('closures') },
    k: num('k'),
    kComments: num('kComments'),
    remindEveryone: form.remindEveryone === 'on',
    retention: { commentsMonths: num('commentsMonths'), resultsYears: num('resultsYears'), inactiveStaffMonths: num('inactiveStaffMonths') },
    privacy: {
      controllerName: field('controllerName'),
      controllerAddress: field('controllerAddress'),
      dpoContact: field('dpoContact'),
      purpose: { de: field('purposeDe'), en: field('purposeEn') },
      legalBasis: { de: field('legalBasisDe'), en: field('legalBasisEn') },
    },
  };
}
