// `pnpm db:migrate`: applies migrations to DATABASE_URL, or to the embedded database under DATA_DIR.
// Reads only the two variables it needs; the server parses the full configuration itself.
import path from "node:path";
import { migrateDatabase } from "./migrate.ts";
import { openDatabase } from "./open-database.ts";

const url = process.env.DATABASE_URL;
const dataDir = path.resolve(process.env.DATA_DIR ?? ".data", "pglite");
const handle = await openDatabase(url ? { engine: "postgres", url } : { engine: "pglite", dataDir });
try {
  await migrateDatabase(handle);
  console.log(`migrations applied (${handle.engine}${url ? "" : `: ${dataDir}`})`);
} finally {
  await handle.close();
}
