import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ProblemCode } from './problems';

export type ErrorCode =
  | 'BAD_REQUEST'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'GONE'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'UNPROCESSABLE'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL';

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  GONE: 410,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE: 422,
  TOO_MANY_REQUESTS: 429,
  INTERNAL: 500,
};

/**
 * An error a caller can act on: rendered as `{ error: { code, message, details } }` with its status. Each detail
 * names its problem with a stable `code` (lib/problems.ts): API clients branch on it, pages say it in the reader's
 * language. The message stays English, for whoever reads the API.
 */
export class AppError extends Error {
  readonly status: ContentfulStatusCode;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown[],
  ) {
    super(message);
    this.status = STATUS[code];
  }

  /** The first detail's problem: its code and what else it carries (the values a page's sentence needs). */
  get problem(): { code: string; params: Record<string, unknown> } | undefined {
    const first = this.details?.[0];
    if (!first || typeof first !== 'object' || typeof (first as { code?: unknown }).code !== 'string') return undefined;
    const { code, ...params } = first as { code: string };
    return { code, params };
  }
}

/** An error about one problem: `details: [{ code, ...params }]`, so a page can say it and a client can branch on it. */
export const problemError = (status: ErrorCode, code: ProblemCode, message: string, params: Record<string, unknown> = {}) =>
  new AppError(status, message, [{ code, ...params }]);

/**
 * 404 about a thing, with the code `<what>_not_found`. lib/problems.ts says the known ones in words (wave, team, change,
 * leader, admin, council, user); another thing's page falls back to what a 404 means.
 */
export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} not found`, [{ code: `${what}_not_found` }]);

/** Too many failed attempts from one address or at one target: 429, with when to try again. */
export class TooManyRequests extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('TOO_MANY_REQUESTS', `too many failed attempts; try again in ${retryAfterSeconds} s`, [{ code: 'too_many_attempts', retryAfterSeconds }]);
  }
}

export function errorBody(code: ErrorCode, message: string, details?: unknown[]) {
  return { error: { code, message, ...(details ? { details } : {}) } };
}

export function renderError(c: Context, err: AppError) {
  if (err instanceof TooManyRequests) c.header('Retry-After', String(err.retryAfterSeconds));
  return c.json(errorBody(err.code, err.message, err.details), err.status);
}
