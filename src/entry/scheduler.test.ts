import { describe, expect, it } from 'vitest';
import { testDeps } from '../../test/support/deps';
import type { Mail, Mailer, SendOutcome } from '../mail/mailer';
import { scheduleInput } from '../schedule/schedule.schema';
import { setSchedule } from '../schedule/schedule.service';
import { importPeople, WEEKLY_TUESDAY } from '../schedule/testing';
import type { TickSummary } from '../schedule/tick';
import { startScheduler } from './scheduler';

const TUE = Date.UTC(2026, 10, 3, 8);

/** A mailer that holds every send until released, and records how many sends ran at once. */
class GateMailer implements Mailer {
  readonly kind = 'outbox' as const;
  sent: Mail[] = [];
  inFlight = 0;
  maxInFlight = 0;
  private release!: () => void;
  private gate = new Promise<void>((resolve) => (this.release = resolve));
  open() {
    this.release();
  }
  async send(batch: Mail[]): Promise<SendOutcome> {
    this.maxInFlight = Math.max(this.maxInFlight, ++this.inFlight);
    await this.gate;
    this.inFlight--;
    this.sent.push(...batch);
    return { ok: true, providerIds: batch.map((m) => `gate:${m.key}`) };
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('startScheduler', () => {
  it('catches up at start, never runs two ticks at once, logs counts only, and stops', async () => {
    const mailer = new GateMailer();
    const t = await testDeps({ mailer });
    const lines: string[] = [];
    t.deps.log = { info: (event, fields) => lines.push(JSON.stringify({ event, ...fields })), error: (event) => lines.push(event) };
    await importPeople(t.deps, 12);
    await setSchedule(t.deps, scheduleInput.parse(WEEKLY_TUESDAY));
    // The process starts an hour after the slot opened: the first tick opens it at once.
    t.clock.set(TUE + 3_600_000);

    const ticks: TickSummary[] = [];
    const stop = startScheduler(t.deps, { intervalMs: 5, onTick: (s) => ticks.push(s) });
    await sleep(100); // twenty beats while the first tick waits on the mailer
    expect(ticks).toHaveLength(0);
    expect(mailer.maxInFlight).toBe(1);
    mailer.open();
    await sleep(50);
    await stop();

    expect(mailer.maxInFlight).toBe(1);
    expect(ticks[0]).toMatchObject({ opened: 1, delivery: { sent: 12, failed: 0, retried: 0, remaining: 0 } });
    expect(ticks.slice(1).every((s) => s.opened === 0 && s.delivery.sent === 0)).toBe(true);
    expect(mailer.sent).toHaveLength(12);
    // One line for the tick that did something, with counts and no address.
    const logged = lines.filter((l) => l.includes('schedule.tick'));
    expect(logged).toHaveLength(1);
    expect(JSON.parse(logged[0])).toMatchObject({ event: 'schedule.tick', opened: 1, closed: 0, resumed: 0, reminded: 0, sent: 12, errors: 0 });
    expect(logged[0]).not.toContain('@');

    const after = ticks.length;
    await sleep(30);
    expect(ticks).toHaveLength(after);
  });
});
