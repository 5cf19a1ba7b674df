import type { Context } from 'hono';
import { problemError } from './errors';

/**
 * Reads a form body. A malformed multipart or urlencoded body is the sender's mistake: 400, never a 500.
 * (Hono caches the parsed body, so the CSRF check and the handler can both read it.)
 */
export async function readForm(c: Context, options: { all?: boolean } = {}): Promise<Record<string, string | File | (string | File)[]>> {
  try {
    return await c.req.parseBody({ all: options.all ?? false });
  } catch {
    throw problemError('BAD_REQUEST', 'form_unreadable', 'the form body could not be read');
  }
}
