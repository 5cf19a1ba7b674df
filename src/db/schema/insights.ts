import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * What a closed wave's published views say beyond their uncertainty (src/insights/findings.ts), written at close in
 * the same claim as the views, so reading a home page or a digest never recomputes statistics. Numbers only: the
 * sentence is rendered in the reader's language when read. Like the views, a finding says nothing about a person.
 */
export const findings = sqliteTable(
  'findings',
  {
    waveId: text('wave_id').notNull(),
    teamId: text('team_id').notNull(),
    /** Position within the team's findings, most important first (findings.ts `byImportance`). */
    rank: integer('rank').notNull(),
    kind: text('kind', { enum: ['change', 'apart', 'fear-rules', 'hoarding', 'gap-widening', 'pressure'] }).notNull(),
    /** JSON array: the measure the numbers are about, then a pattern's second measure. */
    measures: text('measures').notNull(),
    direction: text('direction', { enum: ['up', 'down'] }).notNull(),
    tone: text('tone', { enum: ['worse', 'better'] }).notNull(),
    effect: real('effect').notNull(),
    low: real('low').notNull(),
    high: real('high').notNull(),
    value: real('value').notNull(),
    compared: real('compared').notNull(),
    /** The wave compared with, for changes and patterns. */
    since: text('since'),
    /** JSON { measure, effect } of a pattern's second measure. */
    other: text('other'),
    /** JSON array of catalogue action kinds. */
    actions: text('actions').notNull(),
  },
  (t) => [primaryKey({ columns: [t.waveId, t.teamId, t.rank] }), index('findings_team_idx').on(t.teamId, t.waveId)],
);

export type FindingRow = typeof findings.$inferSelect;

/** Columns of a findings row, in table order: rows go in as tuples through one JSON parameter (db/json-rows.ts). */
export const FINDINGS_COLUMNS = 15;
