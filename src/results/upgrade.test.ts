import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { adminHeaders, testDeps } from '../../test/support/deps';
import { aggregates, blockOrigins, invitations, itemCounts, responses, staff, usedLinks, viewResults, waveExposure, waves } from '../db/schema';
import { linkToken } from '../lib/keys';
import { closeWave } from './close.service';
import { openKnownSets } from './history';
import { upgradeLegacy, upgradeStep } from './upgrade';

/**
 * A database written by release 0.1 (test/fixtures/release-0.1.sql, made by that release's code): two closed waves
 * with answer sheets, per-block statistics and readable used flags, and a running wave four people have answered.
 */
async function legacyDatabase() {
  const file = join(mkdtempSync(join(tmpdir(), 'puls-upgrade-')), 'puls.db');
  const raw = createClient({ url: `file:${file}` });
  await raw.executeMultiple(readFileSync(new URL('../../test/fixtures/release-0.1.sql', import.meta.url), 'utf8'));
  raw.close();
  return testDeps({ url: `file:${file}` });
}

describe('upgrading a database of release 0.1', () => {
  it('keeps what was published, adds answer counts and shares, seals the history, and deletes answer sheets and flags', async () => {
    const { deps, handle } = await legacyDatabase();
    const closed = await deps.db.select().from(waves).where(eq(waves.status, 'closed'));
    expect(closed).toHaveLength(2);
    const before = await deps.db.select().from(viewResults);
    expect((await deps.db.select().from(responses)).length).toBe(34);
    expect((await deps.db.select().from(invitations).where(eq(invitations.legacyUsed, true))).length).toBe(38);

    expect(await upgradeLegacy(deps)).toBeGreaterThan(2);
    for (const table of [responses, aggregates, itemCounts, blockOrigins]) expect(await deps.db.select().from(table)).toEqual([]);
    expect(await deps.db.select().from(invitations).where(eq(invitations.legacyUsed, true))).toEqual([]);

    const after = await deps.db.select().from(viewResults);
    expect(after).toHaveLength(before.length);
    let published = 0;
    for (const old of before) {
      const now = after.find((v) => v.waveId === old.waveId && v.teamId === old.teamId && v.role === old.role)!;
      expect([now.published, now.reason, now.respondents, now.invited]).toEqual([old.published, old.reason, old.respondents, old.invited]);
      if (!old.published) {
        expect(now.counts).toBeNull();
        continue;
      }
      published++;
      // Every number that was shown stays exactly as it was; the share of adopters may join it.
      const was = JSON.parse(old.measures!);
      const is = JSON.parse(now.measures!);
      for (const [m, value] of Object.entries(was)) expect(is[m], m).toEqual(value);
      expect(is.adopter[0]).toBe(old.respondents);
      const use = JSON.parse(now.counts!)['gap.use'] as Record<string, number>;
      expect(Object.values(use).reduce((s, n) => s + n, 0)).toBe(old.respondents);
      expect(is.adopter[1] / 100).toBe((use.weekly ?? 0) + (use.daily ?? 0));
    }
    expect(published).toBeGreaterThan(5);
    // In the first wave everyone answered: its blocks are groups a reader can know, kept sealed for the next close.
    const [first] = closed.sort((a, b) => a.openedAt - b.openedAt);
    const [history] = await deps.db.select().from(waveExposure).where(eq(waveExposure.waveId, first.id));
    expect((await openKnownSets(deps, history.payload)).flat().sort()).toHaveLength(18);
    expect(await upgradeStep(deps)).toBe(false);
    handle.close();
  });

  it('turns the running wave\'s used flags into markers: a used link stays used, the others still work', async () => {
    const { deps, app, clock, handle } = await legacyDatabase();
    const [running] = await deps.db.select().from(waves).where(eq(waves.status, 'open'));
    const links = await deps.db
      .select({ id: invitations.id, email: staff.email, used: invitations.legacyUsed })
      .from(invitations)
      .innerJoin(staff, eq(staff.id, invitations.staffId))
      .where(eq(invitations.waveId, running.id));
    const answered = links.filter((l) => l.used);
    expect(answered.map((l) => l.email).sort()).toEqual(['a0@x.de', 'a1@x.de', 'b0@x.de', 'd0@x.de']);
    await upgradeLegacy(deps);
    expect(await deps.db.select({ n: sql<number>`count(*)` }).from(usedLinks)).toEqual([{ n: 4 }]);

    const open = (id: string) => app.request(`/api/v1/survey/${linkToken(deps.keys, 'survey', id)}`);
    for (const link of answered) expect((await open(link.id)).status).toBe(409);
    expect((await open(links.find((l) => !l.used)!.id)).status).toBe(200);
    // The running wave closes under today's rule, checked against the history the upgrade sealed.
    clock.set(running.closesAt);
    const result = await app.request(`/api/v1/waves/${running.id}/close`, { method: 'POST', headers: adminHeaders() });
    expect(result.status).toBe(200);
    expect(await closeWave(deps, running.id).catch((e: Error) => e.message)).toBe('the wave is already closed');
    handle.close();
  });
});
