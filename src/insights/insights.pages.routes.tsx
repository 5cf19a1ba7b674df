import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { requirePageViewer } from '../auth/guard';
import type { Deps } from '../deps';
import type { AppEnv } from '../lib/context';
import { notFound } from '../lib/errors';
import { pickLang } from '../lib/i18n';
import { html } from '../lib/render';
import { validate } from '../lib/validate';
import { waves } from '../db/schema';
import { GuidePage } from './guide.pages';
import { present, readInsights } from './insights.service';

const guideQuery = z.object({
  wave: z.string().min(1).max(64),
  team: z.string().min(1).max(64),
  rank: z.coerce.number().int().min(0).max(10_000),
  lang: z.enum(['de', 'en']).optional(),
});

/** The printable conversation guide of one finding, for whoever may see that finding's team. */
export function insightPageRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.use('/insights/*', requirePageViewer(deps, ['admin', 'leader', 'council']));

  app.get('/insights/guide', validate('query', guideQuery), async (c) => {
    const q = c.req.valid('query');
    const viewer = c.get('viewer');
    const lang = pickLang(c);
    const found = await readInsights(deps, viewer, { teamId: q.team, waveId: q.wave });
    const finding = found.findings.find((f) => f.team.id === q.team && f.rank === q.rank);
    if (!finding || !found.wave) throw notFound('finding');
    const [wave] = await deps.db.select({ k: waves.k }).from(waves).where(eq(waves.id, q.wave));
    const path = `/insights/guide?wave=${encodeURIComponent(q.wave)}&team=${encodeURIComponent(q.team)}&rank=${q.rank}`;
    return c.html(html(<GuidePage lang={lang} viewer={viewer} path={path} wave={{ title: found.wave.title, k: wave.k }} finding={present(lang, found.wave.id, finding)} />));
  });
  return app;
}
