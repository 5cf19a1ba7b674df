import { DateTime } from 'luxon';
import type { Retention } from '../settings/fields';

/** Pure: what is due for deletion at `now`. Months and years count in calendar time in Berlin, as people read them. */

export interface Cutoffs {
  /** Comments of waves closed at or before this go. */
  comments: number;
  /** Results of waves closed at or before this go. */
  results: number;
  /** People who left the staff list at or before this lose name and email. */
  staff: number;
}

const ZONE = 'Europe/Berlin';

export function cutoffs(now: number, r: Retention): Cutoffs {
  const at = DateTime.fromMillis(now, { zone: ZONE });
  return {
    comments: at.minus({ months: r.commentsMonths }).toMillis(),
    results: at.minus({ years: r.resultsYears }).toMillis(),
    staff: at.minus({ months: r.inactiveStaffMonths }).toMillis(),
  };
}

/** A forgotten person's email becomes `<id>@removed.invalid`: unique, never deliverable (`.invalid` is reserved, RFC 2606). */
export const REMOVED_DOMAIN = 'removed.invalid';
