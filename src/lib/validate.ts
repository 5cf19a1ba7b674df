import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { ZodType } from 'zod';
import { AppError } from './errors';

/**
 * `@hono/zod-validator` with the one error shape: a failed check throws an AppError that `onError` renders.
 * Bodies are 400 when they are not what the route reads at all, 422 when they parse but their values are wrong.
 */
export function validate<T extends ZodType, Target extends keyof ValidationTargets>(target: Target, schema: T) {
  return zValidator(target, schema, (result) => {
    if (!result.success) {
      const details = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
      const code = target === 'json' || target === 'form' ? 'UNPROCESSABLE' : 'BAD_REQUEST';
      const what = { json: 'request body', form: 'form', query: 'query string', param: 'path' }[target as string] ?? target;
      throw new AppError(code, `the ${what} has invalid values: see details`, details);
    }
  });
}
