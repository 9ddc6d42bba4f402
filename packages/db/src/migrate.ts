// Applies the generated migrations in drizzle/ (one set for both engines). On PostgreSQL several
// server instances may start at once, so the run is serialised with an advisory lock: the first
// instance migrates, the others wait and then find nothing left to do.
import { fileURLToPath } from "node:url";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { DatabaseHandle } from "./open-database.ts";

export const migrationsFolder = fileURLToPath(new URL("../../../drizzle", import.meta.url));

// Any fixed 64-bit number works; this one spells "interviewer migrations" to whoever reads pg_locks.
const MIGRATION_LOCK_ID = 7_271_100_042;

/** `folder` defaults to the repository's drizzle/; a deployed image passes where it copied them. */
export async function migrateDatabase(handle: DatabaseHandle, folder: string = migrationsFolder): Promise<void> {
  if (handle.raw.engine === "pglite") {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder: folder });
    return;
  }
  const lockConnection = await handle.raw.client.reserve();
  try {
    await lockConnection`select pg_advisory_lock(${MIGRATION_LOCK_ID})`;
    await migratePostgres(handle.db as unknown as PostgresJsDatabase, { migrationsFolder: folder });
  } finally {
    await lockConnection`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`.catch(() => {});
    lockConnection.release();
  }
}
