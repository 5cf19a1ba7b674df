import type { Client } from '@libsql/client';
import { inserts } from './results-fixture';

/** A bare insert of `n` small rows into a scratch table, in batches like the product's writes: the close's baseline. */
export async function insertRows(client: Client, n: number): Promise<void> {
  await client.execute('create table if not exists bench_bare (id text primary key, wave_id text, block_id text, answers text) without rowid');
  const rows = Array.from({ length: n }, (_, i) => [`r${i}-${Math.random().toString(36).slice(2)}`, 'w', 'b', '{"trust.safety":3}']);
  await client.batch(inserts('bench_bare', ['id', 'wave_id', 'block_id', 'answers'], rows), 'write');
  await client.execute('drop table bench_bare');
}
