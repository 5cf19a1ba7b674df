import { eq } from 'drizzle-orm';
import { invitations, staff, teams } from '../db/schema';
import type { Deps } from '../deps';
import type { Clock } from '../lib/clock';
import { linkToken } from '../lib/keys';
import { seededRandom, uniform } from '../lib/random';
import { deliverDue } from '../mail/delivery';
import type { Mailer } from '../mail/mailer';
import { closeWave } from '../results/close.service';
import { importStaff } from '../staff/staff.service';
import { questionsFor } from '../survey/questions';
import { openCode, submitAnswers, submitTo } from '../survey/survey.service';
import { letterCode } from '../codes/codes';
import { openWave, recordClosed } from '../waves/waves.service';
import { addUser } from '../users/users.service';
import { SCHEDULER } from '../audit/chain';
import { DEFAULT_TIMEZONE } from '../schedule/cadence';
import { weekdayOf } from '../schedule/days';
import { setSchedule } from '../schedule/schedule.service';
import { localDay } from '../schedule/zone';
import { getThresholds } from '../settings/settings';
import { logDemoActions, setDemoMilestones } from './actions';
import { demoAnswers } from './answers';
import { DEMO_TEAMS, demoCsv, demoPeople, type DemoPerson } from './company';

const DAY = 24 * 60 * 60 * 1000;
/** The wave from which Montage's actions work (its `lift`); they are logged just before it opens. */
const DEMO_LIFT_WAVE = DEMO_TEAMS.find((t) => t.lift)!.lift!.from;

/** The demo's works council member. */
export const DEMO_COUNCIL = 'betriebsrat@muster-maschinenbau.de';
/** The demo's leader of Montage and its HR admin: both get a digest when a wave closes (src/insights/digest.ts). */
export const DEMO_LEADER = 'leitung.montage@muster-maschinenbau.de';
export const DEMO_HR = 'hr@muster-maschinenbau.de';

export interface SeedOptions {
  /** Closed waves of history, every two weeks before now. */
  history: number;
  now: number;
  seed?: number;
  /** Where the current wave's invitations go (the outbox a newcomer reads); history mails go to `deps.mailer`. */
  currentMailer?: Mailer;
  /** Called before each history wave closes (the bench reads the sealed answers there to measure the rules). */
  beforeClose?: (waveId: string) => Promise<void>;
}

/**
 * Fills an empty database with the demo company: staff, `history` closed waves every two weeks (answered by
 * 55–85% of people, then closed into blocks), and one open wave running now. `deps.clock` must be movable.
 * Waves are opened without a module, so the `quarterlyModule` setting decides as it would for the scheduler: by
 * default the first wave of each quarter is the retrospective (maturity, hours, tasks, the three open questions).
 * Actions are logged before the wave from which Montage's answers lift (demo/actions.ts), milestones before the
 * running wave opens, so its invitations say what was done.
 */
