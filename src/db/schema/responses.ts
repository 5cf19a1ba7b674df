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

/**
 * Which personal links of an open wave were used, as keyed markers: an HMAC of the invitation id under a key derived
 * from the seal secret (lib/keys.ts). The service can check an invitation; a database copy cannot tell whose a marker
 * is, nor — WITHOUT ROWID, random keys, no time — in which order they came. Deleted when the wave closes.
 */
export const usedLinks = sqliteTable(
  'used_links',
  {
    marker: text('marker').primaryKey(),
    waveId: text('wave_id').notNull(),
  },
  (t) => [index('used_links_wave_idx').on(t.waveId)],
);

/**
 * Which team codes (kiosk) of an open wave were used: a keyed hash of the code, with the team it counts for (codes
 * are nobody's, so the team is all a row could say; per-team counts are shown from k on). WITHOUT ROWID and no time,
 * like `used_links`; a database copy cannot tell which printed code a marker belongs to. Deleted when the wave closes.
 */
export const usedCodes = sqliteTable(
  'used_codes',
  {
    marker: text('marker').primaryKey(),
    waveId: text('wave_id').notNull(),
    teamId: text('team_id').notNull(),
  },
  (t) => [index('used_codes_wave_idx').on(t.waveId, t.teamId)],
);

/**
 * While a wave closes in steps: each team's tally of the pages counted so far, sealed like the answers it came from
 * (team id inside), under an id only the service can derive from the team (a keyed hash). Deleted when the wave is
 * closed; a database copy meanwhile sees how many teams have answers, not which.
 */
export const closeStaging = sqliteTable(
  'close_staging',
  {
    id: text('id').primaryKey(),
    waveId: text('wave_id').notNull(),
    /** Sealed (seal.ts `encrypt`), base64url: text, so a page of them is written through one JSON parameter. */
    payload: text('payload').notNull(),
  },
  (t) => [index('close_staging_wave_idx').on(t.waveId)],
);

/**
 * A set of ≥ k respondents of one closed wave, anchored at a team (its members come from that team's subtree): the
 * smallest unit anything is computed over. Only its size is kept; its statistics live in the views it is part of.
 */
export const blocks = sqliteTable(
  'blocks',
  {
    id: text('id').primaryKey(),
    waveId: text('wave_id').notNull(),
    teamId: text('team_id').notNull(),
    /** Legacy (role blocks before 0.2): always null now. */
    role: text('role'),
    respondents: integer('respondents').notNull(),
  },
  (t) => [index('blocks_wave_idx').on(t.waveId)],
);

/**
 * Per closed wave, the groups whose membership a reader could know (everyone in them answered), sealed with the seal
 * key: the history the next wave is checked against (results/exposure.ts). Without the key it is opaque bytes.
 */
export const waveExposure = sqliteTable('wave_exposure', {
  waveId: text('wave_id').primaryKey(),
  payload: bytes('payload').notNull(),
});

/*
 * Legacy tables of 0.1 (answers per person, statistics per block): the upgrade on start (results/upgrade.ts) moves
 * what they hold into view_results and wave_exposure and empties them; the next release drops them.
 */

/** Legacy: which (team, role) pairs a block's members came from. Emptied by the upgrade. */
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

/** Legacy: a closed wave's answer sheets, one per person. Emptied by the upgrade; never written since 0.2. */
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

/** Legacy: per block and measure n, sum and sum of squares. Emptied by the upgrade. */
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

/** Legacy: per block, item and answer value, how many chose it. Emptied by the upgrade. */
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
 * Per closed wave and view (a team's subtree; for the company root also each role; role '' = all): whether it is
 * published, why not, and the sufficient statistics of its blocks (DESIGN rule 7). Written at close and never changed,
 * so a trend page reads one row per wave; a suppressed view stores nothing but its reason.
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
     * JSON: { [measure]: [n, sum, sumSq] }; null when suppressed. Subgroup measures ('adopters|trust') only in the
     * company's row, only where the comparison is safe (results/splits.ts).
     */
    measures: text('measures'),
    /** JSON: { [questionId]: { [answer]: count } }; null when suppressed. */
    counts: text('counts'),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.role, t.waveId] }), index('view_results_wave_idx').on(t.waveId)],
);
