import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { ZodType } from 'zod';
import { AppError } from './errors';

/**
 * A zod issue as a detail of the error envelope. `code` is stable: a refinement's own (`params.code`), else zod's
 * issue code (`invalid_type`, `too_small`, `invalid_format`, …).
 */
export function issueDetail(issue: { path: PropertyKey[]; code: string; message: string; params?: Record<string, unknown> }) {
  const own = issue.params?.code;
  return { path: issue.path.map(String).join('.'), code: typeof own === 'string' ? own : issue.code, message: issue.message };
}

/**
 * `@hono/zod-validator` with the one error shape: a failed check throws an AppError that `onError` renders.
 * Bodies are 400 when they are not what the route reads at all, 422 when they parse but their values are wrong.
 */
export function validate<T extends ZodType, Target extends keyof ValidationTargets>(target: Target, schema: T) {
  return zValidator(target, schema, (result) => {
    if (!result.success) {
      const details = result.error.issues.map((i) => issueDetail(i as Parameters<typeof issueDetail>[0]));
      const code = target === 'json' || target === 'form' ? 'UNPROCESSABLE' : 'BAD_REQUEST';
      const what = { json: 'request body', form: 'form', query: 'query string', param: 'path' }[target as string] ?? target;
      throw new AppError(code, `the ${what} has invalid values: see details`, details);
    }
  });
}
