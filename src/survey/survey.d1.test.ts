import { readFileSync } from 'node:fs';
import { drizzle } from 'drizzle-orm/d1';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import * as schema from '../db/schema';
import { sealedAnswers } from '../db/schema';
import type { Deps } from '../deps';
import { fixedClock } from '../lib/clock';
import { deriveKeys } from '../lib/keys';
import { silentLogger } from '../lib/log';
import { cryptoRandom } from '../lib/random';
import { unseal } from './seal';
import { openInvitation, submitAnswers, submitTo } from './survey.service';
import { fullAnswers, insertWave, invite } from './testing';

/*
 * The same store-and-mark batch on Cloudflare D1 (workerd through Miniflare): drizzle's D1 batch binds parameters
 * only for query builders, so this proves the statements are ones D1 can run, in one transaction.
 */

const TEST_KEY = btoa(String.fromCharCode(...new Uint8Array(32).fill(7)));
let mf: Miniflare;

async function d1Deps(): Promise<Deps> {
  const d1 = await mf.getD1Database('DB');
  for (const journal of JSON.parse(readFileSync('drizzle/meta/_journal.json', 'utf8')).entries) {
    const text = readFileSync(`drizzle/${journal.tag}.sql`, 'utf8');
    for (const statement of text.split('--> statement-breakpoint')) {
      const sqlText = statement.replace(/^--.*$/gm, '').trim();
      if (sqlText) await d1.prepare(sqlText).run();
    }
  }
  return {
    db: drizzle(d1, { schema }) as unknown as Db,
    clock: fixedClock(Date.UTC(2026, 10, 2, 8)),
    random: cryptoRandom,
    keys: await deriveKeys(TEST_KEY),
    log: silentLogger,
  } as unknown as Deps;
}

describe('survey answers on D1', () => {
  beforeAll(() => {
    mf = new Miniflare({ modules: true, script: 'export default { fetch: () => new Response() }', d1Databases: ['DB'] });
  });
  afterAll(async () => {
    await mf?.dispose();
  });

  it('stores one sealed row per invitation, refuses replays and races, and stores nothing for a closed wave', async () => {
    const deps = await d1Deps();
    const wave = await insertWave(deps);
    const inv = await invite(deps, wave.id, { role: 'champion', teamId: 'team-d1' });

    await submitAnswers(deps, inv.token, fullAnswers({ 'comment.pulse': 'über D1' }));
    await expect(submitAnswers(deps, inv.token, fullAnswers())).rejects.toMatchObject({ code: 'CONFLICT' });

    const other = await invite(deps, wave.id);
    const [a, b] = [await openInvitation(deps, other.token), await openInvitation(deps, other.token)];
    const raced = await Promise.allSettled([submitTo(deps, a, fullAnswers()), submitTo(deps, b, fullAnswers())]);
    expect(raced.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);

    const late = await invite(deps, wave.id);
    const open = await openInvitation(deps, late.token);
    (deps.clock as ReturnType<typeof fixedClock>).advance(5 * 24 * 60 * 60 * 1000);
    await expect(submitTo(deps, open, fullAnswers())).rejects.toMatchObject({ code: 'GONE' });

    const rows = await deps.db.select().from(sealedAnswers);
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((r) => r.payload.length))).toEqual(new Set([4636]));
    const opened = await Promise.all(rows.map((r) => unseal(deps.keys, r.payload)));
    expect(opened.map((p) => p.teamId).sort()).toEqual(['team-d1', 'team-montage']);
    expect(opened.find((p) => p.teamId === 'team-d1')).toEqual({
      teamId: 'team-d1',
      role: 'champion',
      answers: fullAnswers({ 'comment.pulse': 'über D1' }),
    });
  });
});
