import { z } from 'zod';
import { ROLES } from '../db/schema';
import { KIND_IDS } from './catalogue';
import { parseDay, parseDue } from './days';
import { MEASURE_IDS } from './measures';

/** What the API and the forms accept: one schema each, so both refuse the same things with the same reasons. */

/** The reasons a form can act on (actions.pages.routes.tsx maps them to words). */
export const REASONS = {
  kindOrTitle: 'give a kind from the catalogue or a title',
  ownTargets: 'an action of your own needs targets',
  endsBeforeStart: 'ends before it starts',
} as const;

const day = z.string().trim().refine((d) => parseDay(d) !== null, 'must be a day like 2026-10-14');
const teamId = z.string().trim().min(1).max(64);
const targets = z.array(z.enum(MEASURE_IDS)).min(1, 'name at least one measure').max(12);
const title = z.string().trim().min(1).max(120);
const note = z.string().trim().max(1000);

export const actionBody = z
  .object({
    teamId,
    /** A catalogue kind; with `title` too, the title names this team's version of it. */
    kind: z.enum(KIND_IDS).optional(),
    title: title.optional(),
    startsOn: day,
    endsOn: day.nullable().optional(),
    /** Defaults to the kind's targets; required for an action of the team's own. */
    targets: targets.optional(),
    note: note.nullable().optional(),
  })
  .refine((a) => a.kind !== undefined || a.title !== undefined, { message: REASONS.kindOrTitle, path: ['kind'] })
  .refine((a) => a.kind !== undefined || a.targets !== undefined, { message: REASONS.ownTargets, path: ['targets'] })
  .refine((a) => !a.endsOn || a.endsOn >= a.startsOn, { message: REASONS.endsBeforeStart, path: ['endsOn'] });

export const actionPatch = z
  .object({
    teamId: teamId.optional(),
    kind: z.enum(KIND_IDS).nullable().optional(),
    title: title.nullable().optional(),
    startsOn: day.optional(),
    endsOn: day.nullable().optional(),
    targets: targets.optional(),
    note: note.nullable().optional(),
  })
  .refine((p) => Object.keys(p).length > 0, { message: 'change at least one field' });

export type ActionInput = z.infer<typeof actionBody>;
export type ActionPatch = z.infer<typeof actionPatch>;

export const milestoneBody = z.object({
  /** Defaults to the company. */
  teamId: teamId.optional(),
  /** Role views exist for the company only: a role needs the company's team. */
  role: z.enum(ROLES).nullable().optional(),
  measure: z.enum(MEASURE_IDS),
  target: z.number().finite().min(-100).max(100),
  /** Defaults to "reach at least" where higher is better, "stay at most" where lower is. */
  comparator: z.enum(['atLeast', 'atMost']).optional(),
  /** A day, or a quarter (`2027-Q2` is due on its last day). */
  dueOn: z.string().trim().refine((d) => parseDue(d) !== null, 'must be a day like 2027-06-30 or a quarter like 2027-Q2'),
});

export const milestonePatch = milestoneBody.partial().refine((p) => Object.keys(p).length > 0, { message: 'change at least one field' });

export type MilestoneInput = z.infer<typeof milestoneBody>;
