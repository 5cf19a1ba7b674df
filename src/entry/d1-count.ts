/**
 * Counts the D1 queries of one invocation (each statement of a batch is one), so the tick's log line can show how
 * close a step comes to the 1,000 queries an invocation may make. Wraps the binding; changes nothing else.
 */
export function countingD1(db: D1Database): { db: D1Database; count(): number } {
  let queries = 0;
  const statement = (s: D1PreparedStatement): D1PreparedStatement => {
    const proxy = new Proxy(s, {
      get(target, prop, receiver) {
        if (prop === 'bind') return (...args: unknown[]) => statement(target.bind(...args));
        if (prop === 'run' || prop === 'all' || prop === 'first' || prop === 'raw') {
          return (...args: unknown[]) => {
            queries++;
            return (target[prop] as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        const value = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    unwrap.set(proxy, s);
    return proxy;
  };
  const wrapped = new Proxy(db, {
    get(target, prop, receiver) {
      if (prop === 'prepare') return (query: string) => statement(target.prepare(query));
      if (prop === 'batch') {
        return (statements: D1PreparedStatement[]) => {
          queries += statements.length;
          // Statements made through the proxy must reach D1 unwrapped.
          return target.batch(statements.map((s) => unwrap.get(s) ?? s));
        };
      }
      if (prop === 'exec') {
        return (query: string) => {
          queries++;
          return target.exec(query);
        };
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { db: wrapped, count: () => queries };
}

const unwrap = new WeakMap<object, D1PreparedStatement>();
