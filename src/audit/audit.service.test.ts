import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asc, eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { testDeps } from '../../test/support/deps';
import { auditLog, settings } from '../db/schema';
import { audit, auditBatch, listAudit, record, verifyAudit } from './audit.service';
import { GENESIS, SCHEDULER } from './chain';

const admin = { kind: 'admin' as const, email: 'chefin@muster.de', userId: 'u1' };

async function withEntries(n: number) {
  const t = await testDeps();
  for (let i = 1; i <= n; i++) {
    await record(t.deps, { actor: admin, action: 'settings.changed', target: '', details: { k: { from: i, to: i + 1 } } });
    t.clock.advance(1000);
  }
  return t;
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the audit log', () => {
  it('appends entries that chain to each other, and verifies them', async () => {
    const { deps } = await withEntries(3);
    const rows = await deps.db.select().from(auditLog).orderBy(asc(auditLog.seq));
    expect(rows.map((r) => [r.seq, r.actorKind, r.actorEmail, r.details])).toEqual([
      [1, 'admin', 'chefin@muster.de', '{"k":{"from":1,"to":2}}'],
      [2, 'admin', 'chefin@muster.de', '{"k":{"from":2,"to":3}}'],
      [3, 'admin', 'chefin@muster.de', '{"k":{"from":3,"to":4}}'],
    ]);
    expect(rows.map((r) => r.prevHash)).toEqual([GENESIS, rows[0].hash, rows[1].hash]);
    expect(await verifyAudit(deps)).toEqual({ ok: true, entries: 3, head: rows[2].hash, brokenAt: null });
  });

  it('detects an edited row', async () => {
    const { deps } = await withEntries(4);
    await deps.db.update(auditLog).set({ details: '{"k":{"from":2,"to":5}}' }).where(eq(auditLog.seq, 2));
    expect(await verifyAudit(deps)).toMatchObject({ ok: false, entries: 4, brokenAt: 2 });
  });

  it('detects a deleted row', async () => {
    const { deps } = await withEntries(4);
    await deps.db.delete(auditLog).where(eq(auditLog.seq, 3));
    expect(await verifyAudit(deps)).toMatchObject({ ok: false, entries: 3, brokenAt: 4 });
  });

  it('lists newest first and pages back with before', async () => {
    const { deps } = await withEntries(5);
    const first = await listAudit(deps, { limit: 2 });
    expect(first.map((e) => e.id)).toEqual([5, 4]);
    expect(first[0]).toMatchObject({
      at: '2026-11-02T08:00:04.000Z',
      actor: { kind: 'admin', email: 'chefin@muster.de' },
      action: 'settings.changed',
      details: { k: { from: 5, to: 6 } },
    });
    expect((await listAudit(deps, { limit: 10, before: 4 })).map((e) => e.id)).toEqual([3, 2, 1]);
  });

  it('writes the entry and the change together or not at all', async () => {
    const { deps } = await testDeps();
    const change = deps.db.insert(settings).values({ key: 'k', value: '7' });
    await auditBatch(deps, { actor: admin, action: 'settings.changed' }, [change]);
    // The same insert again violates the settings key: neither it nor its entry is written.
    await expect(auditBatch(deps, { actor: admin, action: 'settings.changed' }, [deps.db.insert(settings).values({ key: 'k', value: '3' })])).rejects.toThrow();
    expect(await deps.db.select().from(settings)).toEqual([{ key: 'k', value: '7' }]);
    expect((await verifyAudit(deps)).entries).toBe(1);
  });

  it('a statement built on an old head fails instead of forking the chain', async () => {
    const { deps } = await testDeps();
    const stale = await audit(deps, SCHEDULER, 'wave.closed', 'w1');
    await record(deps, { actor: SCHEDULER, action: 'wave.closed', target: 'w2' });
    await expect(deps.db.batch(stale)).rejects.toThrow(/audit_log\.seq/);
    expect(await verifyAudit(deps)).toMatchObject({ ok: true, entries: 1 });
  });

  it('keeps one chain when two connections append at the same time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'puls-audit-'));
    dirs.push(dir);
    const url = `file:${join(dir, 'audit.db')}`;
    const one = await testDeps({ url });
    const two = await testDeps({ url });
    try {
      // Each entry goes with a change of its own; a retried batch must write both exactly once.
      const writes = Array.from({ length: 40 }, (_, i) => {
        const deps = i % 2 ? one.deps : two.deps;
        const change = deps.db.insert(settings).values({ key: `c${i}`, value: String(i) });
        return auditBatch(deps, { actor: SCHEDULER, action: 'wave.reminded', target: `w${i}`, details: { reminder: 1 } }, [change]);
      });
      await Promise.all(writes);
      expect(await one.deps.db.select().from(settings)).toHaveLength(40);
      const check = await verifyAudit(one.deps);
      expect(check).toMatchObject({ ok: true, entries: 40, brokenAt: null });
      const targets = await one.deps.db.select({ target: auditLog.target }).from(auditLog);
      expect(new Set(targets.map((t) => t.target)).size).toBe(40);
      const [{ n }] = await one.deps.db.select({ n: sql<number>`count(distinct prev_hash)` }).from(auditLog);
      expect(n).toBe(40);
    } finally {
      one.handle.close();
      two.handle.close();
    }
  });
});
