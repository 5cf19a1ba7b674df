import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { testDeps } from '../../test/support/deps';
import { invitations, staff } from '../db/schema';
import { importStaff } from '../staff/staff.service';
import { openWave } from '../waves/waves.service';

const DAY = 86_400_000;

/**
 * A company with an office on email and an assembly hall on paper (employee numbers, no email, several languages),
 * and an open wave: the fixture of the paper tests.
 */
export async function paperCompany(options: { office?: number; hall?: number; k?: number } = {}) {
  const t = await testDeps();
  const languages = ['tr', 'uk', 'pl', 'ru', 'de', 'en'];
  const lines = ['E-Mail;Personalnummer;Name;Abteilung;Rolle;Sprache;Kanal'];
  for (let i = 0; i < (options.office ?? 6); i++) lines.push(`buero${i}@muster.de;B-${i};Büro ${i};Verwaltung;Power-User;de;`);
  for (let i = 0; i < (options.hall ?? 7); i++) lines.push(`;M-${100 + i};Halle ${i};Werk/Montage;Basis-Nutzer;${languages[i % languages.length]};Papier`);
  await importStaff(t.deps, lines.join('\n'));
  const wave = await openWave(t.deps, { closesAt: t.clock.now() + 5 * DAY, module: 'pulse', title: 'KW 45' });
  const paper = await t.deps.db
    .select({ id: invitations.id, staffId: invitations.staffId, name: staff.name, language: invitations.language, teamId: invitations.teamId })
    .from(invitations)
    .innerJoin(staff, eq(staff.id, invitations.staffId))
    .where(and(eq(invitations.waveId, wave.id), isNotNull(invitations.codeHash)))
    .orderBy(asc(staff.employeeId));
  return { ...t, wave, paper };
}
