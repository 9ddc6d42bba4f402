// Hot reads run as prepared statements: Drizzle's default path sends every statement unnamed, so
// PostgreSQL parses and plans it again on each call (on postgres.js also an extra round trip);
// a named one is parsed and planned once per connection. The built query is kept per database
// object, so a transaction (a new object each time) gets its own and nothing outlives it.
import type { DatabaseOrTransaction } from "../database.ts";

export function preparedPerDatabase<Query>(build: (db: DatabaseOrTransaction) => Query) {
  const built = new WeakMap<DatabaseOrTransaction, Query>();
  return (db: DatabaseOrTransaction): Query => {
    let query = built.get(db);
    if (!query) {
      query = build(db);
      built.set(db, query);
    }
    return query;
  };
}
