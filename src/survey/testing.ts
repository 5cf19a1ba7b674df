import { invitations, waves } from '../db/schema';
import type { Role } from '../db/schema';
import type { Deps } from '../deps';
import { sha256 } from '../lib/crypto';
import type { StaffLang as Lang } from '../lib/i18n';
import { linkToken } from '../lib/keys';
import { newId } from '../lib/random';
import type { Question } from './bank.types';
import { BANK } from './questions';

/** Test fixtures: a wave and invitations written straight into the database, as the wave opener would. */

const DAY = 24 * 60 * 60 * 1000;

export async function insertWave(
  deps: Deps,
  over: Partial<typeof waves.$inferInsert> = {},
): Promise<typeof waves.$inferSelect> {
  const now = deps.clock.now();
  const [wave] = await deps.db
    .insert(waves)
    .values({
      id: newId(deps.random),
      title: 'KW 45',
      status: 'open',
      openedAt: now - DAY,
      closesAt: now + 4 * DAY,
      k: 5,
      kComments: 10,
      bankVersion: BANK.version,
      module: 'pulse',
      invited: 0,
      ...over,
    })
    .returning();
  return wave;
}

export interface TestInvitation {
  id: string;
  staffId: string;
  teamId: string;
  tokenHash: string;
  token: string;
}

export async function invite(
  deps: Deps,
  waveId: string,
  over: { language?: Lang; role?: Role; teamId?: string; staffId?: string } = {},
): Promise<TestInvitation> {
  const id = newId(deps.random);
  const token = linkToken(deps.keys, 'survey', id);
  const tokenHash = sha256(token);
  const staffId = over.staffId ?? newId(deps.random);
  const teamId = over.teamId ?? 'team-montage';
  await deps.db.insert(invitations).values({
    id,
    waveId,
    staffId,
    teamId,
    role: over.role ?? 'basic',
    language: over.language ?? 'de',
    tokenHash,
  });
  return { id, staffId, teamId, tokenHash, token };
}

/**
 * A complete, valid answer set for any list of questions (a pulse or a retrospective wave): every scale 4, every
 * choice its middle option ('weekly' for use), no text.
 */
export function answersFor(questions: readonly Question[], over: Record<string, number | string> = {}): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  for (const q of questions) {
    if (q.kind === 'scale') out[q.id] = 4;
    else if (q.kind === 'choice') out[q.id] = q.id === 'gap.use' ? 'weekly' : q.options![Math.floor(q.options!.length / 2)].value;
  }
  return { ...out, ...over };
}

/** A complete, valid answer set for the pulse module. */
export function fullAnswers(over: Record<string, number | string> = {}): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  for (const q of BANK.questions) {
    if (q.module !== 'pulse') continue;
    if (q.kind === 'scale') out[q.id] = 4;
    else if (q.kind === 'choice') out[q.id] = 'weekly';
  }
  return { ...out, ...over };
}
