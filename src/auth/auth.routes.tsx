import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import type { Deps } from '../deps';
import type { AppEnv } from '../lib/context';
import { safeEqual } from '../lib/crypto';
import { pickLang } from '../lib/i18n';
import { html } from '../lib/render';
import { validate } from '../lib/validate';
import { LoginPage } from './auth.pages';
import { SESSION_COOKIE, SESSION_MS, createSession, endSession } from './session';

/** Only same-site paths: a `next` that points elsewhere would make the sign-in page an open redirect. */
const safeNext = (next: string | undefined) => (next && /^\/(?!\/)[\w\-/?=&.%]*$/.test(next) ? next : '/admin');

export function authRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const cookieOptions = () => ({
    httpOnly: true,
    secure: deps.config.publicUrl.startsWith('https:'),
    sameSite: 'Lax' as const,
    path: '/',
    maxAge: SESSION_MS / 1000,
  });

  app.get('/login', validate('query', z.object({ next: z.string().max(500).optional(), lang: z.string().optional() })), (c) =>
    c.html(html(<LoginPage lang={pickLang(c)} next={safeNext(c.req.valid('query').next)} />)),
  );

  app.post(
    '/login',
    validate('form', z.object({ token: z.string().max(500), next: z.string().max(500).optional() })),
    async (c) => {
      const { token, next } = c.req.valid('form');
      const expected = deps.config.adminToken;
      if (!expected || !safeEqual(token, expected)) {
        return c.html(html(<LoginPage lang={pickLang(c)} next={safeNext(next)} error />), 401);
      }
      const session = await createSession(deps, { role: 'admin', teamId: null, userId: null });
      setCookie(c, SESSION_COOKIE, session, cookieOptions());
      return c.redirect(safeNext(next), 303);
    },
  );

  app.post('/logout', async (c) => {
    const cookie = getCookie(c, SESSION_COOKIE);
    if (cookie) await endSession(deps, cookie);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/login', 303);
  });

  return app;
}
