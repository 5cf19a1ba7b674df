import type { Deps } from '../deps';
import { runDue, tickFields, type TickSummary } from '../schedule/tick';

export interface SchedulerOptions {
  intervalMs?: number;
  /** Called after each tick; tests use it to wait for one. */
  onTick?: (summary: TickSummary) => void;
}

/**
 * The Node driver of the scheduler tick. Runs `runDue` at once — catching up on whatever fell due while the
 * process was down — and then every interval. A tick that is still running when the next is due is not joined
 * by a second one: that beat is skipped. (Ticks of different processes may still overlap; `runDue` is safe then.)
 * Each tick that did something logs one line of counts; nothing personal is logged. Returns `stop`, which
 * cancels the timer and waits for a running tick to finish.
 */
export function startScheduler(deps: Deps, options: SchedulerOptions = {}): () => Promise<void> {
  const intervalMs = options.intervalMs ?? 60_000;
  let running: Promise<void> | null = null;
  let stopped = false;

  const tick = () => {
    if (running || stopped) return;
    const started = Date.now();
    running = runDue(deps)
      .then((s) => {
        const fields = tickFields(s, Date.now() - started);
        const didSomething = Object.entries(fields).some(([key, n]) => key !== 'ms' && key !== 'remaining' && n > 0);
        if (didSomething) deps.log.info('schedule.tick', fields);
        options.onTick?.(s);
      })
      .catch((err: unknown) => {
        // runDue catches its steps' errors; this is a bug or a lost database. The timer keeps trying.
        deps.log.error('schedule.tick_failed', { name: err instanceof Error ? err.name : 'unknown' });
      })
      .finally(() => {
        running = null;
      });
  };

  const timer = setInterval(tick, intervalMs);
  timer.unref?.();
  tick();

  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
