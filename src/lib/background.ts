import type { Deps } from '../deps';

/**
 * Runs work after the response: the caller does not wait, and a failure is logged by name only (messages of failed
 * queries carry their parameters). Registered with `deps.waitUntil` so a Worker keeps running until it is done.
 */
export function runInBackground(deps: Pick<Deps, 'log' | 'waitUntil'>, task: string, work: () => Promise<unknown>): void {
  const running = Promise.resolve()
    .then(work)
    .catch((err: unknown) => deps.log.error('background.failed', { task, error: err instanceof Error ? err.name : 'unknown' }));
  deps.waitUntil?.(running);
}
