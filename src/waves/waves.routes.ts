import { Hono } from 'hono';
import { z } from 'zod';
import { requireViewer } from '../auth/guard';
import type { Deps } from '../deps';
import type { AppEnv } from '../lib/context';
import { validate } from '../lib/validate';
import { closeWave } from '../results/close.service';
import { describeWave, getWaveRow, listWaves, openWaveAndSend, recordClosed } from './waves.service';
import { actorOf } from '../audit/audit.service';
import { discardWave } from './discard';
import { remindNow } from './remind';

const openBody = z.object({
  closesAt: z.iso.datetime({ offset: true, message: 'closesAt must be an ISO 8601 date-time, e.g. 2026-12-01T17:00:00+01:00' }),
  title: z.string().trim().min(1).max(120).optional(),
  module: z.enum(['pulse', 'quarterly']).optional(),
  /** Open although another wave is running (everyone is invited a second time); without it that is a 409. */
  allowParallel: z.boolean().optional(),
});
const idParam = z.object({ id: z.string().min(1).max(64) });
/** Any client-chosen string of visible ASCII (a UUID, say); the same key means the same request. */
export const idempotencyKey = z.string().regex(/^[\x21-\x7e]{1,200}$/, 'Idempotency-Key must be 1 to 200 visible ASCII characters');
const openHeaders = z.object({ 'idempotency-key': idempotencyKey.optional() });

export function waveRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.use('/api/v1/waves', requireViewer(deps));
  app.use('/api/v1/waves/*', requireViewer(deps));

  /**
   * Send an `Idempotency-Key` header: a retry with the same key (after a timeout or a crash) gets the same wave, never
   * a second one. Without a key every call opens a new wave; either way a call is refused (409) while another wave is
   * still being opened.
   */
  app.post('/api/v1/waves', validate('header', openHeaders), validate('json', openBody), async (c) => {
    const body = c.req.valid('json');
    const key = c.req.valid('header')['idempotency-key'];
    const actor = await actorOf(deps, c.get('viewer'));
    const input = { closesAt: Date.parse(body.closesAt), title: body.title, module: body.module, allowParallel: body.allowParallel, idempotencyKey: key, actor };
    const wave = await openWaveAndSend(deps, input);
    return c.json({ id: wave.id, status: wave.status, invited: wave.invited, closesAt: new Date(wave.closesAt).toISOString() }, 201);
  });

  app.get('/api/v1/waves', async (c) => {
    const rows = await listWaves(deps);
    return c.json(await Promise.all(rows.map((w) => describeWave(deps, w))));
  });

  app.get('/api/v1/waves/:id', validate('param', idParam), async (c) => {
    return c.json(await describeWave(deps, await getWaveRow(deps, c.req.valid('param').id)));
  });

  app.post('/api/v1/waves/:id/close', validate('param', idParam), async (c) => {
    // On Workers a large close may outlast the request: then 202 and the cron tick finishes it.
    const wave = await closeWave(deps, c.req.valid('param').id);
    if (wave.closedNow) await recordClosed(deps, await actorOf(deps, c.get('viewer')), wave.id);
    return c.json(await describeWave(deps, wave), wave.status === 'closed' ? 200 : 202);
  });

  /** Only a wave without a single answer: 204, else 409 `wave_has_answers` (or `wave_busy` while opening or closing). */
  app.delete('/api/v1/waves/:id', validate('param', idParam), async (c) => {
    await discardWave(deps, c.req.valid('param').id, await actorOf(deps, c.get('viewer')));
    return c.body(null, 204);
  });

  /** A reminder now, counted against the wave's limit: 202 `{ reminder, max }`; mails go out in the background. */
  app.post('/api/v1/waves/:id/remind', validate('param', idParam), async (c) => {
    return c.json(await remindNow(deps, c.req.valid('param').id, await actorOf(deps, c.get('viewer'))), 202);
  });

  return app;
}
