import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { toBase64Url } from './crypto';
import { problemError } from './errors';

/**
 * The headers every response carries, pages and static files alike (on Node and on Workers). No page runs a script,
 * so scripts are off entirely; styles come from /static, and the one inline style sheet (the report's print footer)
 * carries the request's nonce. Inline `style` attributes are refused: a nonce cannot cover them.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Origin-Agent-Cluster': '?1',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Referrer-Policy': 'no-referrer',
  'Strict-Transport-Security': 'max-age=15552000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-DNS-Prefetch-Control': 'off',
  'X-Frame-Options': 'DENY',
  'X-Permitted-Cross-Domain-Policies': 'none',
  'X-XSS-Protection': '0',
};

/** The Content-Security-Policy; with a nonce, inline `<style nonce>` elements of that response are allowed. */
export function contentSecurityPolicy(nonce?: string): string {
  return [
    "default-src 'none'",
    "script-src 'none'",
    `style-src 'self'${nonce ? ` 'nonce-${nonce}'` : ''}`,
    "img-src 'self'",
    "font-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
}

/** Sets the security headers and the policy (with the response's nonce, if it has one). */
export function setSecurityHeaders(headers: Headers, nonce?: string): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
  headers.set('Content-Security-Policy', contentSecurityPolicy(nonce));
}

/** The same headers on a response made outside the app: static files from the Workers assets binding. */
export function withSecurityHeaders(res: Response): Response {
  const out = new Response(res.body, res);
  setSecurityHeaders(out.headers);
  return out;
}

/**
 * Security headers for the app's responses, with a fresh nonce per request in `c.var.nonce`. The nonce comes from
 * WebCrypto, not `deps.random`: tests may seed that, and a nonce must never be predictable.
 */
export function securityHeaders(): MiddlewareHandler<{ Variables: { nonce: string } }> {
  return async (c, next) => {
    const nonce = toBase64Url(crypto.getRandomValues(new Uint8Array(16)));
    c.set('nonce', nonce);
    await next();
    setSecurityHeaders(c.res.headers, nonce);
  };
}

/**
 * Nothing the app answers belongs in a shared or browser cache: pages show results, outbox links and personal
 * survey links. A route that wants caching sets its own Cache-Control; static files are served outside the app.
 */
export const noStoreByDefault: MiddlewareHandler = async (c, next) => {
  await next();
  if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
};

/**
 * Every body is bounded before anything reads it: `defaultMax` for all routes but those in `own` (keyed like
 * `PUT /api/v1/staff`), which bring their own limit (a file upload).
 */
export function bodyLimits(defaultMax: number, own: Record<string, MiddlewareHandler>): MiddlewareHandler {
  const fallback = bodyLimit({
    maxSize: defaultMax,
    onError: () => {
      throw problemError('PAYLOAD_TOO_LARGE', 'body_too_large', `request body is larger than ${describeBytes(defaultMax)}`);
    },
  });
  return (c, next) => (own[`${c.req.method} ${c.req.path}`] ?? fallback)(c, next);
}

const describeBytes = (n: number) => (n >= 1024 * 1024 ? `${n / 1024 / 1024} MB` : `${n / 1024} KB`);

/**
 * Login CSRF and forged form posts: a form post (or a body-less POST) is accepted only from the public URL's origin,
 * the request's own origin, or with `Sec-Fetch-Site: same-origin` (Hono's `csrf()`). This is beside the session's
 * CSRF token, and covers what the token cannot: sign-in and sign-out, which have no session yet or end it.
 * API calls with an `Authorization` header are left alone: a browser never adds that header to a cross-site post.
 */
export function originCheck(publicUrl: string): MiddlewareHandler {
  const publicOrigin = new URL(publicUrl).origin;
  const check = csrf({ origin: (origin, c) => origin === publicOrigin || origin === new URL(c.req.url).origin });
  return async (c, next) => {
    if (c.req.header('authorization') === undefined) {
      try {
        await check(c, async () => {});
      } catch (err) {
        if (err instanceof HTTPException && err.status === 403) {
          throw problemError('FORBIDDEN', 'cross_site_form', 'form posts from another site are refused');
        }
        throw err;
      }
    }
    await next();
  };
}
