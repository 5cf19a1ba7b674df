import { Hono, type Context } from 'hono';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { actorOf } from '../audit/audit.service';
import { requirePageViewer } from '../auth/guard';
import { adminOverview } from '../insights/home';
import type { Deps } from '../deps';
import type { AppEnv } from '../lib/context';
import { AppError } from '../lib/errors';
import { readForm } from '../lib/form';
import { pickLang, type Lang } from '../lib/i18n';
import { sayProblem } from '../lib/problems';
import { newId } from '../lib/random';
import { html } from '../lib/render';
import { deliveryProgress } from '../mail/delivery';
import { closeWave } from '../results/close.service';
import { MAX_REMINDERS } from '../schedule/schedule.schema';
import { getRemindEveryone, loadSettings } from '../settings/settings';
import { discardWave } from '../waves/discard';
import { remindNow } from '../waves/remind';
import { idempotencyKey } from '../waves/waves.routes';
import { describeWave, getWaveRow, listWaves, openWaveAndSend, recordClosed, runningWave, type WaveRow } from '../waves/waves.service';
import { AdminHome, type OpenFormState } from './admin.pages';
import { adminText } from './admin.text';
import { ConfirmWavePage, WavePage } from './wave.pages';
import { paperSummary } from '../letters/letters.service';

const openForm = z.object({
  closesAt: z.string().trim().max(40),
  title: z.string().trim().max(120).optional(),
  /** 'auto': the `quarterlyModule` setting decides (the first wave of a quarter is the retrospective). */
  module: z.enum(['auto', 'pulse', 'quarterly']).catch('auto'),
  allowParallel: z.literal('yes').optional(),
  /** Rendered into the form (a fresh one per page view): the same form sent twice opens one wave. */
  idempotencyKey: idempotencyKey.optional(),
});

/** A datetime-local field has no zone: it is read as Europe/Berlin. Null when it is not a date and time. */
function closingOf(text: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(text)) return null;
  const at = DateTime.fromISO(text, { zone: 'Europe/Berlin' });
  return at.isValid ? at.toMillis() : null;
}

/** Problems a person can fix in the open form, and the field each belongs to (null: the form as a whole). */
const FIELD_OF: Record<string, 'closesAt' | null> = { closes_at_past: 'closesAt', closes_at_invalid: 'closesAt' };

