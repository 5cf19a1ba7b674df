import type { Db, Statement } from '../db/client';
import { runBatch } from '../db/client';

/**
 * Group commit for submissions. Each submission is two statements that must run in one transaction (the sealed row
 * and the used marker, both conditional on the marker being absent). Under load, many arrive at once: while one batch
 * is being written, the next submissions wait, and then go together in one batch — one transaction, one commit,
 * shared index pages — instead of one transaction each. Nothing waits on a timer: alone, a submission goes at once.
 *
 * The guarantees of a single submission hold in a group: statements run in order inside the transaction, so of two
 * submissions for the same link the second sees the first's marker and writes nothing. If a group fails as a whole
 * (a driver error), each of its submissions is tried alone, so one bad submission cannot fail the others.
 */
const MAX_GROUP = 100;

interface Pending {
  statements: [Statement, Statement];
  resolve: (won: boolean) => void;
  reject: (err: unknown) => void;
}

class Committer {
  private queue: Pending[] = [];
  private writing = false;

  constructor(private readonly db: Db) {}

  submit(statements: [Statement, Statement]): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.queue.push({ statements, resolve, reject });
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    if (this.writing) return;
    this.writing = true;
    try {
      while (this.queue.length > 0) {
        const group = this.queue.splice(0, MAX_GROUP);
        try {
          const results = await runBatch(this.db, group.flatMap((p) => p.statements));
          group.forEach((p, i) => p.resolve((results[2 * i + 1] as unknown[]).length === 1));
        } catch (err) {
          if (group.length === 1) group[0].reject(err);
          else for (const p of group) await runBatch(this.db, p.statements).then((r) => p.resolve((r[1] as unknown[]).length === 1), p.reject);
        }
      }
    } finally {
      this.writing = false;
    }
  }
}

const committers = new WeakMap<Db, Committer>();

/** Runs a submission's two statements in a group with any others waiting; true when its marker was written. */
export function commitSubmission(db: Db, statements: [Statement, Statement]): Promise<boolean> {
  let committer = committers.get(db);
  if (!committer) committers.set(db, (committer = new Committer(db)));
  return committer.submit(statements);
}
