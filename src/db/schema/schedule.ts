import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The cadence that creates waves. One row per deployment (id 'default'). */
export const schedules = sqliteTable('schedules', {
  id: text('id').primaryKey(),
  every: text('every', { enum: ['1w', '2w', '4w', '12w'] }).notNull(),
  weekday: integer('weekday').notNull(),
  time: text('time').notNull(),
  timezone: text('timezone').notNull(),
  openDays: integer('open_days').notNull(),
  reminders: text('reminders').notNull(),
  k: integer('k').notNull(),
  /** The first slot counts from here, so changing the cadence does not open a wave for a past slot. */
  anchor: integer('anchor').notNull(),
  updatedAt: integer('updated_at').notNull(),
});
