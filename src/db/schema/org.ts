import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** A node of the org tree. The root (path '') stands for the whole company. */
export const teams = sqliteTable('teams', {
  id: text('id').primaryKey(),
  parentId: text('parent_id'),
  name: text('name').notNull(),
  path: text('path').notNull().unique(),
});

export const ROLES = ['basic', 'power', 'champion'] as const;
export type Role = (typeof ROLES)[number];
/** The languages staff read (lib/i18n.ts `StaffLang`); admin pages stay German and English. */
export const LANGUAGES = ['de', 'en', 'tr', 'pl', 'ru', 'uk'] as const;
export type Language = (typeof LANGUAGES)[number];
/** How a person is asked: a mailed link, or a printed letter with a QR code and a short code. */
export const CHANNELS = ['email', 'print'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * A person who may be invited. Never deleted while in history; a later import without them sets `active` to false.
 * A person has an email, an employee number, or both; imports match by email, else by employee number.
 */
export const staff = sqliteTable(
  'staff',
  {
    id: text('id').primaryKey(),
    /** Null for people without company email (they are on the print channel). */
    email: text('email').unique(),
    name: text('name').notNull(),
    teamId: text('team_id').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    language: text('language', { enum: LANGUAGES }).notNull(),
    active: integer('active', { mode: 'boolean' }).notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    /** The personnel number from HR (`Personalnummer`), as written there. */
    employeeId: text('employee_id').unique(),
    /** `print`: no mail; the wave prints a letter with a QR code of the personal link and a short code. */
    channel: text('channel', { enum: CHANNELS }).notNull().default('email'),
  },
  (t) => [
    index('staff_team_idx').on(t.teamId),
    // Retention looks for people who left long ago and still have a name: only they are in this index, so the
    // scheduler's check reads nothing once they are anonymised (see src/retention; its query must state this
    // condition as STILL_NAMED does, or SQLite will not use the index).
    index('staff_left_idx')
      .on(t.updatedAt)
      .where(sql.raw("active = 0 and name <> ''")),
  ],
);

/** Deployment-wide settings that admins change (k, company name, cadence lives in `schedules`). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/**
 * A staff file uploaded for its preview, kept until the admin confirms it (or for an hour at most, see
 * staff/upload.ts): the confirmation applies exactly the file that was previewed. In parts, so a file of 20 MB fits
 * D1's row size; the same people are in `staff` anyway.
 */
export const staffUploads = sqliteTable(
  'staff_uploads',
  {
    id: text('id').notNull(),
    part: integer('part').notNull(),
    text: text('text').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.id, t.part] }), index('staff_uploads_created_idx').on(t.createdAt)],
);
