// The embedded default keeps its data on disk: close and reopen the same folder and it is all there.
// (PGlite only: on PostgreSQL persistence is the server's job.)
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase, schema } from "../src/index.ts";

describe.runIf(process.env.TEST_DB_ENGINE !== "postgres")("PGlite on disk", () => {
  it("keeps rows across a close and reopen, and migrating again is a no-op", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "pglite-"));
    try {
      const first = await openDatabase({ engine: "pglite", dataDir: dir });
      await migrateDatabase(first);
      await first.db.insert(schema.users).values({ email: "kept@example.com", displayName: "Kept" });
      await first.close();

      const second = await openDatabase({ engine: "pglite", dataDir: dir });
      await migrateDatabase(second);
      const rows = await second.db.select().from(schema.users);
      expect(rows.map((r) => r.email)).toEqual(["kept@example.com"]);
      await second.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
