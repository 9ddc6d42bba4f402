import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema, selectRows } from "../src/index.ts";
import { migrateDatabase } from "../src/migrate.ts";
import { createTestDatabase, type TestDatabase } from "../src/testing/test-database.ts";

describe("migrations", () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(async () => {
    await testDb.dispose();
  });

  it("create every table of the schema", async () => {
    const rows = await selectRows<{ table_name: string }>(
      testDb.handle.db,
      sql`select table_name from information_schema.tables where table_schema = 'public'`,
    );
    const names = rows.map((r) => r.table_name);
    expect(names).toContain("users");
  });

  it("are idempotent: running them again changes nothing and does not fail", async () => {
    await migrateDatabase(testDb.handle);
    const [user] = await testDb.handle.db
      .insert(schema.users)
      .values({ email: "Ada@Example.com", displayName: "Ada" })
      .returning();
    expect(user?.email).toBe("Ada@Example.com");
  });

  it("enforce case-insensitive unique emails", async () => {
    await expect(
      testDb.handle.db.insert(schema.users).values({ email: "ada@example.COM", displayName: "Other" }),
    ).rejects.toThrow();
  });
});
