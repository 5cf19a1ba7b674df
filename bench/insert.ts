import type { Client } from '@libsql/client';
import { inserts } from './results-fixture';

/**
 * A bare insert of `n` rows into a scratch table, in batches like the product's writes: the close's baseline. With
 * `bytes`, each row carries a blob of that size (the size of a sealed answer: the data a close reads, and overwrites
 * when it deletes it); without, a short JSON text like an answer sheet.
 */
export async function insertRows(client: Client, n: number, bytes = 0): Promise<void> {
  await client.execute('create table if not exists bench_bare (id text primary key, wave_id text, payload) without rowid');
  const payload = (i: number) => (bytes > 0 ? crypto.getRandomValues(new Uint8Array(bytes)) : `{"trust.safety":${i % 5}}`);
  const rows = Array.from({ length: n }, (_, i) => [`r${i}-${Math.random().toString(36).slice(2)}`, 'w', payload(i)]);
  await client.batch(inserts('bench_bare', ['id', 'wave_id', 'payload'], rows, bytes > 0 ? 200 : 500), 'write');
  await client.execute('drop table bench_bare');
}
