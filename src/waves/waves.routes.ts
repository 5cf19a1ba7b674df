import { Hono } from 'hono';
import { z } from 'zod';
import { requireViewer } from '../auth/guard';
import type { Deps } from '../deps';
import type { AppEnv } from '../lib/context';
import { validate } from '../lib/validate';
import { closeWave } from '../results/close.service';
import { describeWave, getWaveRow, listWaves, openWaveAndSend, recordClosed } from './waves.service';
import { actorOf } from '../audit/audit.service';

const openBody = z.object({
  closesAt: z.iso.datetime({ offset: true, message: 'closesAt must be an ISO 8601 date-time, e.g. 2026-12-01T17:00:00+01:00' }),
  title: z.string().trim().min(1).max(120).optional(),
  module: z.enum(['pulse', 'quarterly']).optional(),
});
const idParam = z.object({ id: z.string().min(1).max(64) });

export function waveRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.use('/api/v1/waves', requireViewer(deps));
  app.use('/api/v1/waves/*', requireViewer(deps));

  app.post('/api/v1/waves', validate('json', openBody), async (c) => {
    const body = c.req.valid('json');
    const actor = await actorOf(deps, c.get('viewer'));
    const wave = await openWaveAndSend(deps, { closesAt: Date.parse(body.closesAt), title: body.title, module: body.module, actor });
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
    const wave = await closeWave(deps, c.req.valid('param').id);
    await recordClosed(deps, await actorOf(deps, c.get('viewer')), wave.id);
    return c.json(await describeWave(deps, wave));
  });

  return app;
}
