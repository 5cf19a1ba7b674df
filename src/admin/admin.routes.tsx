import { Hono, type Context } from 'hono';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { requirePageViewer } from '../auth/guard';
import { adminOverview } from '../insights/home';
import type { Deps } from '../deps';
import type { AppEnv } from '../lib/context';
import { AppError } from '../lib/errors';
import { pickLang } from '../lib/i18n';
import { html } from '../lib/render';
import { validate } from '../lib/validate';
import { deliveryProgress } from '../mail/delivery';
import { closeWave } from '../results/close.service';
import { newId } from '../lib/random';
import { idempotencyKey } from '../waves/waves.routes';
import { describeWave, getWaveRow, listWaves, openWaveAndSend, recordClosed } from '../waves/waves.service';
import { actorOf } from '../audit/audit.service';
import { AdminHome, WavePage } from './admin.pages';
import { paperSummary } from '../letters/letters.service';

const openForm = z.object({
  closesAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'closesAt must be a date and time'),
  title: z.string().trim().max(120).optional(),
  /** 'auto': the `quarterlyModule` setting decides (the first wave of a quarter is the retrospective). */
  module: z.enum(['auto', 'pulse', 'quarterly']).default('auto'),
  /** Rendered into the form (a fresh one per page view): the same form sent twice opens one wave. */
  idempotencyKey: idempotencyKey.optional(),
});

/** The admin's overview and wave pages. A datetime-local field has no zone: it is read as Europe/Berlin. */
export function adminRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.use('/admin', requirePageViewer(deps));
  app.use('/admin/waves/*', requirePageViewer(deps));
  app.use('/admin/waves', requirePageViewer(deps));

  const home = async (c: Context<AppEnv>, busy = false) => {
    const waves = await Promise.all((await listWaves(deps)).map((w) => describeWave(deps, w)));
    const overview = await adminOverview(deps, c.get('viewer'));
    return html(<AdminHome lang={pickLang(c)} viewer={c.get('viewer')} waves={waves} openKey={newId(deps.random)} busy={busy} overview={overview} />);
  };

  app.get('/admin', async (c) => c.html(await home(c)));

  app.post('/admin/waves', validate('form', openForm), async (c) => {
    const form = c.req.valid('form');
    const closesAt = DateTime.fromISO(form.closesAt, { zone: 'Europe/Berlin' });
    if (!closesAt.isValid) throw new AppError('UNPROCESSABLE', 'closesAt is not a valid date');
    const input = {
      closesAt: closesAt.toMillis(),
      title: form.title || undefined,
      module: form.module === 'auto' ? undefined : form.module,
      idempotencyKey: form.idempotencyKey,
      actor: await actorOf(deps, c.get('viewer')),
    };
    try {
      const wave = await openWaveAndSend(deps, input);
      return c.redirect(`/admin/waves/${wave.id}`, 303);
    } catch (err) {
      if (err instanceof AppError && err.code === 'CONFLICT') return c.html(await home(c, true), 409);
      throw err;
    }
  });

  app.get('/admin/waves/:id', async (c) => {
    const row = await getWaveRow(deps, c.req.param('id'));
    const wave = await describeWave(deps, row);
    const progress = await deliveryProgress(deps, wave.id);
    const paper = row.status === 'open' ? await paperSummary(deps, row) : null;
    const page = <WavePage lang={pickLang(c)} viewer={c.get('viewer')} wave={wave} progress={progress} paper={paper} company={deps.config.companyName} />;
    return c.html(html(page));
  });

  app.post('/admin/waves/:id/close', async (c) => {
    const wave = await closeWave(deps, c.req.param('id'));
    if (wave.closedNow) await recordClosed(deps, await actorOf(deps, c.get('viewer')), wave.id);
    return c.redirect(`/admin/waves/${c.req.param('id')}`, 303);
  });

  return app;
}
