import { sql, type AnyColumn, type SQL } from 'drizzle-orm';

/**
 * The SELECT for `db.insert(table).select(…)` that reads rows from one JSON parameter: each row a tuple in the
 * table's column order. D1 binds at most 100 parameters per statement, so VALUES lists of a 100,000-row write
 * would take thousands of statements; this takes one per JSON chunk (see jsonChunks) on libSQL and D1 alike.
 * A `where` clause (`true` by default) lets an ON CONFLICT clause follow (SQLite would otherwise read it as part of a
 * join); a condition there makes the whole insert conditional, evaluated in the statement's own transaction.
 */
export function fromJsonRows(columns: number, json: string, condition: SQL = sql`true`): SQL {
  const values = Array.from({ length: columns }, (_, i) => `value ->> ${i}`).join(', ');
  return sql`select ${sql.raw(values)} from json_each(${json}) where ${condition}`;
}

/**
 * `column in (…)` over the values of one JSON array, bound as one parameter however many values it holds (D1 binds at
 * most 100 per statement). `values` is the array, or its JSON text (as `jsonChunks` makes it).
 */
export function inJson(column: AnyColumn, values: string | readonly unknown[]): SQL {
  const json = typeof values === 'string' ? values : JSON.stringify(values);
  return sql`${column} in (select value from json_each(${json}))`;
}
