// The pre-migrated embedded database: a seed written once (as the server build does) is loaded into an
// empty data directory instead of running initdb, and ignored once the directory holds a database.
// (PGlite only: on PostgreSQL the server's data is the server's job.)
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, migrationsFolder, openDatabase, readMigrationStatus, schema } from "../src/index.ts";
import { writePgliteSeed } from "../src/pglite-seed.ts";

describe.runIf(process.env.TEST_DB_ENGINE !== "postgres")("the pre-migrated PGlite seed", () => {
  let workDir: string;
  let seed: string;

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(os.tmpdir(), "pglite-seed-"));
    seed = path.join(workDir, "pglite-seed.tgz");
    await writePgliteSeed(seed, migrationsFolder);
  });
  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  it("gives an empty data directory every migration before migrating, and keeps what is written after", async () => {
    const dataDir = path.join(workDir, "fresh");
    const first = await openDatabase({ engine: "pglite", dataDir, seed });
    // Loaded, not initialised: the migrations are already there before migrateDatabase runs.
    expect(await readMigrationStatus(first)).toEqual({
      expected: readMigrationFiles({ migrationsFolder }).length,
      applied: readMigrationFiles({ migrationsFolder }).length,
      upToDate: true,
    });
    await migrateDatabase(first);
    await first.db.insert(schema.users).values({ email: "seeded@example.com", displayName: "Seeded" });
    await first.close();
    expect(existsSync(path.join(dataDir, "PG_VERSION"))).toBe(true);

    // A second open with the seed finds the database on disk and leaves it alone.
    const second = await openDatabase({ engine: "pglite", dataDir, seed });
    const rows = await second.db.select({ email: schema.users.email }).from(schema.users);
    expect(rows).toEqual([{ email: "seeded@example.com" }]);
    await second.close();
  });
});
