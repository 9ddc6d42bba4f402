// The one database type the rest of the code sees, whichever driver is underneath.
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import type * as schema from "./schema/index.ts";

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Query functions take this so they run the same inside or outside a transaction. */
export type DatabaseOrTransaction = Database | Transaction;

export type DatabaseEngine = "pglite" | "postgres";
