import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { homeOf } from '../layout/nav';
import { actorOf, record } from '../audit/audit.service';
import type { Deps } from '../deps';
import { runInBackground } from '../lib/background';
import type { AppEnv } from '../lib/context';
import { pickLang } from '../lib/i18n';
import { html } from '../lib/render';
import { validate } from '../lib/validate';
import { userRoutes } from '../users/users.routes';
import { ConfirmPage, LinkProblemPage, LinkSentPage, LoginPage } from './auth.pages';
import { checkAdminToken, resolveViewer } from './guard';
import { checkLoginLink, normaliseEmail, redeemLoginLink, requestLoginLink, type LinkProblem } from './login-link';
import { SESSION_COOKIE, createSession, endSession, sessionCookieOptions } from './session';
import { countAttempt } from './throttle';
import { clientOf, linkThrottle, refuseWhileThrottled } from './throttle.guard';

/** Only same-site paths: a `next` that points elsewhere would make the sign-in page an open redirect. */
const safeNext = (next: string | undefined) => (next && /^\/(?!\/)[\w\-/?=&.%]*$/.test(next) ? next : '/admin');

/** Unknown 404, used 409 (it worked once already), expired or superseded 410 (gone for good; ask for a new one). */
const PROBLEM_STATUS = { unknown: 404, used: 409, expired: 410 } as const satisfies Record<LinkProblem, number>;

const emailForm = z.object({ email: z.string().trim().max(254).pipe(z.email()) });

export function authRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();

  app.get('/login', validate('query', z.object({ next: z.string().max(500).optional(), lang: z.string().optional() })), (c) =>
    c.html(html(<LoginPage lang={pickLang(c)} next={safeNext(c.req.valid('query').next)} />)),
  );

  app.post(
    '/login',
    validate('form', z.object({ token: z.string().max(500), next: z.string().max(500).optional() })),
    async (c) => {
      const { token, next } = c.req.valid('form');
      if (!(await checkAdminToken(deps, c, token))) {
        return c.html(html(<LoginPage lang={pickLang(c)} next={safeNext(next)} error="token" />), 401);
      }
      const session = await createSession(deps, { role: 'admin', teamId: null, userId: null }, { byAdminToken: true });
      await record(deps, { actor: { kind: 'admin-token' }, action: 'signin', details: { method: 'token' } });
      setCookie(c, SESSION_COOKIE, session, sessionCookieOptions(deps.config));
      return c.redirect(safeNext(next), 303);
    },
  );

  /**
   * Registered before /login/:token, which would otherwise take "email" for a token. The link is looked up, written
   * and mailed after the response: known and unknown addresses answer alike and at once, and a slow mail provider
   * never holds the request. Every request counts against the caller's and the address's limit, known or not.
   */
  app.post('/login/email', async (c) => {
    const lang = pickLang(c);
    const parsed = emailForm.safeParse(await c.req.parseBody().catch(() => ({})));
    if (!parsed.success) return c.html(html(<LoginPage lang={lang} next="/admin" error="email" />), 422);
    const email = normaliseEmail(parsed.data.email);
    const subject = { address: clientOf(deps, c), target: email };
    await refuseWhileThrottled(deps, 'signin', subject);
    await countAttempt(deps, 'signin', subject);
    runInBackground(deps, 'login.link', () => requestLoginLink(deps, email));
    return c.html(html(<LinkSentPage lang={lang} />));
  });

  /**
   * Opening a link only shows a button: mail scanners fetch every link, and a GET that signed in would burn the
   * link before its owner clicks. The POST needs no CSRF token: the link token itself is the single-use secret
   * (the Origin check in app.tsx still refuses posts from other sites, so nobody can sign a victim in as themselves).
   */
  const linkGuesses = linkThrottle(deps, 'login-link');

  app.get('/login/:token', linkGuesses, async (c) => {
    const check = await checkLoginLink(deps, c.req.param('token'));
    c.header('cache-control', 'no-store');
    if (!check.ok) return problem(c, check.problem);
    return c.html(html(<ConfirmPage lang={pickLang(c, check.language)} token={c.req.param('token')} />));
  });

  app.post('/login/:token', linkGuesses, async (c) => {
    const result = await redeemLoginLink(deps, c.req.param('token'));
    if (!result.ok) return problem(c, result.problem);
    const session = await createSession(deps, result.viewer);
    await record(deps, { actor: await actorOf(deps, { ...result.viewer, csrf: '' }), action: 'signin', details: { method: 'link' } });
    setCookie(c, SESSION_COOKIE, session, sessionCookieOptions(deps.config));
    return c.redirect(homeOf(result.viewer.role), 303);
  });

  /** Needs the session's CSRF token like every other post; a session that has already ended just loses its cookie. */
  app.post('/logout', async (c) => {
    const cookie = getCookie(c, SESSION_COOKIE);
    if (cookie && (await resolveViewer(deps, c))) await endSession(deps, cookie);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/login', 303);
  });

  // The people who sign in by link: their API and admin page belong with sign-in.
  app.route('/', userRoutes(deps));

  return app;
}

function problem(c: Context<AppEnv>, which: LinkProblem) {
  return c.html(html(<LinkProblemPage lang={pickLang(c)} problem={which} />), PROBLEM_STATUS[which]);
}
