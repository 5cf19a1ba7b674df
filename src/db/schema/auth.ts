import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

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
  expiresAt: integer('expires_at').notNull(),
});