export async function seedDemo(deps: Deps & { clock: Clock & { set(t: number): void } }, options: SeedOptions) {
  const random = seededRandom(options.seed ?? 2026);
  const people = demoPeople(random);
  deps.clock.set(options.now - (options.history + 1) * 14 * DAY);
  await importStaff(deps, demoCsv(people));
  // The works council signs in by link like a leader (the mail waits in the outbox) and reads the audit log and annex.
  await addUser(deps, { email: DEMO_COUNCIL, role: 'council' });
  const [montage] = await deps.db.select({ id: teams.id }).from(teams).where(eq(teams.path, 'Werk Nord/Montage'));
  await addUser(deps, { email: DEMO_LEADER, role: 'leader', teamId: montage.id });
  await addUser(deps, { email: DEMO_HR, role: 'admin' });
  const byEmployee = new Map(people.map((p) => [p.employeeId, p]));
  const staffRows = await deps.db.select({ id: staff.id, employeeId: staff.employeeId }).from(staff);
  const personOf = new Map(staffRows.map((s) => [s.id, byEmployee.get(s.employeeId!)!]));

  for (let w = 0; w < options.history; w++) {
    const openedAt = options.now - (options.history - w) * 14 * DAY;
    deps.clock.set(openedAt);
    if (w === DEMO_LIFT_WAVE) await logDemoActions(deps, openedAt);
    const wave = await openWave(deps, { closesAt: openedAt + 5 * DAY, title: `Puls ${isoWeek(openedAt)}`, actor: SCHEDULER });
    await deliverDue(deps, { maxBatches: 1000 });
    await answer(deps, wave, personOf, (p) => 0.55 + 0.3 * uniform(random) * (p.team.trust / 4), w, random);
    deps.clock.set(openedAt + 5 * DAY);
    await options.beforeClose?.(wave.id);
    await closeWave(deps, wave.id);
    await recordClosed(deps, SCHEDULER, wave.id);
  }

  deps.clock.set(options.now - DAY);
  await setDemoMilestones(deps, options.now);
  const current = await openWave(deps, { closesAt: options.now + 4 * DAY, title: `Puls ${isoWeek(options.now)}`, actor: SCHEDULER });
  await deliverDue({ ...deps, mailer: options.currentMailer ?? deps.mailer }, { maxBatches: 1000 });
  await answer(deps, current, personOf, () => 0.35, options.history, random);
  deps.clock.set(options.now);
  return { people: people.length, waves: options.history + 1, currentWaveId: current.id };
}

async function answer(
  deps: Deps,
  wave: { id: string; module: 'pulse' | 'quarterly'; bankVersion: string },
  personOf: Map<string, DemoPerson>,
  rate: (p: DemoPerson) => number,
  waveNumber: number,
  random: ReturnType<typeof seededRandom>,
) {
  const questions = questionsFor(wave.module, wave.bankVersion);
  // In a fixed order (by the address people would have): ids are random, so without it the seeded draws would go to
  // other people each run.
  const invited = await deps.db.select({ id: invitations.id, staffId: invitations.staffId }).from(invitations).where(eq(invitations.waveId, wave.id));
  const rows = invited.map((r) => ({ ...r, person: personOf.get(r.staffId)! })).sort((a, b) => (a.person.key < b.person.key ? -1 : 1));
  for (const { id, person } of rows) {
    if (uniform(random) > rate(person)) continue;
    const answers = demoAnswers(random, questions, person, waveNumber);
    // People on paper answer with the code on their letter, as they would at /c.
    if (person.channel === 'print') await submitTo(deps, await openCode(deps, letterCode(deps.keys, id)), answers);
    else await submitAnswers(deps, linkToken(deps.keys, 'survey', id), answers);
  }
}

function isoWeek(ms: number): string {
  const d = new Date(ms);
  const day = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - day + 3);
  const firstThursday = new Date(Date.UTC(d.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round(((d.getTime() - firstThursday.getTime()) / DAY - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `KW ${week}/${d.getUTCFullYear()}`;
}

/**
 * The demo's cadence, the rhythm of its history: every two weeks at 09:00, five days open, a reminder on day three,
 * on the weekday the running wave opened (a day before `now`; Monday if that was a weekend); k stays as it is.
 * Anchored at `now`, a first slot while the running wave is open is skipped by the usual rule (no two waves at once),
 * so the next wave opens after it. The admin home and the schedule page show what comes, and the demo's scheduler
 * opens it if the demo runs that long.
 */
export async function setDemoCadence(deps: Deps, now: number) {
  const opened = weekdayOf(localDay(DEFAULT_TIMEZONE, now - DAY));
  const weekday = opened <= 5 ? opened : 1;
  const { k } = await getThresholds(deps);
  return setSchedule(deps, { every: '2w', weekday, time: '09:00', timezone: DEFAULT_TIMEZONE, openDays: 5, reminders: [3], k }, SCHEDULER);
}
