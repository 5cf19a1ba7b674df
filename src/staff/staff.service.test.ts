import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testDeps } from '../../test/support/deps';
import { MAX_PARAMS } from '../db/client';
import { staff, teams } from '../db/schema';
import { AppError } from '../lib/errors';
import { importStaff, lastImport, listTeams } from './staff.service';

const company = (people: number, from = 0) => {
  const lines = ['E-Mail;Name;Abteilung;Rolle;Sprache'];
  for (let i = from; i < from + people; i++) {
    lines.push(`p${i}@muster.de;Person ${i};Werk ${i % 3}/Abteilung ${i % 30}/Team ${i % 300};KI-Champion;en`);
  }
  return lines.join('\r\n');
};

describe('importStaff', () => {
  it('writes thousands of people in one batch of a few statements that each bind at most 100 values', async () => {
    const { deps, clock } = await testDeps();
    const batches: number[][] = [];
    const batch = deps.db.batch.bind(deps.db);
    deps.db.batch = ((statements: { toSQL(): { params: unknown[] } }[]) => {
      batches.push(statements.map((s) => s.toSQL().params.length));
      return batch(statements as never);
    }) as typeof deps.db.batch;

    expect(await importStaff(deps, company(5000))).toEqual({ created: 5000, updated: 0, deactivated: 0, total: 5000 });
    clock.advance(1000);
    // 300 leave, 300 join, and everyone who stays is unchanged.
    expect(await importStaff(deps, company(5000, 300))).toEqual({ created: 300, updated: 0, deactivated: 300, total: 5000 });

    expect(batches).toHaveLength(2);
    expect(Math.max(...batches.flat())).toBeLessThanOrEqual(MAX_PARAMS);
    // teams: root + 3 + 30 + 300 in chunks of 25; staff: 5000 as five JSON parameters of 1000; the last-import setting;
    // the audit entry (nine columns) in the same batch.
    expect(batches[0]).toEqual([...Array(Math.floor(334 / 25)).fill(100), 4 * (334 % 25), 1, 1, 1, 1, 1, 3, 9]);
    // 300 upserts in one JSON parameter, 300 deactivations in another (with active and updatedAt), the setting, the entry.
    expect(batches[1]).toEqual([1, 3, 3, 9]);

    const [{ active }] = await deps.db.select({ active: count() }).from(staff).where(eq(staff.active, true));
    const [{ all }] = await deps.db.select({ all: count() }).from(staff);
    expect([active, all]).toEqual([5000, 5300]);
    expect(await deps.db.select({ n: count() }).from(teams)).toEqual([{ n: 334 }]);
    expect(await lastImport(deps)).toEqual({ at: clock.now(), created: 300, updated: 0, deactivated: 300, total: 5000 });
  });

  it('throws a 422 AppError with the problems and leaves the database alone', async () => {
    const { deps } = await testDeps();
    const error = await importStaff(deps, 'email,name,team,role\nx,,T,basic\n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      status: 422,
      message: 'the file has 2 problems; nothing was imported',
      details: [
        { line: 2, column: 'email', message: '"x" is not an email address' },
        { line: 2, column: 'name', message: 'name is empty' },
      ],
    });
    expect(await listTeams(deps)).toEqual([]);
    expect(await lastImport(deps)).toBeNull();
  });

  it('renames the root when the company name in the configuration changed', async () => {
    const { deps } = await testDeps();
    await importStaff(deps, company(3));
    deps.config.companyName = 'Muster AG';
    await importStaff(deps, company(3));
    const root = (await listTeams(deps)).find((t) => t.path === '');
    expect(root).toMatchObject({ name: 'Muster AG', parentId: null, members: 0 });
  });

  it('matches people by email, else by employee number, keeps their id, and lets numbers change hands', async () => {
    const { deps, clock } = await testDeps();
    const header = 'E-Mail;Personalnummer;Name;Abteilung;Rolle;Sprache;Kanal';
    await importStaff(deps, [header, 'anna@x.de;1;Anna;A;basic;de;', ';2;Bert;Halle;basic;tr;', 'carl@x.de;3;Carl;A;basic;de;'].join('\n'));
    const before = new Map((await deps.db.select().from(staff)).map((p) => [p.name, p]));
    expect(before.get('Bert')).toMatchObject({ email: null, employeeId: '2', channel: 'print', language: 'tr' });

    clock.advance(1000);
    // Anna and Carl swap numbers (found by email); Bert got an address (found by number) and is mailed from now on.
    const next = [header, 'anna@x.de;3;Anna;A;basic;de;', 'bert@x.de;2;Bert;Halle;basic;tr;', 'carl@x.de;1;Carl;A;basic;de;'];
    expect(await importStaff(deps, next.join('\n'))).toEqual({ created: 0, updated: 3, deactivated: 0, total: 3 });
    const after = new Map((await deps.db.select().from(staff)).map((p) => [p.name, p]));
    expect(after.get('Anna')).toMatchObject({ id: before.get('Anna')!.id, employeeId: '3' });
    expect(after.get('Carl')).toMatchObject({ id: before.get('Carl')!.id, employeeId: '1' });
    expect(after.get('Bert')).toMatchObject({ id: before.get('Bert')!.id, email: 'bert@x.de', channel: 'email', active: true });

    // Bert leaves and his number goes to a newcomer without email: the number is the newcomer's record now.
    clock.advance(1000);
    expect(await importStaff(deps, [header, 'anna@x.de;3;Anna;A;basic;de;', 'carl@x.de;1;Carl;A;basic;de;', ';4;Dana;Halle;basic;uk;'].join('\n'))).toEqual({
      created: 1,
      updated: 0,
      deactivated: 1,
      total: 3,
    });
    expect((await deps.db.select().from(staff).where(eq(staff.employeeId, '4')))[0]).toMatchObject({ name: 'Dana', channel: 'print', language: 'uk' });
  });

  it('imports the old format unchanged: email, name, team, role, language and no channel column', async () => {
    const { deps } = await testDeps();
    expect(await importStaff(deps, company(3))).toEqual({ created: 3, updated: 0, deactivated: 0, total: 3 });
    expect(await importStaff(deps, company(3))).toEqual({ created: 0, updated: 0, deactivated: 0, total: 3 });
    const people = await deps.db.select().from(staff);
    expect(people.map((p) => [p.email, p.employeeId, p.channel])).toEqual(
      expect.arrayContaining([['p0@muster.de', null, 'email'], ['p1@muster.de', null, 'email'], ['p2@muster.de', null, 'email']]),
    );
  });
});
