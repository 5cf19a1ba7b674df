import { describe, expect, it } from 'vitest';
import { waves } from '../src/db/schema';
import { seedDemo, setDemoCadence } from '../src/demo/seed';
import { upcoming } from '../src/schedule/schedule.service';
import { getThresholds } from '../src/settings/settings';
import { testDeps } from './support/deps';

const DAY = 24 * 60 * 60 * 1000;

describe('the demo cadence', () => {
  // Each start of the demo falls on another weekday; the test clock starts on a Monday, and is moved to the others.
  it.each([0, 1, 2, 3, 4, 5, 6])('plans the next wave after the running one, every two weeks, whatever the weekday (+%i days)', async (shift) => {
    const { deps, clock } = await testDeps();
    clock.set(clock.now() + shift * DAY);
    const now = clock.now();
    await seedDemo(deps, { history: 1, now });
    const kBefore = (await getThresholds(deps)).k;
    const { schedule } = await setDemoCadence(deps, now);
    expect((await getThresholds(deps)).k).toBe(kBefore);
    expect(schedule.weekday).toBeGreaterThanOrEqual(1);
    expect(schedule.weekday).toBeLessThanOrEqual(5);

    const running = (await deps.db.select().from(waves)).find((w) => w.status === 'open')!;
    const planned = await upcoming(deps, schedule, now);
    const opening = planned.filter((s) => s.skip === null);
    // Only a slot while the running wave is open is skipped, and for that reason.
    for (const s of planned.filter((p) => p.skip !== null)) {
      expect(s.skip).toEqual({ reason: 'overlap', waveId: running.id, title: running.title });
      expect(s.opensAt).toBeLessThan(running.closesAt);
    }
    expect(opening[0].opensAt).toBeGreaterThanOrEqual(running.closesAt);
    expect(opening[0].opensAt - now).toBeLessThanOrEqual(16 * DAY);
    expect(opening[1].opensAt - opening[0].opensAt).toBeGreaterThanOrEqual(13 * DAY);
    expect(opening[1].opensAt - opening[0].opensAt).toBeLessThanOrEqual(15 * DAY);
    expect(opening[0].closesAt - opening[0].opensAt).toBeGreaterThanOrEqual(5 * DAY - 3_600_000);
  });
});
