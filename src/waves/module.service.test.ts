import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { T0, testDeps } from '../../test/support/deps';
import { invitations, sealedAnswers } from '../db/schema';
import { linkToken } from '../lib/keys';
import { getQuarterlyModule, setQuarterlyModule } from '../settings/settings';
import { importStaff } from '../staff/staff.service';
import { questionsFor } from '../survey/questions';
import { sealedLength, sealedSize } from '../survey/seal';
import { submitAnswers } from '../survey/survey.service';
import { answersFor } from '../survey/testing';
import { openWave } from './waves.service';

const DAY = 86_400_000;
const CSV = 'email,name,team,role\na@x.de,A Eins,Werk,basic\nb@x.de,B Zwei,Werk,power\n';

describe('the module of a wave opened without one', () => {
  it('is the retrospective for the first wave of a quarter, the pulse afterwards, and what the admin chose', async () => {
    const { deps, clock } = await testDeps();
    await importStaff(deps, CSV);
    expect(await getQuarterlyModule(deps)).toBe('first-of-quarter');
    expect((await openWave(deps, { closesAt: T0 + DAY })).module).toBe('quarterly');
    // Beside the first (still running), as an admin may explicitly allow.
    expect((await openWave(deps, { closesAt: T0 + DAY, allowParallel: true })).module).toBe('pulse');
    expect((await openWave(deps, { closesAt: T0 + DAY, module: 'quarterly', allowParallel: true })).module).toBe('quarterly');

    clock.set(Date.UTC(2027, 0, 5, 8)); // Q1 2027
    await setQuarterlyModule(deps, 'off');
    expect((await openWave(deps, { closesAt: clock.now() + DAY })).module).toBe('pulse');
    await setQuarterlyModule(deps, 'first-of-quarter');
    // A pulse wave already opened this quarter: the next one stays a pulse.
    expect((await openWave(deps, { closesAt: clock.now() + DAY, allowParallel: true })).module).toBe('pulse');
  });

  it('seals every answer of a retrospective wave to one size, larger than a pulse wave’s', async () => {
    const { deps } = await testDeps();
    await importStaff(deps, CSV);
    const wave = await openWave(deps, { closesAt: T0 + DAY });
    const questions = questionsFor('quarterly');
    const [first, second] = await deps.db.select().from(invitations).where(eq(invitations.waveId, wave.id));
    const long = Object.fromEntries(questions.filter((q) => q.kind === 'text').map((q) => [q.id, '😀'.repeat(1000)]));
    await submitAnswers(deps, linkToken(deps.keys, 'survey', first.id), answersFor(questions));
    await submitAnswers(deps, linkToken(deps.keys, 'survey', second.id), answersFor(questions, long));
    const rows = await deps.db.select().from(sealedAnswers).where(eq(sealedAnswers.waveId, wave.id));
    const size = sealedSize(questions);
    expect(size).toBeGreaterThan(sealedSize(questionsFor('pulse')) + 3 * 4000);
    expect(rows.map((r) => r.payload.length)).toEqual([sealedLength(size), sealedLength(size)]);
  });
});
