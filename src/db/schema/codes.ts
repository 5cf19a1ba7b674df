import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { ROLES } from './org';

/**
 * A sheet of one-time team codes (kiosk) for one team in one wave: what an admin printed, and the role its answers
 * count as (a code is nobody's, so the role cannot come from a person). Kept after the wave closes: how many codes a
 * team had is part of its invited count.
 */
export const teamCodeBatches = sqliteTable(
  'team_code_batches',
  {
    id: text('id').primaryKey(),
    waveId: text('wave_id').notNull(),
    teamId: text('team_id').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    count: integer('count').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('team_code_batches_wave_idx').on(t.waveId)],
);

/**
 * The codes of a sheet, each only as a keyed hash (codes/codes.ts); the codes themselves are derived from the batch id
 * and the secret when the sheet is printed. WITHOUT ROWID with the hash as key, so the order on disk says nothing about
 * a code's place on the sheet. Deleted when the wave closes.
 */
export const teamCodes = sqliteTable(
  'team_codes',
  {
    hash: text('hash').primaryKey(),
    waveId: text('wave_id').notNull(),
    batchId: text('batch_id').notNull(),
  },
  (t) => [index('team_codes_wave_idx').on(t.waveId)],
);
