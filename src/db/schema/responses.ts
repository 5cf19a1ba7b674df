import { customType, index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * A BLOB read as a Uint8Array on every driver. drizzle's `blob({ mode: 'buffer' })` maps reads through Node's
 * Buffer, which Workers do not have (without nodejs_compat); libSQL hands back an ArrayBuffer, D1 an array of bytes.
 */
const bytes = customType<{ data: Uint8Array; driverData: ArrayBuffer | Uint8Array | number[] }>({
  dataType: () => 'blob',
  fromDriver: (value) => (value instanceof Uint8Array ? value : new Uint8Array(value as ArrayBuffer)),
});

/*
 * What was answered: these tables know *what*, never *who*. None carries an invitation, a person or a time, and
 * the migration creates them WITHOUT ROWID with random primary keys, so row order says nothing about insertion order.
 */

/** Answers of an open wave, encrypted with a key outside the database and padded to one size. */
export const sealedAnswers = sqliteTable(
  'sealed_answers',
  {
    id: text('id').primaryKey(),
    waveId: text('wave_id').notNull(),
    payload: bytes('payload').notNull(),
  },
  (t) => [index('sealed_answers_wave_idx').on(t.waveId)],
);

/** A set of ≥ k respondents of one closed wave: the smallest unit anything is computed over. */
export const blocks = sqliteTable(
  'blocks',
  {
    id: text('id').primaryKey(),
    waveId: text('wave_id').notNull(),
    /** The team whose subtree the block's members come from (the block sits at this node of the tree). */
    teamId: text('team_id').notNull(),
    /** Set when the block holds only one role of that team. */
    role: text('role'),
    respondents: integer('respondents').notNull(),
  },
  (t) => [index('blocks_wave_idx').on(t.waveId)],
);

/**
 * Which (team, role) pairs a block's members come from, without counts: used only to decide whether a view is a
 * union of whole blocks. Never shown to readers.
 */
export const blockOrigins = sqliteTable(
  'block_origins',
  {
    waveId: text('wave_id').notNull(),
    blockId: text('block_id').notNull(),
    teamId: text('team_id').notNull(),
    role: text('role').notNull(),
  },
  (t) => [primaryKey({ columns: [t.blockId, t.teamId, t.role] }), index('block_origins_wave_idx').on(t.waveId)],
);

/** A closed wave's answers, rewritten at close with new ids in shuffled order; they keep only their block. */
export const responses = sqliteTable(
  'responses',
  {
    id: text('id').primaryKey(),
    waveId: text('wave_id').notNull(),
    blockId: text('block_id').notNull(),
    answers: text('answers').notNull(),
  },
  (t) => [index('responses_block_idx').on(t.blockId)],
);

/** Open text, stored apart from the rest of a response so a comment cannot be joined to its author's scores. */
export const comments = sqliteTable(
  'comments',
  {
    id: text('id').primaryKey(),
    waveId: text('wave_id').notNull(),
    blockId: text('block_id').notNull(),
    questionId: text('question_id').notNull(),
    text: text('text').notNull(),
  },
  (t) => [index('comments_block_idx').on(t.blockId)],
);

/** Per block and measure: n, sum and sum of squares, written at close so views never rescan responses. */
export const aggregates = sqliteTable(
  'aggregates',
  {
    waveId: text('wave_id').notNull(),
    blockId: text('block_id').notNull(),
    measure: text('measure').notNull(),
    n: integer('n').notNull(),
    sum: real('sum').notNull(),
    sumSq: real('sum_sq').notNull(),
  },
  (t) => [primaryKey({ columns: [t.blockId, t.measure] }), index('aggregates_wave_idx').on(t.waveId)],
);

/** Per block, item and answer value: how many chose it. */
export const itemCounts = sqliteTable(
  'item_counts',
  {
    waveId: text('wave_id').notNull(),
    blockId: text('block_id').notNull(),
    questionId: text('question_id').notNull(),
    value: text('value').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.blockId, t.questionId, t.value] }), index('item_counts_wave_idx').on(t.waveId)],
);

/**
 * Per closed wave and view (a team's subtree, optionally one role; role '' = all): whether it is published,
 * why not, and the sums over its blocks. Written at close so a trend page reads one row per wave and never
 * touches responses; derived entirely from `aggregates` and `blocks`.
 */
export const viewResults = sqliteTable(
  'view_results',
  {
    waveId: text('wave_id').notNull(),
    teamId: text('team_id').notNull(),
    role: text('role').notNull(),
    published: integer('published', { mode: 'boolean' }).notNull(),
    reason: text('reason'),
    respondents: integer('respondents'),
    /** Invitations in the view; published (rule 6) only together with the view. */
    invited: integer('invited').notNull(),
    /**
     * JSON: { [measure]: [n, sum, sumSq] }; null when suppressed. Subgroup measures ('adopters|trust') are present
     * only when the split is safe in every block of the view (rule 4, checked per block so it survives subtraction).
     */
    measures: text('measures'),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.role, t.waveId] }), index('view_results_wave_idx').on(t.waveId)],
);
