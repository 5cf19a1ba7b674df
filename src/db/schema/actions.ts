import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * What a team does about its results (DESIGN "Actions"): a kind from the action catalogue (src/actions/catalogue.ts,
 * with the catalogue version it was chosen from) or a title of the team's own, the days it runs and the measures it
 * aims at. Knows nothing about any person: not who logged it, not who takes part.
 */
export const actions = sqliteTable(
  'actions',
  {
    id: text('id').primaryKey(),
    teamId: text('team_id').notNull(),
    /** A catalogue kind ('buddy', 'office-hours', …); null for a team's own action, which then has a title. */
    kind: text('kind'),
    catalogueVersion: text('catalogue_version').notNull(),
    title: text('title'),
    /** Calendar days in Europe/Berlin, `YYYY-MM-DD`: an action starts on a day, not at an instant. */
    startsOn: text('starts_on').notNull(),
    endsOn: text('ends_on'),
    /** JSON array of measure ids (`fear.gaps`, `trust.sharing`, …). */
    targets: text('targets').notNull(),
    note: text('note'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [index('actions_team_idx').on(t.teamId)],
);

/**
 * A roadmap target set by admins: a measure of one view (a team's subtree; for the company also a role) should reach
 * a value by a day, e.g. power users' tool skills at level 2 (50) by 2027-06-30.
 */
export const milestones = sqliteTable('milestones', {
  id: text('id').primaryKey(),
  teamId: text('team_id').notNull(),
  /** '' for everyone; a role only on the company's team (role views exist for the company only). */
  role: text('role').notNull(),
  measure: text('measure').notNull(),
  /** 'atLeast' or 'atMost': whether the value must reach the target from below or stay under it. */
  comparator: text('comparator', { enum: ['atLeast', 'atMost'] }).notNull(),
  target: real('target').notNull(),
  dueOn: text('due_on').notNull(),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

/**
 * "You said, we did" as it was when a wave's first mail was rendered: written once per wave and never changed, so a
 * retried batch renders the same mail (the same request under the same idempotency key) and the survey page says
 * what the mail said. JSON, see src/actions/news.ts.
 */
export const waveDigests = sqliteTable('wave_digests', {
  waveId: text('wave_id').primaryKey(),
  payload: text('payload').notNull(),
});