/** The admin's overview and wave pages. */
export function adminRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.use('/admin', requirePageViewer(deps));
  app.use('/admin/waves/*', requirePageViewer(deps));
  app.use('/admin/waves', requirePageViewer(deps));

  const home = async (c: Context<AppEnv>, form?: OpenFormState, notice?: string) => {
    const waves = await Promise.all((await listWaves(deps)).map((w) => describeWave(deps, w)));
    const running = await runningWave(deps, deps.clock.now());
    const props = { lang: pickLang(c), viewer: c.get('viewer'), waves, openKey: newId(deps.random), form, notice };
    const overview = await adminOverview(deps, c.get('viewer'));
    return html(<AdminHome {...props} running={running && (await describeWave(deps, running))} overview={overview} />);
  };

  app.get('/admin', async (c) => {
    const discarded = c.req.query('discarded');
    return c.html(await home(c, undefined, discarded ? adminText[pickLang(c)].notices.discarded(discarded) : undefined));
  });

  /** A refused form comes back with what was typed and the message beside its field, in the reader's language. */
  app.post('/admin/waves', async (c) => {
    const lang = pickLang(c);
    const parsed = openForm.safeParse(await readForm(c));
    if (!parsed.success) throw new AppError('BAD_REQUEST', 'the form could not be read', [{ code: 'form_unreadable' }]);
    const form = parsed.data;
    const values = { closesAt: form.closesAt, title: form.title ?? '', module: form.module, allowParallel: form.allowParallel === 'yes' };
    const refuse = (code: string, status: 409 | 422, params: Record<string, unknown> = {}) => {
      const message = sayProblem(lang, { code, params });
      const errors = FIELD_OF[code] ? { closesAt: message } : { form: message };
      return home(c, { values, errors }).then((page) => c.html(page, status));
    };
    const closesAt = closingOf(form.closesAt);
    if (closesAt === null) return refuse('closes_at_invalid', 422);
    const input = {
      closesAt,
      title: form.title || undefined,
      module: form.module === 'auto' ? undefined : form.module,
      allowParallel: values.allowParallel,
      idempotencyKey: form.idempotencyKey,
      actor: await actorOf(deps, c.get('viewer')),
    };
    try {
      const wave = await openWaveAndSend(deps, input);
      return c.redirect(`/admin/waves/${wave.id}?opened=1`, 303);
    } catch (err) {
      const problem = err instanceof AppError ? err.problem : undefined;
      if (problem && (err as AppError).status < 500) return refuse(problem.code, (err as AppError).status === 409 ? 409 : 422, problem.params);
      throw err;
    }
  });

  const wavePage = async (c: Context<AppEnv>, row: WaveRow, said: { notice?: string; error?: string } = {}) => {
    const lang = pickLang(c);
    const wave = await describeWave(deps, row);
    const offsets = JSON.parse(row.reminders) as number[];
    const now = deps.clock.now();
    const reminders = {
      planned: offsets.length,
      sent: offsets.filter((o) => row.openedAt + o <= now).length,
      max: MAX_REMINDERS,
      everyone: await getRemindEveryone(deps),
    };
    const notice = said.notice ?? noticeOf(lang, c, wave);
    const paper = row.status === 'open' ? await paperSummary(deps, row) : null;
    const { company } = await loadSettings(deps);
    return html(
      <WavePage
        lang={lang}
        viewer={c.get('viewer')}
        wave={wave}
        progress={await deliveryProgress(deps, wave.id)}
        reminders={reminders}
        notice={notice}
        error={said.error}
        paper={paper}
        company={company.name}
      />,
    );
  };

  app.get('/admin/waves/:id', async (c) => c.html(await wavePage(c, await getWaveRow(deps, c.req.param('id')))));

  /** An action that was refused shows the wave again with the reason (409), not a bare error page. */
  const acting = (run: (c: Context<AppEnv>, wave: WaveRow) => Promise<Response>) => async (c: Context<AppEnv>) => {
    const wave = await getWaveRow(deps, c.req.param('id') ?? '');
    try {
      return await run(c, wave);
    } catch (err) {
      if (!(err instanceof AppError) || err.status >= 500 || err.code === 'NOT_FOUND') throw err;
      const error = sayProblem(pickLang(c), err.problem);
      return c.html(await wavePage(c, await getWaveRow(deps, wave.id), { error }), err.status === 409 ? 409 : 422);
    }
  };

  for (const action of ['close', 'discard'] as const) {
    app.get(`/admin/waves/:id/${action}`, async (c) => {
      const wave = await describeWave(deps, await getWaveRow(deps, c.req.param('id')));
      return c.html(html(<ConfirmWavePage lang={pickLang(c)} viewer={c.get('viewer')} wave={wave} action={action} />));
    });
  }

  app.post(
    '/admin/waves/:id/close',
    acting(async (c, wave) => {
      const closed = await closeWave(deps, wave.id);
      if (closed.closedNow) await recordClosed(deps, await actorOf(deps, c.get('viewer')), wave.id);
      return c.redirect(`/admin/waves/${wave.id}?closed=1`, 303);
    }),
  );

  app.post(
    '/admin/waves/:id/discard',
    acting(async (c, wave) => {
      await discardWave(deps, wave.id, await actorOf(deps, c.get('viewer')));
      return c.redirect(`/admin?discarded=${encodeURIComponent(wave.title)}`, 303);
    }),
  );

  app.post(
    '/admin/waves/:id/remind',
    acting(async (c, wave) => {
      const { reminder } = await remindNow(deps, wave.id, await actorOf(deps, c.get('viewer')));
      return c.redirect(`/admin/waves/${wave.id}?reminded=${reminder}`, 303);
    }),
  );

  return app;
}

/** The notice after a post/redirect/get: what the action did, from the query. */
function noticeOf(lang: Lang, c: Context, wave: { title: string; invited: number; status: string }): string | undefined {
  const t = adminText[lang].notices;
  if (c.req.query('opened') === '1') return t.opened(wave.title, wave.invited);
  if (c.req.query('closed') === '1') return t.closed(wave.title);
  const reminded = Number(c.req.query('reminded'));
  if (Number.isInteger(reminded) && reminded > 0) return t.reminded(reminded, MAX_REMINDERS);
  return undefined;
}
