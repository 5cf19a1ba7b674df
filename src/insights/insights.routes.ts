import { Hono } from 'hono';
import { z } from 'zod';
import { requireViewer } from '../auth/guard';
import type { Deps } from '../deps';
import type { AppEnv } from '../lib/context';
import { validate } from '../lib/validate';
import { present, readInsights } from './insights.service';

const query = z.object({
  team: z.string().min(1).max(64).optional(),
  wave: z.string().min(1).max(64).optional(),
  lang: z.enum(['de', 'en']).default('en'),
});

/**
 * `GET /api/v1/insights`: the findings of the latest closed wave (or `wave`) for a team's subtree, most important
 * first, each with its sentence in `lang`. Leaders: their own subtree (403 elsewhere); the works council: the
 * company's own findings.
 */
export function insightsRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.use('/api/v1/insights', requireViewer(deps, ['admin', 'leader', 'council']));

  app.get('/api/v1/insights', validate('query', query), async (c) => {
    const q = c.req.valid('query');
    const result = await readInsights(deps, c.get('viewer'), { teamId: q.team, waveId: q.wave });
    return c.json({
      wave: result.wave && { id: result.wave.id, title: result.wave.title, closedAt: result.wave.closedAt },
      team: result.team,
      view: result.view,
      computed: result.computed,
      findings: result.wave ? result.findings.map((i) => present(q.lang, result.wave!.id, i)) : [],
    });
  });
  return app;
}
