// db.execute() returns rows in a driver-specific shape (postgres.js: an array; PGlite: { rows }).
// The few raw SQL reads we need (introspection, EXPLAIN) go through this so callers get plain rows.
import type { SQL } from "drizzle-orm";
import type { DatabaseOrTransaction } from "./database.ts";

export async function selectRows<Row extends Record<string, unknown>>(
  db: DatabaseOrTransaction,
  query: SQL,
): Promise<Row[]> {
  const result: unknown = await db.execute(query);
  if (Array.isArray(result)) return result as Row[];
  return (result as { rows: Row[] }).rows;
}
