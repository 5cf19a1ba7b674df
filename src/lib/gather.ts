import type { Deps } from '../deps';

/**
 * Runs a function once the current turn of the event loop is over (Node: `setImmediate`, which runs after the turn's
 * I/O callbacks — no timer, no delay beyond the turn). Work scheduled with it gathers everything the turn's other
 * requests asked for.
 */
export type NextTurn = (run: () => void) => void;

/**
 * Gathers the calls made within one turn and answers them with one call of `all` (the keys in call order, an answer
 * per key in the same order), so fifty concurrent requests make one query instead of fifty. Without `nextTurn` each
 * call is answered alone, at once. If `all` fails, every call of its turn fails with the same error.
 */
export function gathered<K, V>(nextTurn: NextTurn | undefined, all: (keys: K[]) => Promise<V[]>): (key: K) => Promise<V> {
  if (!nextTurn) return async (key) => (await all([key]))[0];
  let waiting: { key: K; resolve: (v: V) => void; reject: (err: unknown) => void }[] = [];
  const flush = () => {
    const calls = waiting;
    waiting = [];
    all(calls.map((c) => c.key)).then(
      (values) => calls.forEach((c, i) => c.resolve(values[i])),
      (err) => calls.forEach((c) => c.reject(err)),
    );
  };
  return (key) =>
    new Promise<V>((resolve, reject) => {
      if (waiting.length === 0) nextTurn(flush);
      waiting.push({ key, resolve, reject });
    });
}

/**
 * `gathered` for each database: the loader is built on a database's first call and serves every later one, so the
 * calls of one turn on it share a query. `all` gets the deps of the call that built it (its database and turn).
 */
export function gatheredPerDatabase<K, V>(all: (deps: Deps, keys: K[]) => Promise<V[]>): (deps: Deps, key: K) => Promise<V> {
  const loaders = new WeakMap<Deps['db'], (key: K) => Promise<V>>();
  return (deps, key) => {
    let load = loaders.get(deps.db);
    if (!load) loaders.set(deps.db, (load = gathered(deps.nextTurn, (keys: K[]) => all(deps, keys))));
    return load(key);
  };
}
