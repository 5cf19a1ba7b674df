import { ne } from 'drizzle-orm';
import { waveExposure } from '../db/schema';
import type { Deps } from '../deps';
import { decrypt, encrypt } from '../survey/seal';

/**
 * The stored history of known sets (exposure.ts): per closed wave, the groups whose members a reader could know
 * because everyone in them answered, as staff ids. Sealed with the seal key, so a database copy without the key learns
 * nothing from it — not even which groups answered in full.
 */
const AAD = new TextEncoder().encode('puls/exposure/v1');

export async function sealKnownSets(deps: Deps, sets: readonly (readonly string[])[]): Promise<Uint8Array<ArrayBuffer>> {
  return encrypt(deps.keys, deps.random, new TextEncoder().encode(JSON.stringify(sets)), AAD);
}

export async function openKnownSets(deps: Deps, payload: ArrayBuffer | ArrayLike<number>): Promise<string[][]> {
  return JSON.parse(new TextDecoder().decode(await decrypt(deps.keys, payload, AAD))) as string[][];
}

/** Every known set of every wave but `waveId`. */
export async function loadKnownSets(deps: Deps, waveId: string): Promise<string[][]> {
  const rows = await deps.db.select().from(waveExposure).where(ne(waveExposure.waveId, waveId));
  const out: string[][] = [];
  for (const row of rows) out.push(...(await openKnownSets(deps, row.payload)));
  return out;
}
