// The pre-migrated embedded database ("seed"): made once at build time so a fresh DATA_DIR skips
// PGlite's initdb (~3.7 s of a 5.5 s first start). The build opens an in-memory PGlite, applies the
// migrations and dumps the data directory as a gzipped tarball; openDatabase({ seed }) loads it into an
// empty data directory. Migrations still run after loading, so a seed older than its code only costs
// the newer migrations. The tarball is a build output (~5 MB), never committed.
import { rename, writeFile } from "node:fs/promises";
import { migrateDatabase } from "./migrate.ts";
import { openDatabase } from "./open-database.ts";

export async function writePgliteSeed(file: string, migrationsFolder: string): Promise<void> {
  const handle = await openDatabase({ engine: "pglite" });
  try {
    await migrateDatabase(handle, migrationsFolder);
    if (handle.raw.engine !== "pglite") throw new Error("a PGlite seed needs a PGlite database");
    const tarball = await handle.raw.client.dumpDataDir("gzip");
    // Written aside and renamed, so a reader never loads half a seed.
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, new Uint8Array(await tarball.arrayBuffer()));
    await rename(partial, file);
  } finally {
    await handle.close();
  }
}
