// Faults at the database (PostgreSQL, where they happen in production): every connection dropped
// under a running server, as in a database restart, and two instances migrating an empty database
// at the same moment. PGlite lives inside the process, so neither applies to it.

import { INTERNAL_ERROR_MESSAGE } from "@interviewer/api";
import { migrateDatabase, openDatabase, readMigrationStatus, selectRows } from "@interviewer/db";
import { createTestDatabase, type TestDatabase } from "@interviewer/db/testing";
import { createVerifiedAccount } from "@interviewer/testing/accounts";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const onPostgres = process.env.TEST_DB_ENGINE === "postgres";

describe.runIf(onPostgres)("database faults (PostgreSQL)", () => {
  let ts: TestServer;
  beforeAll(async () => {
    ts = await startTestServer();
  });
  afterAll(async () => {
    await ts.stop();
  });

  it("when every connection is dropped, requests fail cleanly and the server recovers by itself", async () => {
    const account = await createVerifiedAccount(ts);
    await expect(account.client.account.me.query()).resolves.toMatchObject({ id: account.userId });

    // What a database restart looks like from the app: every server-side connection is killed.
    const admin = await openDatabase({ engine: "postgres", url: ts.database.url ?? "", poolSize: 1 });
    const killed = await selectRows<{ pid: number }>(
      admin.db,
      sql`select pg_terminate_backend(pid) as pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
    );
    expect(killed.length).toBeGreaterThan(0);
    await admin.close();

    const outcomes: string[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      try {
        await account.client.account.me.query();
        outcomes.push("ok");
        break;
      } catch (error) {
        // A failure is a clean internal error: the fixed message, no driver text.
        expect((error as Error).message).toBe(INTERNAL_ERROR_MESSAGE);
        outcomes.push("failed");
      }
    }
    expect(outcomes.at(-1)).toBe("ok");
    const health = await fetch(`${ts.url}/ready`);
    expect(health.status).toBe(200);
  });

  it("two instances starting together on an empty database migrate it once", async () => {
    const empty: TestDatabase = await createTestDatabase({ migrate: false });
    try {
      const first = await openDatabase({ engine: "postgres", url: empty.url ?? "" });
      const second = await openDatabase({ engine: "postgres", url: empty.url ?? "" });
      await Promise.all([migrateDatabase(first), migrateDatabase(second)]);
      const status = await readMigrationStatus(first);
      expect(status).toMatchObject({ upToDate: true });
      expect(status.applied).toBe(status.expected);
      const tables = await selectRows<{ n: number | string }>(
        second.db,
        sql`select count(*) as n from information_schema.tables where table_schema = 'public' and table_name in ('users', 'interviews', 'credit_ledger')`,
      );
      expect(Number(tables[0]?.n)).toBe(3);
      await Promise.all([first.close(), second.close()]);
    } finally {
      await empty.dispose();
    }
  });
});
