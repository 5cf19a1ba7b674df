import { Hono, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { actionJson } from '../actions/actions.service';
import { reportActions } from '../actions/report.section';
import { requirePageViewer, requireViewer } from '../auth/guard';
import type { Deps } from '../deps';
import type { AppEnv } from '../lib/context';
import { problemError } from '../lib/errors';
import { pickLang } from '../lib/i18n';
import { parseQuarter, type Quarter } from '../lib/quarter';
import { html } from '../lib/render';
import { validate } from '../lib/validate';
import { getQuarterlyModule } from '../settings/settings';
import { changeSettings } from '../settings/settings.service';
import { actorOf, record } from '../audit/audit.service';
import { QUARTERLY_MODULE_SETTINGS } from '../waves/module';
import { retrospectiveCsv } from './csv';
import { quartersWithClosedWaves, retrospective } from './export.service';
import { exportPath, ReportPage, reportPath } from './report.pages';
import { RetrospectivesPage } from './retrospectives.pages';

const quarterParam = z.object({ quarter: z.string().regex(/^\d{4}-Q[1-4]$/, 'quarter must look like 2026-Q4') });
const exportQuery = z.object({ format: z.enum(['json', 'csv']).default('json'), lang: z.enum(['de', 'en']).default('en') });
const settingForm = z.object({ quarterlyModule: z.enum(QUARTERLY_MODULE_SETTINGS as ['first-of-quarter', 'off']) });

/** `2026-Q4` → the quarter; a year outside 2000–2999 is as bad as a malformed quarter: 400. */
function quarterOrThrow(text: string): Quarter {
  const quarter = parseQuarter(text);
  if (!quarter) throw problemError('BAD_REQUEST', 'quarter_invalid', 'quarter must look like 2026-Q4 (years 2000–2999)');
  return quarter;
}

/** Results leave the server only on purpose: no shared or browser cache keeps a copy. */
const noStore: MiddlewareHandler = async (c, next) => {
  await next();
  c.res.headers.set('Cache-Control', 'no-store');
};

/**
 * The quarterly retrospective for admins: the export as JSON or CSV, the printable report, the list of quarters and
 * the setting that makes the first wave of a quarter a retrospective.
 */
export function exportRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  for (const path of ['/api/v1/retrospectives', '/api/v1/retrospectives/*']) app.use(path, noStore, requireViewer(deps));
  for (const path of ['/admin/retrospectives', '/admin/retrospectives/*']) app.use(path, noStore, requirePageViewer(deps));

  app.get('/api/v1/retrospectives', async (c) => {
    const quarters = await quartersWithClosedWaves(deps);
    return c.json({
      quarters: quarters.map(({ quarter, waves }) => ({
        quarter,
        waves,
        report: reportPath(quarter),
        json: exportPath(quarter, 'json', 'en'),
        csv: { de: exportPath(quarter, 'csv', 'de'), en: exportPath(quarter, 'csv', 'en') },
      })),
    });
  });

  app.get('/api/v1/retrospectives/:quarter', validate('param', quarterParam), validate('query', exportQuery), async (c) => {
    const { format, lang } = c.req.valid('query');
    const quarter = quarterOrThrow(c.req.valid('param').quarter);
    const model = await retrospective(deps, quarter, lang);
    await record(deps, { actor: await actorOf(deps, c.get('viewer')), action: 'export.downloaded', target: model.quarter, details: { format, lang } });
    if (format === 'json') {
      // The quarter's actions with their effects, as the printed report has them (as of the quarter's end).
      const actions = await reportActions(deps, c.get('viewer'), quarter, lang);
      return c.json({
        ...model,
        actions: {
          asOf: new Date(actions.asOf).toISOString(),
          list: actions.actions.map((a) => ({ ...actionJson(a.row, lang, a.team), measures: a.effects })),
        },
      });
    }
    return c.body(retrospectiveCsv(model, lang), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="puls-retrospective-${model.quarter}-${lang}.csv"`,
    });
  });

  app.get('/admin/retrospectives', async (c) => {
    const page = (
      <RetrospectivesPage
        lang={pickLang(c)}
        viewer={c.get('viewer')}
        quarters={await quartersWithClosedWaves(deps)}
        setting={await getQuarterlyModule(deps)}
        saved={c.req.query('saved') === '1'}
      />
    );
    return c.html(html(page));
  });

  app.post('/admin/retrospectives/setting', validate('form', settingForm), async (c) => {
    await changeSettings(deps, await actorOf(deps, c.get('viewer')), { quarterlyModule: c.req.valid('form').quarterlyModule });
    return c.redirect('/admin/retrospectives?saved=1', 303);
  });

  app.get('/admin/retrospectives/:quarter', async (c) => {
    const lang = pickLang(c);
    const quarter = quarterOrThrow(c.req.param('quarter'));
    const model = await retrospective(deps, quarter, lang);
    const actions = await reportActions(deps, c.get('viewer'), quarter, lang);
    await record(deps, { actor: await actorOf(deps, c.get('viewer')), action: 'report.viewed', target: model.quarter, details: { lang } });
    return c.html(html(<ReportPage lang={lang} viewer={c.get('viewer')} model={model} actions={actions} nonce={c.get('nonce')} />));
  });

  return app;
}
