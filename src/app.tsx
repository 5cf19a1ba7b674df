import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { actionPageRoutes } from './actions/actions.pages.routes';
import { actionRoutes } from './actions/actions.routes';
import { adminRoutes } from './admin/admin.routes';
import { authRoutes } from './auth/auth.routes';
import { resolveViewer } from './auth/guard';
import type { Deps } from './deps';
import type { AppEnv } from './lib/context';
import { AppError, errorBody, renderError } from './lib/errors';
import { ErrorPage } from './lib/error-page';
import { pickLang } from './lib/i18n';
import { html } from './lib/render';
import { exportRoutes } from './export/export.routes';
import { mailRoutes } from './mail/mail.routes';
import { resultsPageRoutes } from './results/results.pages.routes';
import { resultsRoutes } from './results/results.routes';
import { scheduleRoutes } from './schedule/schedule.routes';
import { staffRoutes } from './staff/staff.routes';
import { surveyRoutes } from './survey/survey.routes';
import { waveRoutes } from './waves/waves.routes';

/** Builds the whole app from its dependencies. Nothing here knows which runtime it is on. */
export function createApp(deps: Deps) {
  const app = new Hono<AppEnv>();

  app.use('*', secureHeaders({ referrerPolicy: 'no-referrer' }));

  app.route('/', authRoutes(deps));
  app.route('/', adminRoutes(deps));
  app.route('/', staffRoutes(deps));
  app.route('/', waveRoutes(deps));
  app.route('/', surveyRoutes(deps));
  app.route('/', mailRoutes(deps));
  app.route('/', resultsRoutes(deps));
  app.route('/', resultsPageRoutes(deps));
  app.route('/', exportRoutes(deps));
  app.route('/', scheduleRoutes(deps));
  app.route('/', actionRoutes(deps));
  app.route('/', actionPageRoutes(deps));

  app.get('/healthz', (c) => c.json({ ok: true }));
  // Leaders have no admin pages: their home is their results.
  app.get('/', async (c) => {
    const viewer = await resolveViewer(deps, c).catch(() => null);
    return c.redirect(viewer?.role === 'leader' ? '/results' : '/admin', 302);
  });

  const isApi = (path: string) => path.startsWith('/api/');

  app.notFound((c) => {
    if (isApi(c.req.path)) return c.json(errorBody('NOT_FOUND', `no route for ${c.req.method} ${c.req.path}`), 404);
    return c.html(html(<ErrorPage lang={pickLang(c)} status={404} />), 404);
  });

  app.onError((err, c) => {
    let appError: AppError;
    if (err instanceof AppError) appError = err;
    else if (err instanceof HTTPException && err.status < 500) {
      appError = new AppError(err.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST', err.message || 'bad request');
      (appError as { status: ContentfulStatusCode }).status = err.status as ContentfulStatusCode;
    } else {
      // Only the route and the error's name: messages of failed queries carry their parameters (emails, tokens).
      deps.log.error('unhandled', { route: c.req.routePath, name: err.name });
      appError = new AppError('INTERNAL', 'internal error');
    }
    if (isApi(c.req.path)) return renderError(c, appError);
    return c.html(html(<ErrorPage lang={pickLang(c)} status={appError.status} message={appError.message} />), appError.status);
  });

  return app;
}

export type App = ReturnType<typeof createApp>;
