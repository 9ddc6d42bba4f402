// Test databases. Which engine a test file runs on is chosen by the vitest project that runs it
// (TEST_DB_ENGINE=pglite|postgres), so every integration file runs on both without saying so.
// Each call gets an isolated, migrated database that dispose() removes again:
// - pglite: an in-memory instance (~2 s to start; share one per file).
// - postgres: a fresh database on TEST_DATABASE_URL's server, dropped afterwards.
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import type { DatabaseEngine } from "../database.ts";
import { migrateDatabase } from "../migrate.ts";
import { type DatabaseHandle, openDatabase, type QueryObserver } from "../open-database.ts";

/**
 * Every statement the app sends through Drizzle on this database, so a test can hold a procedure to
 * a statement budget: `statements.reset()`, make the call, then read `statements.list()`.
 */
export interface StatementLog {
  list(): readonly string[];
  reset(): void;
  /**
   * The statements `call` sent. The server's background jobs (mail worker, deadline sweeper) share
   * the database and may tick during the call; their claims use SKIP LOCKED, which no request path
   * does, so they are left out.
   */
  during(call: () => Promise<unknown>): Promise<readonly string[]>;
}

const BACKGROUND_JOB_CLAIM = /skip locked/i;

function createStatementLog(): StatementLog & QueryObserver {
  let statements: string[] = [];
  return {
    logQuery: (query) => {
      statements.push(query);
    },
    list: () => statements,
    reset: () => {
      statements = [];
    },
    async during(call) {
      statements = [];
      await call();
      return statements.filter((statement) => !BACKGROUND_JOB_CLAIM.test(statement));
    },
  };
}

export interface TestDatabase {
  handle: DatabaseHandle;
  engine: DatabaseEngine;
  /** Connection string of the isolated database (postgres only): for a second server instance. */
  url?: string;
  statements: StatementLog;
  dispose(): Promise<void>;
}

export function testDatabaseEngine(): DatabaseEngine {
  const engine = process.env.TEST_DB_ENGINE ?? "pglite";
  if (engine !== "pglite" && engine !== "postgres") {
    throw new Error(`TEST_DB_ENGINE must be pglite or postgres, got "${engine}"`);
  }
  return engine;
}

/** `migrate: false` gives an empty database (for tests of migrating itself). */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const engine = testDatabaseEngine();
  const migrate = options.migrate ?? true;
  const statements = createStatementLog();
  if (engine === "pglite") {
    const handle = await openDatabase({ engine: "pglite", queryObserver: statements });
    if (migrate) await migrateDatabase(handle);
    statements.reset();
    return { handle, engine, statements, dispose: () => handle.close() };
  }

  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DB_ENGINE=postgres needs TEST_DATABASE_URL");
  const name = `interviewer_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = withDatabase(adminUrl, name);
  const handle = await openDatabase({ engine: "postgres", url, poolSize: 10, queryObserver: statements });
  if (migrate) await migrateDatabase(handle);
  statements.reset();
  return {
    handle,
    engine,
    url,
    statements,
    dispose: async () => {
      await handle.close().catch(() => {});
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

/**
 * A second connection pool to an existing PostgreSQL test database: what a second server instance
 * has. Disposing it closes only this pool; the owner drops the database.
 */
export async function attachToTestDatabase(owner: TestDatabase): Promise<TestDatabase> {
  if (owner.engine !== "postgres" || !owner.url) {
    throw new Error("a second server instance needs PostgreSQL: PGlite is one process's database");
  }
  const statements = createStatementLog();
  const handle = await openDatabase({ engine: "postgres", url: owner.url, poolSize: 10, queryObserver: statements });
  return { handle, engine: "postgres", url: owner.url, statements, dispose: () => handle.close() };
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
