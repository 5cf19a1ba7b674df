import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { actionPageRoutes } from './actions/actions.pages.routes';
import { actionRoutes } from './actions/actions.routes';
import { adminRoutes } from './admin/admin.routes';
import { homeOf } from './layout/nav';
import { authRoutes } from './auth/auth.routes';
import { resolveViewer } from './auth/guard';
import type { Deps } from './deps';
import type { AppEnv } from './lib/context';
import { AppError, errorBody, renderError, TooManyRequests, type ErrorCode } from './lib/errors';
import { ErrorPage } from './lib/error-page';
import { pickLang, rememberLanguage } from './lib/i18n';
import type { ProblemCode } from './lib/problems';
import { html } from './lib/render';
import { bodyLimits, noStoreByDefault, originCheck, securityHeaders } from './lib/security';
import { exportRoutes } from './export/export.routes';
import { mailRoutes } from './mail/mail.routes';
import { resultsPageRoutes } from './results/results.pages.routes';
import { resultsRoutes } from './results/results.routes';
import { insightsRoutes } from './insights/insights.routes';
import { insightPageRoutes } from './insights/insights.pages.routes';
import { scheduleRoutes } from './schedule/schedule.routes';
import { settingsRoutes } from './settings/settings.routes';
import { approvalRoutes } from './approvals/approvals.routes';
import { auditRoutes } from './audit/audit.routes';
import { privacyRoutes } from './privacy/privacy.routes';
import { agreementRoutes } from './agreement/agreement.routes';
import { staffRoutes, uploadLimit } from './staff/staff.routes';
import { surveyRoutes } from './survey/survey.routes';
import { codeRoutes } from './codes/codes.routes';
import { paperRoutes } from './letters/letters.routes';
import { waveRoutes } from './waves/waves.routes';
import { glossaryRoutes } from './glossary/glossary.pages';
import { questionnaireRoutes } from './questionnaire/questionnaire.routes';

/** Bodies of forms and JSON are small; only the staff import takes a file. */
export const MAX_BODY_BYTES = 64 * 1024;

const CODE_BY_STATUS: Record<number, ErrorCode> = { 401: 'UNAUTHORIZED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 413: 'PAYLOAD_TOO_LARGE' };
const PROBLEM_BY_STATUS: Record<number, ProblemCode> = { 401: 'sign_in', 403: 'admin_only', 404: 'route_not_found', 413: 'body_too_large' };

/** Builds the whole app from its dependencies. Nothing here knows which runtime it is on. */
export function createApp(deps: Deps) {
  const app = new Hono<AppEnv>();

  // Order matters: headers and no-store wrap everything (error pages too); a body is bounded before any guard or
  // handler reads it; a form post from another site is refused before it reaches sign-in, sign-out or a session.
  app.use('*', securityHeaders());
  app.use('*', noStoreByDefault);
  app.use('*', bodyLimits(MAX_BODY_BYTES, { 'PUT /api/v1/staff': uploadLimit, 'POST /admin/staff/import': uploadLimit }));
  app.use('*', originCheck(deps.config.publicUrl));
  app.use('*', rememberLanguage(deps.config.publicUrl.startsWith('https:')));

  app.route('/', authRoutes(deps));
  app.route('/', paperRoutes(deps));
  app.route('/', adminRoutes(deps));
  app.route('/', staffRoutes(deps));
  app.route('/', waveRoutes(deps));
  app.route('/', surveyRoutes(deps));
  app.route('/', codeRoutes(deps));
  app.route('/', mailRoutes(deps));
  app.route('/', resultsRoutes(deps));
  app.route('/', resultsPageRoutes(deps));
  app.route('/', insightsRoutes(deps));
  app.route('/', insightPageRoutes(deps));
  app.route('/', exportRoutes(deps));
  app.route('/', scheduleRoutes(deps));
  app.route('/', settingsRoutes(deps));
  app.route('/', approvalRoutes(deps));
  app.route('/', auditRoutes(deps));
  app.route('/', privacyRoutes(deps));
  app.route('/', agreementRoutes(deps));
  app.route('/', actionRoutes(deps));
  app.route('/', actionPageRoutes(deps));
  app.route('/', questionnaireRoutes(deps));
  app.route('/', glossaryRoutes(deps));

  app.get('/healthz', (c) => c.json({ ok: true }));
  // Leaders have no admin pages: their home is their results; the works council's is what waits for approval.
  app.get('/', async (c) => {
    const viewer = await resolveViewer(deps, c).catch(() => null);
    return c.redirect(homeOf(viewer?.role ?? 'admin'), 302);
  });

  const isApi = (path: string) => path.startsWith('/api/');

  app.notFound((c) => {
    if (isApi(c.req.path)) return c.json(errorBody('NOT_FOUND', `no route for ${c.req.method} ${c.req.path}`, [{ code: 'route_not_found' }]), 404);
    return c.html(html(<ErrorPage lang={pickLang(c)} status={404} />), 404);
  });

  app.onError((err, c) => {
    let appError: AppError;
    if (err instanceof AppError) appError = err;
    else if (err instanceof HTTPException && err.status < 500) {
      appError = new AppError(CODE_BY_STATUS[err.status] ?? 'BAD_REQUEST', err.message || 'bad request', [{ code: PROBLEM_BY_STATUS[err.status] ?? 'malformed_body' }]);
      (appError as { status: ContentfulStatusCode }).status = err.status as ContentfulStatusCode;
    } else {
      // Only the route and the error's name: messages of failed queries carry their parameters (emails, tokens).
      deps.log.error('unhandled', { route: c.req.routePath, name: err.name });
      appError = new AppError('INTERNAL', 'internal error', [{ code: 'internal' }]);
    }
    if (isApi(c.req.path)) return renderError(c, appError);
    if (appError instanceof TooManyRequests) c.header('Retry-After', String(appError.retryAfterSeconds));
    return c.html(html(<ErrorPage lang={pickLang(c)} status={appError.status} problem={appError.problem} />), appError.status);
  });

  return app;
}

export type App = ReturnType<typeof createApp>;
