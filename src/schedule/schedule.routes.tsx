import { Hono, type Context } from 'hono';
import { actorOf } from '../audit/audit.service';
import { requirePageViewer, requireViewer } from '../auth/guard';
import type { Deps } from '../deps';
import type { AppEnv } from '../lib/context';
import { pickLang } from '../lib/i18n';
import { validate } from '../lib/validate';
import { getThresholds } from '../settings/settings';
import { DEFAULT_TIMEZONE } from './cadence';
import { schedulePage, schedulePausePage, type ScheduleFormValues } from './schedule.pages';
import { scheduleInput } from './schedule.schema';
import { describeSchedule, getSchedule, loadCalendar, pauseSchedule, setSchedule, upcoming } from './schedule.service';
import type { Field } from './schedule.text';
import { readForm } from '../lib/form';

/** The cadence: `GET|PUT|DELETE /api/v1/schedule` for admins, and the admin page /admin/schedule. */
export function scheduleRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();

  // The works council reads the cadence (part of the configuration it consented to); only admins change it.
  app.get('/api/v1/schedule', requireViewer(deps, ['admin', 'council']), async (c) => c.json(await describeSchedule(deps)));
  app.put('/api/v1/schedule', requireViewer(deps), validate('json', scheduleInput), async (c) => {
    // Lowering k waits for a second person: 202 with the pending change, the cadence itself is saved.
    const { pending } = await setSchedule(deps, c.req.valid('json'), await actorOf(deps, c.get('viewer')));
    return pending ? c.json({ ...pending, ...(await describeSchedule(deps)) }, 202) : c.json(await describeSchedule(deps));
  });
  app.delete('/api/v1/schedule', requireViewer(deps), async (c) => {
    await pauseSchedule(deps, await actorOf(deps, c.get('viewer')));
    return c.json(await describeSchedule(deps));
  });

  app.use('/admin/schedule', requirePageViewer(deps));
  app.use('/admin/schedule/*', requirePageViewer(deps));

  const render = async (c: Context<AppEnv>, refused?: { values: ScheduleFormValues; invalid: Field[] }) => {
    const schedule = await getSchedule(deps);
    const now = deps.clock.now();
    const { k } = await getThresholds(deps);
    return schedulePage({
      lang: pickLang(c),
      viewer: c.get('viewer'),
      schedule,
      next: schedule ? await upcoming(deps, schedule, now) : [],
      calendar: await loadCalendar(deps),
      now,
      values: refused?.values ?? formValues(schedule, k),
      invalid: refused?.invalid,
      notice: refused ? undefined : c.req.query('paused') === '1' ? 'paused' : c.req.query('saved') === '1' ? 'saved' : undefined,
    });
  };

  app.get('/admin/schedule', async (c) => c.html(await render(c)));

  app.post('/admin/schedule', async (c) => {
    const values = postedValues(await readForm(c));
    const parsed = scheduleInput.safeParse(toInput(values));
    if (!parsed.success) {
      const invalid = [...new Set(parsed.error.issues.map((i) => String(i.path[0]) as Field))];
      return c.html(await render(c, { values, invalid }), 422);
    }
    const { pending } = await setSchedule(deps, parsed.data, await actorOf(deps, c.get('viewer')));
    // Post/redirect/get: a reload shows the page instead of saving again (which would keep the anchor anyway).
    // A lowered k waits for a second person: the approvals page shows it as asked for by this admin.
    return c.redirect(pending ? '/admin/approvals' : '/admin/schedule?saved=1', 303);
  });

  // Pausing asks first (a page, no script), then says what it did.
  app.get('/admin/schedule/pause', async (c) => c.html(schedulePausePage({ lang: pickLang(c), viewer: c.get('viewer'), schedule: await getSchedule(deps) })));
  app.post('/admin/schedule/pause', async (c) => {
    await pauseSchedule(deps, await actorOf(deps, c.get('viewer')));
    return c.redirect('/admin/schedule?paused=1', 303);
  });

  return app;
}

const DEFAULT_FORM = { every: '2w', weekday: '2', time: '09:00', timezone: DEFAULT_TIMEZONE, openDays: '5', reminders: ['2', '4'] };

function formValues(schedule: Awaited<ReturnType<typeof getSchedule>>, k: number): ScheduleFormValues {
  if (!schedule) return { ...DEFAULT_FORM, k: String(k) };
  return {
    every: schedule.every,
    weekday: String(schedule.weekday),
    time: schedule.time,
    timezone: schedule.timezone,
    openDays: String(schedule.openDays),
    reminders: schedule.reminders.map(String),
    k: String(k),
  };
}

function postedValues(body: Record<string, unknown>): ScheduleFormValues {
  const text = (name: string) => (typeof body[name] === 'string' ? (body[name] as string).trim() : '');
  return {
    every: text('every'),
    weekday: text('weekday'),
    time: text('time'),
    timezone: text('timezone') || DEFAULT_TIMEZONE,
    openDays: text('openDays'),
    reminders: [text('reminder1'), text('reminder2'), text('reminder3')].filter((r) => r !== ''),
    k: text('k'),
  };
}

/** Form fields are text; the schema checks numbers, so a field that is not a number fails there, by name. */
const num = (v: string) => (/^\d+$/.test(v) ? Number(v) : v);

const toInput = (v: ScheduleFormValues) => ({
  every: v.every,
  weekday: num(v.weekday),
  time: v.time,
  timezone: v.timezone,
  openDays: num(v.openDays),
  reminders: v.reminders.map(num),
  k: num(v.k),
});
