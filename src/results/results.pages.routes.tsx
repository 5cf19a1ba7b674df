import { Hono } from 'hono';
import { z } from 'zod';
import { actionsPanel } from '../actions/panel';
import { readInsights } from '../insights/insights.service';
import { requirePageViewer } from '../auth/guard';
import type { Deps } from '../deps';
import type { AppEnv } from '../lib/context';
import { pickLang } from '../lib/i18n';
import { html } from '../lib/render';
import { validate } from '../lib/validate';
import { resultsPageData } from './page-data';
import { ResultsPage } from './results.pages';

const query = z.object({
  team: z.string().min(1).max(64).optional(),
  lang: z.enum(['de', 'en']).optional(),
});

/**
 * The results pages for leaders and admins. A leader sees their team's subtree; a team outside it is 403 and an
 * unknown team 404, both rendered by the app's error page in the reader's language.
 */
export function resultsPageRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.use('/results', requirePageViewer(deps, ['admin', 'leader', 'council']));

  app.get('/results', validate('query', query), async (c) => {
    const q = c.req.valid('query');
    const viewer = c.get('viewer');
    const lang = pickLang(c);
    const data = await resultsPageData(deps, viewer, q.team);
    const actions = await actionsPanel(deps, viewer, data.team.id, lang);
    const insights = await readInsights(deps, viewer, { teamId: data.team.id });
    return c.html(
      html(<ResultsPage lang={lang} viewer={viewer} data={data} actions={actions} insights={insights} teamParam={q.team} keepLang={q.lang !== undefined} />),
    );
  });

  return app;
}
