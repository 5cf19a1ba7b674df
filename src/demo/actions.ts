import { eq } from 'drizzle-orm';
import { createAction } from '../actions/actions.service';
import { dayOf } from '../actions/days';
import { createMilestone } from '../actions/milestones.service';
import { teams } from '../db/schema';
import type { Deps } from '../deps';
import type { Viewer } from '../lib/context';

const DAY = 86_400_000;
const ADMIN: Viewer = { role: 'admin', teamId: null, userId: null, csrf: '' };

async function teamId(deps: Deps, path: string): Promise<string> {
  const [row] = await deps.db.select({ id: teams.id }).from(teams).where(eq(teams.path, path));
  return row.id;
}

/**
 * The demo's actions, logged a few days before the wave in which Montage's answers start to lift (DemoTeam.lift):
 * Montage starts an AI buddy system and AI office hours, the company writes clear rules for tools and data, and
 * Vertrieb/Innendienst holds a one-day promptathon.
 */
export async function logDemoActions(deps: Deps, waveOpensAt: number) {
  const montage = await teamId(deps, 'Werk Nord/Montage');
  const root = await teamId(deps, '');
  const day = (offset: number) => dayOf(waveOpensAt + offset * DAY);
  await createAction(deps, ADMIN, { teamId: montage, kind: 'buddy', startsOn: day(-4), targets: ['fear', 'trust', 'fear.behind', 'gap.knowledge'], note: 'Zwölf Tandems aus Power-Usern und Neulingen, je eine Stunde pro Woche.' });
  await createAction(deps, ADMIN, { teamId: montage, kind: 'office-hours', startsOn: day(-2), note: 'Dienstags 14–15 Uhr im Pausenraum Halle 2.' });
  await createAction(deps, ADMIN, { teamId: root, kind: 'rules', startsOn: day(-3) });
  await createAction(deps, ADMIN, { teamId: await teamId(deps, 'Vertrieb/Innendienst'), kind: 'promptathon', startsOn: day(10), endsOn: day(10) });
}

/** The roadmap's milestones per role and for the company, due next year; and one for Montage's fear. */
export async function setDemoMilestones(deps: Deps, now: number) {
  const next = new Date(now).getUTCFullYear() + 1;
  await createMilestone(deps, { role: 'power', measure: 'maturity.tools', target: 50, dueOn: `${next}-06-30` });
  await createMilestone(deps, { measure: 'adopter', target: 60, dueOn: `${next}-Q2` });
  await createMilestone(deps, { teamId: await teamId(deps, 'Werk Nord/Montage'), measure: 'fear', target: 45, dueOn: `${next}-03-31` });
}
