import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { auditBatch } from '../audit/audit.service';
import type { Actor } from '../audit/chain';
import type { Statement } from '../db/client';
import {
  aggregates,
  blockOrigins,
  blocks,
  closeStaging,
  comments,
  invitations,
  itemCounts,
  messages,
  responses,
  sealedAnswers,
  settings,
  usedLinks,
  viewResults,
  waveExposure,
  waves,
} from '../db/schema';
import type { Deps } from '../deps';
import { problemError } from '../lib/errors';
import { getWaveRow, type WaveRow } from './waves.service';

/** Settings key: slots of the cadence whose wave was discarded, so the scheduler does not open them again. */
export const DISCARDED_SLOTS_KEY = 'discardedSlots';
/** Enough to cover every slot that could still be running; older ones can never be due again. */
const KEPT_SLOTS = 20;

/**
 * Whether a wave has answers, as far as anyone may know it: a running wave by its used markers (keyed, so the count
 * says nothing about whose), a closed one by what its close kept (blocks, answers left out of every number).
 * Refusing to discard a running wave therefore tells an admin that somebody answered: one bit, once, and only when
 * they try; discarding it when nobody has is the only other outcome, and that ends the wave (docs/anonymity.md).
 */
function answered(wave: WaveRow): SQL {
  return sql`(exists (select 1 from ${usedLinks} where ${usedLinks.waveId} = ${wave.id})
    or exists (select 1 from ${sealedAnswers} where ${sealedAnswers.waveId} = ${wave.id})
    or exists (select 1 from ${blocks} where ${blocks.waveId} = ${wave.id})
    or exists (select 1 from ${waves} where ${waves.id} = ${wave.id} and ${waves.leftOut} > 0))`;
}

/**
 * Discards a wave without a single answer, so a wave opened by mistake, or closed with nobody answering, leaves no
 * trace in charts, quarters or exports: the wave, its invitations, queued and sent mails and whatever its close wrote
 * are deleted. Only the audit log keeps `wave.discarded` with the title. A wave of the cadence is remembered by its
 * slot, so the scheduler does not open that slot again.
 *
 * One batch: the wave row goes only while it has no answers (an answer arriving meanwhile keeps it), everything else
 * only once the row is gone, and the log entry only then too. 409 `wave_has_answers` when it has answers, 409
 * `wave_busy` while it is being opened or closed.
 */
export async function discardWave(deps: Deps, id: string, actor: Actor): Promise<void> {
  const wave = await getWaveRow(deps, id);
  if (wave.status === 'opening' || wave.status === 'closing') {
    throw problemError('CONFLICT', 'wave_busy', 'the wave is being opened or closed; try again in a few minutes');
  }
  const gone = sql`not exists (select 1 from ${waves} where ${waves.id} = ${wave.id})`;
  const slots = wave.slot && !wave.slot.startsWith('request:') ? await rememberedSlots(deps, wave.slot) : undefined;
  const statements: Statement[] = [
    deps.db.delete(waves).where(and(eq(waves.id, wave.id), eq(waves.status, wave.status), sql`not ${answered(wave)}`)),
    ...CHILDREN.map(([table, column]) => deps.db.delete(table).where(and(eq(column, wave.id), gone))),
  ];
  if (slots) {
    statements.push(
      deps.db
        .insert(settings)
        .select(sql`select ${DISCARDED_SLOTS_KEY}, ${slots} where ${gone}`)
        .onConflictDoUpdate({ target: settings.key, set: { value: slots } }),
    );
  }
  await auditBatch(deps, { actor, action: 'wave.discarded', target: wave.id, details: { title: wave.title, status: wave.status } }, statements, {
    when: gone,
  });
  const [still] = await deps.db.select({ id: waves.id }).from(waves).where(eq(waves.id, wave.id));
  if (still) throw problemError('CONFLICT', 'wave_has_answers', 'the wave has answers and cannot be discarded');
}

/** Every table that refers to a wave (legacy tables of 0.1 too). */
const CHILDREN: [SQLiteTable, SQLiteColumn][] = [
  [invitations, invitations.waveId],
  [messages, messages.waveId],
  [usedLinks, usedLinks.waveId],
  [sealedAnswers, sealedAnswers.waveId],
  [closeStaging, closeStaging.waveId],
  [blocks, blocks.waveId],
  [viewResults, viewResults.waveId],
  [waveExposure, waveExposure.waveId],
  [comments, comments.waveId],
  [blockOrigins, blockOrigins.waveId],
  [responses, responses.waveId],
  [aggregates, aggregates.waveId],
  [itemCounts, itemCounts.waveId],
];

/** The discarded slots with this one added, newest last, as stored. */
async function rememberedSlots(deps: Deps, slot: string): Promise<string> {
  const list = await discardedSlots(deps);
  return JSON.stringify([...list.filter((s) => s !== slot), slot].slice(-KEPT_SLOTS));
}

export async function discardedSlots(deps: Deps): Promise<string[]> {
  const [row] = await deps.db.select({ value: settings.value }).from(settings).where(eq(settings.key, DISCARDED_SLOTS_KEY));
  try {
    const list = row ? (JSON.parse(row.value) as unknown) : [];
    return Array.isArray(list) ? list.filter((s): s is string => typeof s === 'string') : [];
  } catch {
    return [];
  }
}
