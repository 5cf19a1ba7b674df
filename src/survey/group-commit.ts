import { sql, type SQL } from 'drizzle-orm';
import type { Db, Statement } from '../db/client';
import { chunkRows, runBatch } from '../db/client';
import { sealedAnswers, usedCodes, usedLinks, waves } from '../db/schema';
import type { Deps } from '../deps';
import type { NextTurn } from '../lib/gather';
import { shuffle, type Random } from '../lib/random';

/**
 * Group commit for submissions. A submission is a sealed row and a used marker, written together or not at all, both
 * on the same condition: the wave is open and the marker absent. Under load many arrive within one turn of the event
 * loop; they are written together in one batch (one transaction, one commit) of multi-row statements, so a group of
 * fifty costs a handful of statements instead of a hundred.
 *
 * When a group is written: on Node (where libSQL runs each statement synchronously, so nothing else happens while a
 * batch is written) at the end of the turn in which its first submission arrived (`nextTurn`: setImmediate, after the
 * turn's I/O; not a timer); without `nextTurn` (Workers, whose D1 calls are I/O) at once, and whatever arrives while a
 * batch is in flight goes in the next.
 *
 * The guarantees of a single submission hold in a group:
 * - every sealed-row statement of a group runs before its marker statements, and both test the same markers against
 *   the same state (the sealed rows change no marker), so a row is stored exactly when its marker is;
 * - a marker appears at most once per group: a second submission of the same link waits for the next group, where it
 *   finds the first one's marker (used) — or, had the first lost to a close, loses the same way;
 * - the marker statements' returned rows say who won;
 * - if a group fails as a whole (a driver error), each of its submissions is tried alone, so one bad submission cannot
 *   fail the others.
 *
 * Raw SQL goes through `insert(...).select(sql)` rather than `db.run(sql)`: drizzle's D1 batch cannot bind
 * parameters of raw queries (drizzle-orm#2277), while query builders work on both drivers.
 */
export interface Submission {
  waveId: string;
  /** The time of the submit: the wave must still be open then. */
  now: number;
  /** The sealed row's fresh random id and its payload. */
  id: string;
  payload: Uint8Array<ArrayBuffer>;
  marker: string;
  /** Links mark `used_links`; team codes mark `used_codes` with the team the answer counts for. */
  used: { table: 'links' } | { table: 'codes'; teamId: string };
}

interface Pending {
  submission: Submission;
  resolve: (won: boolean) => void;
  reject: (err: unknown) => void;
}

/** One group's statements: all sealed rows first, then all markers (whose returned rows name the winners). */
export function groupStatements(db: Db, random: Random, submissions: readonly Submission[]): { statements: Statement[]; markers: number } {
  const links = submissions.filter((s) => s.used.table === 'links');
  const codes = submissions.filter((s) => s.used.table === 'codes');
  const statements: Statement[] = [];
  // The sealed rows go in an order of their own: what is written in the order of arrival (overflow pages, WAL frames,
  // the markers' rowids) cannot pair a row with its marker within a group.
  for (const [rows, table] of [[shuffle(random, links), usedLinks], [shuffle(random, codes), usedCodes]] as const) {
    for (const chunk of chunkRows(rows, 5)) {
      const values = sql.join(chunk.map((s) => sql`(${s.id}, ${s.waveId}, ${s.payload}, ${s.marker}, ${s.now})`), sql`, `);
      statements.push(
        db.insert(sealedAnswers).select(sql`select v.column1, v.column2, v.column3 from (values ${values}) as v where ${answerable(table)}`),
      );
    }
  }
  let markers = 0;
  for (const chunk of chunkRows(links, 3)) {
    const values = sql.join(chunk.map((s) => sql`(${s.marker}, ${s.waveId}, ${s.now})`), sql`, `);
    statements.push(
      db
        .insert(usedLinks)
        .select(sql`select v.column1, v.column2 from (values ${values}) as v where ${answerable(usedLinks, 'column1', 'column3')}`)
        .returning({ marker: usedLinks.marker }),
    );
    markers++;
  }
  for (const chunk of chunkRows(codes, 4)) {
    const values = sql.join(
      chunk.map((s) => sql`(${s.marker}, ${s.waveId}, ${s.used.table === 'codes' ? s.used.teamId : null}, ${s.now})`),
      sql`, `,
    );
    statements.push(
      db
        .insert(usedCodes)
        .select(sql`select v.column1, v.column2, v.column3 from (values ${values}) as v where ${answerable(usedCodes, 'column1', 'column4')}`)
        .returning({ marker: usedCodes.marker }),
    );
    markers++;
  }
  return { statements, markers };
}

/** Row `v`'s wave is open at its time and its marker is not stored yet. Column names are those of a VALUES list. */
function answerable(markers: typeof usedLinks | typeof usedCodes, marker = 'column4', now = 'column5'): SQL {
  const wave = sql.raw(`v.column2`);
  return sql`exists (select 1 from ${waves} where ${waves.id} = ${wave} and ${waves.status} = 'open' and ${waves.closesAt} > ${sql.raw(`v.${now}`)})
    and not exists (select 1 from ${markers} where ${markers.marker} = ${sql.raw(`v.${marker}`)})`;
}

/** Writes submissions as one batch; the markers that were written (their submissions won). */
async function write(db: Db, random: Random, submissions: readonly Submission[]): Promise<Set<string>> {
  const { statements, markers } = groupStatements(db, random, submissions);
  const results = await runBatch(db, statements);
  const won = new Set<string>();
  for (const rows of results.slice(results.length - markers) as { marker: string }[][]) for (const r of rows) won.add(r.marker);
  return won;
}

/** D1 allows 1,000 statements per batch; a group of this many stays far below, and below a second of work. */
const MAX_GROUP = 200;

class Committer {
  private queue: Pending[] = [];
  private busy = false;

  constructor(
    private readonly db: Db,
    private readonly random: Random,
    private readonly nextTurn: NextTurn | undefined,
  ) {}

  submit(submission: Submission): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.queue.push({ submission, resolve, reject });
      if (this.busy) return;
      this.busy = true;
      if (this.nextTurn) this.nextTurn(() => void this.drain());
      else void this.drain();
    });
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const group = this.takeGroup();
        try {
          const won = await write(this.db, this.random, group.map((p) => p.submission));
          for (const p of group) p.resolve(won.has(p.submission.marker));
        } catch (err) {
          if (group.length === 1) group[0].reject(err);
          else for (const p of group) await write(this.db, this.random, [p.submission]).then((won) => p.resolve(won.has(p.submission.marker)), p.reject);
        }
      }
    } finally {
      this.busy = false;
    }
  }

  /** Up to MAX_GROUP waiting submissions, each marker once; a repeated marker stays queued, in order, for the next. */
  private takeGroup(): Pending[] {
    const group: Pending[] = [];
    const rest: Pending[] = [];
    const markers = new Set<string>();
    for (const p of this.queue) {
      if (group.length < MAX_GROUP && !markers.has(p.submission.marker)) {
        markers.add(p.submission.marker);
        group.push(p);
      } else rest.push(p);
    }
    this.queue = rest;
    return group;
  }
}

const committers = new WeakMap<Db, Committer>();

/** Writes a submission in a group with any others of this turn; true when its marker was written (it won). */
export function commitSubmission(deps: Pick<Deps, 'db' | 'random' | 'nextTurn'>, submission: Submission): Promise<boolean> {
  let committer = committers.get(deps.db);
  if (!committer) committers.set(deps.db, (committer = new Committer(deps.db, deps.random, deps.nextTurn)));
  return committer.submit(submission);
}
