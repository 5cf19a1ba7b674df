import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { invitations, sealedAnswers, staff } from '../src/db/schema';
import { linkToken } from '../src/lib/keys';
import { closeWave } from '../src/results/close.service';
import { importStaff } from '../src/staff/staff.service';
import { submitAnswers } from '../src/survey/survey.service';
import { openWave } from '../src/waves/waves.service';
import { testDeps } from './support/deps';

/** DESIGN rules 1, 2 and 7, checked on a real database file: who and what never meet on disk. */
const WHAT = ['sealed_answers', 'used_links', 'used_codes', 'comments', 'blocks', 'view_results', 'wave_exposure'];
/** Tables of release 0.1 that the upgrade empties (results/upgrade.ts); nothing writes them any more. */
const LEGACY = ['responses', 'block_origins', 'aggregates', 'item_counts'];

const answers = (v: number) => ({
  'trust.safety': v, 'trust.rules': v, 'trust.transparency': v, 'trust.sharing': v, 'trust.support': v,
  'fear.job': 6 - v, 'fear.behind': 2, 'fear.gaps': 2, 'fear.pressure': 3, 'fear.mistakes': 2,
  'gap.potential': 4, 'gap.use': 'daily', 'gap.knowledge': v, 'gap.motivation': 4, 'gap.time': 2, 'gap.help': 3,
  'comment.pulse': `Kommentar Nummer ${v}`,
});

async function answeredFileDb() {
  const dir = mkdtempSync(join(tmpdir(), 'puls-rest-'));
  const file = join(dir, 'puls.db');
  const setup = await testDeps({ url: `file:${file}` });
  const rows = ['email,name,team,role'];
  for (let i = 0; i < 7; i++) rows.push(`p${i}@x.de,Person ${i},Werk/Montage,basic`);
  await importStaff(setup.deps, rows.join('\n'));
  const wave = await openWave(setup.deps, { closesAt: setup.clock.now() + 86_400_000, module: 'pulse' });
  const invited = await setup.deps.db.select().from(invitations).where(eq(invitations.waveId, wave.id));
  for (const [i, inv] of invited.entries()) await submitAnswers(setup.deps, linkToken(setup.deps.keys, 'survey', inv.id), answers(1 + (i % 5)));
  return { ...setup, file, wave, invited };
}

describe('anonymity at rest', () => {
  it('gives the tables that know *what* no column that could name *who* or *when*', async () => {
    const { deps } = await testDeps();
    for (const table of WHAT) {
      const columns = (await deps.db.all<{ name: string }>(sql.raw(`select name from pragma_table_info('${table}')`))).map((c) => c.name);
      expect(columns.length, table).toBeGreaterThanOrEqual(2);
      for (const c of columns) expect(c, `${table}.${c}`).not.toMatch(/invitation|staff|person|email|token|_at$|time|created|updated|ip/);
    }
    for (const table of ['sealed_answers', 'used_links', 'used_codes', 'team_codes', 'comments']) {
      const [{ sql: ddl }] = await deps.db.all<{ sql: string }>(sql.raw(`select sql from sqlite_master where name = '${table}'`));
      expect(ddl, table).toMatch(/WITHOUT ROWID;?$/);
    }
  });

  it('runs with secure_delete on, so deleted rows are overwritten', async () => {
    const { deps } = await testDeps();
    const [row] = await deps.db.all<{ secure_delete: number }>(sql`pragma secure_delete`);
    expect(row.secure_delete).toBe(1);
  });

  it('keeps no value of an invitation or a person in any row that knows what was answered', async () => {
    const { deps, invited, wave } = await answeredFileDb();
    const people = await deps.db.select().from(staff);
    const secrets = [...invited.flatMap((i) => [i.id, i.tokenHash, i.staffId]), ...people.flatMap((p) => [p.email, p.name])];
    const dump = async () => {
      const parts: string[] = [];
      for (const table of WHAT) parts.push(JSON.stringify(await deps.db.all(sql.raw(`select * from ${table}`))));
      return parts.join('\n');
    };
    const open = await dump();
    for (const s of secrets) expect(open).not.toContain(s);
    await closeWave(deps, wave.id);
    const closed = await dump();
    expect(closed).toContain('Kommentar Nummer 3');
    for (const s of secrets) expect(closed).not.toContain(s);
    for (const table of LEGACY) expect(await deps.db.all(sql.raw(`select * from ${table}`)), table).toEqual([]);
  });

  it('leaves no byte of a sealed row in the database file or its WAL after the wave closed', async () => {
    const { deps, file, wave, handle } = await answeredFileDb();
    const sealed = await deps.db.select().from(sealedAnswers).where(eq(sealedAnswers.waveId, wave.id));
    expect(sealed).toHaveLength(7);
    const probes = sealed.map((s) => Buffer.from(s.payload).subarray(100, 132));
    await handle.checkpoint();
    const before = readFileSync(file);
    expect(probes.filter((p) => before.includes(p))).toHaveLength(7);

    await closeWave(deps, wave.id);
    const after = Buffer.concat([readFileSync(file), existsSync(`${file}-wal`) ? readFileSync(`${file}-wal`) : Buffer.alloc(0)]);
    expect(probes.filter((p) => after.includes(p))).toHaveLength(0);
    handle.close();
  });
});
