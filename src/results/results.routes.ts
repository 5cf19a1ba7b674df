import { Hono } from 'hono';
import { z } from 'zod';
import { requireViewer } from '../auth/guard';
import { ROLES } from '../db/schema';
import type { Deps } from '../deps';
import type { AppEnv } from '../lib/context';
import { validate } from '../lib/validate';
import { getThresholds } from '../settings/settings';
import { reasonText } from './results.text';
import { trend } from './results.service';
import { runningWave } from './running';

const query = z.object({
  team: z.string().min(1).max(64).optional(),
  role: z.enum(ROLES).optional(),
  lang: z.enum(['de', 'en']).default('en'),
});

/** Results as JSON for admins and leaders; a leader's session sees only its subtree (403 elsewhere). */
export function resultsRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.use('/api/v1/results', requireViewer(deps, ['admin', 'leader', 'council']));
  app.use('/api/v1/results/*', requireViewer(deps, ['admin', 'leader', 'council']));

  app.get('/api/v1/results', validate('query', query), async (c) => {
    const q = c.req.valid('query');
    const result = await trend(deps, c.get('viewer'), { teamId: q.team, role: q.role ?? null });
    // The threshold the reader meets: the latest closed wave's (each wave keeps the k it opened with, and says so in
    // its row); before the first close, the one the next wave will open with.
    const latest = result.waves[result.waves.length - 1];
    const k = latest ? latest.k : (await getThresholds(deps)).k;
    return c.json({
      view: result.view,
      k,
      waves: result.waves.map((w) => (w.published ? w : { ...w, reasonText: reasonText[q.lang][w.reason!](w.k) })),
    });
  });

  app.get('/api/v1/results/running', requireViewer(deps, ['admin']), async (c) => c.json({ running: await runningWave(deps) }));

  return app;
}
