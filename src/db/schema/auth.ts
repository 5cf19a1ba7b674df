import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** People who sign in: admins see everything, a leader one team's subtree, the works council (council) what DESIGN lists. */
export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  role: text('role', { enum: ['admin', 'leader', 'council'] }).notNull(),
  teamId: text('team_id'),
  language: text('language').notNull().default('de'),
  createdAt: integer('created_at').notNull(),
});

/** A magic sign-in link: single use, short-lived, stored only as a hash. */
export const loginLinks = sqliteTable('login_links', {
  id: text('id').primaryKey(),
  userId: text('user_id').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  expiresAt: integer('expires_at').notNull(),
  used: integer('used', { mode: 'boolean' }).notNull().default(false),
});

/** Sessions are looked up by the hash of the cookie value. `userId` is null for the deployment admin token. */
export const sessions = sqliteTable('sessions', {
  idHash: text('id_hash').primaryKey(),
  userId: text('user_id'),
  role: text('role', { enum: ['admin', 'leader', 'council'] }).notNull(),
  teamId: text('team_id'),
  csrf: text('csrf').notNull(),
  /** The absolute end: a session never outlives this, however busy. */
  expiresAt: integer('expires_at').notNull(),
  /** The idle end, moved forward while the session is used (sliding); rows from before this column end at once. */
  idleUntil: integer('idle_until').notNull().default(0),
  /**
   * For sessions started with the deployment admin token: a keyed hash of that token. When PULS_ADMIN_TOKEN changes,
   * the hash no longer matches and the session ends. Null for sessions started by an emailed link.
   */
  adminToken: text('admin_token'),
});

/**
 * Failed guesses (admin token, sign-in and survey links) and sign-in mail requests, counted per client address and
 * per target for a fixed window. `key` is a keyed hash of the scope and the address or target: no IP address, token
 * or email is stored. Successes are never recorded (a used survey link must not leave a trace of who answered).
 */
export const throttles = sqliteTable(
  'throttles',
  {
    key: text('key').primaryKey(),
    failures: integer('failures').notNull(),
    resetAt: integer('reset_at').notNull(),
  },
  (t) => [index('throttles_reset_idx').on(t.resetAt)],
);
