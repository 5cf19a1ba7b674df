import { eq } from 'drizzle-orm';
import { invitations, messages, waves } from '../src/db/schema';
import type { Deps } from '../src/deps';
import type { BatchItem } from 'drizzle-orm/batch';
import { queueMessages } from '../src/mail/delivery';
import type { Lang } from '../src/lib/i18n';
import { T0 } from './support/deps';

/** Closes on Friday 2026-11-06 17:00 Berlin (16:00 UTC), four days after T0. */
export const CLOSES_AT = Date.UTC(2026, 10, 6, 16, 0, 0);

export interface SeedOptions {
  waveId?: string;
  recipients: string[];
  kind?: 'invitation' | 'reminder';
  language?: Lang;
  status?: 'open' | 'closed';
  closesAt?: number;
}

/** A wave, one invitation per recipient, and their queued messages, written the way the waves feature will. */
export async function seedWave(deps: Deps, options: SeedOptions) {
  const waveId = options.waveId ?? 'wave-1';
  const kind = options.kind ?? 'invitation';
  const language = options.language ?? 'de';
  const existing = await deps.db.select().from(waves).where(eq(waves.id, waveId));
  if (existing.length === 0) {
    await deps.db.insert(waves).values({
      id: waveId,
      title: 'Puls November',
      status: options.status ?? 'open',
      openedAt: T0,
      closesAt: options.closesAt ?? CLOSES_AT,
      k: 5,
      kComments: 10,
      bankVersion: 'test',
      module: 'pulse',
      invited: options.recipients.length,
    });
  }
  const rows = options.recipients.map((recipient, i) => ({
    id: `${waveId}-inv-${String(i).padStart(4, '0')}`,
    waveId,
    staffId: `staff-${i}`,
    teamId: 'team-1',
    role: 'basic' as const,
    language,
    tokenHash: `${waveId}-hash-${i}`,
    recipient,
  }));
  if (kind === 'invitation') {
    for (const row of rows) {
      const { recipient: _r, ...invitation } = row;
      await deps.db.insert(invitations).values(invitation);
    }
  }
  const statements = queueMessages(
    deps,
    rows.map((r) => ({
      kind,
      waveId,
      invitationId: r.id,
      recipient: r.recipient,
      language,
      idempotencyKey: `${kind === 'invitation' ? 'invitation' : 'reminder-1'}/${r.id}`,
    })),
    `${kind}/${waveId}/batch`,
  );
  await deps.db.batch(statements as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
  return { waveId, invitationIds: rows.map((r) => r.id) };
}

export const recipients = (n: number, domain = 'muster.example') =>
  Array.from({ length: n }, (_, i) => `person${String(i).padStart(4, '0')}@${domain}`);

export async function messageRows(deps: Deps) {
  return deps.db.select().from(messages);
}
