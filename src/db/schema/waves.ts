import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { LANGUAGES, ROLES } from './org';

/** One round of the survey. k and the question bank are fixed when it opens, so later changes never touch it. */
export const waves = sqliteTable(
  'waves',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    /**
     * 'opening' while invitations are written in chunks (a crash there is resumed, and nothing is mailed until
     * the wave is 'open'); 'closing' while the sealed answers are turned into blocks.
     */
    status: text('status', { enum: ['opening', 'open', 'closing', 'closed'] }).notNull(),
    openedAt: integer('opened_at').notNull(),
    closesAt: integer('closes_at').notNull(),
    closedAt: integer('closed_at'),
    k: integer('k').notNull(),
    kComments: integer('k_comments').notNull(),
    bankVersion: text('bank_version').notNull(),
    /** 'pulse' or 'quarterly' (the pulse plus the retrospective module). */
    module: text('module', { enum: ['pulse', 'quarterly'] }).notNull(),
    invited: integer('invited').notNull(),
    /**
     * What makes opening idempotent: the scheduler's slot (overlapping ticks find the wave instead of opening another),
     * or `request:` and the hash of the Idempotency-Key an admin's open request carried (a retry finds the wave).
     */
    slot: text('slot').unique(),
    /** Reminder offsets in ms after opening, as JSON; copied from the schedule at opening. */
    reminders: text('reminders').notNull().default('[]'),
    /** Answers in no block and so in no published number (results/partition.ts); set at close. */
    leftOut: integer('left_out').notNull().default(0),
    /**
     * Where a close in steps stands (results/close.service.ts): `tally:<last sealed id>:<nonce>` while pages of sealed
     * answers are tallied, `deciding:<nonce>:<ms>` while one step holds the decision, `decided` while cleaning up.
     * Each step moves it by compare-and-set, so a concurrent or retried step never counts a page twice.
     */
    closeCursor: text('close_cursor'),
    /** When this wave's findings were written (src/insights): at close, or by the upgrade for older waves. */
    findingsAt: integer('findings_at'),
    /**
     * The question bank's translations this wave shows, as JSON `{ "tr": "tr.1", … }`, fixed at opening like the bank
     * version (survey/translations): a translation fixed later does not change what a running wave asks.
     */
    translations: text('translations').notNull().default('{}'),
  },
  // At most one wave is written at a time: a second open while one is 'opening' fails here, even in a race.
  (t) => [uniqueIndex('waves_one_opening_idx').on(t.status).where(sql`${t.status} = 'opening'`)],
);

/**
 * One person's single-use link for one wave: knows *who*, never *what*, and not whether it was used — that is a keyed
 * marker in `used_links`, which only the service can tie to an invitation.
 * Team, role and language are copied at invitation time so a later import does not move a sealed answer.
 */
export const invitations = sqliteTable(
  'invitations',
  {
    id: text('id').primaryKey(),
    waveId: text('wave_id').notNull(),
    staffId: text('staff_id').notNull(),
    teamId: text('team_id').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    language: text('language', { enum: LANGUAGES }).notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    /** Legacy (0.1): the used flag in the clear. Never written since 0.2; the upgrade moves it into `used_links`. */
    legacyUsed: integer('used', { mode: 'boolean' }).notNull().default(false),
    remindersSent: integer('reminders_sent').notNull().default(0),
    /**
     * People on the print channel: a keyed hash of the short code on their letter (codes/codes.ts), which answers
     * like the link. Null for people asked by mail. The code is derived from the id and the secret, never stored.
     */
    codeHash: text('code_hash').unique(),
  },
  (t) => [index('invitations_wave_idx').on(t.waveId), uniqueIndex('invitations_wave_staff_idx').on(t.waveId, t.staffId)],
);
