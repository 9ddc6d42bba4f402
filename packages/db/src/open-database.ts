// Opens the database: real PostgreSQL (postgres.js) when a URL is given, otherwise the embedded
// PGlite, persisted on disk so the app works with nothing installed. Both speak the same SQL, so one
// schema and one migration set serve both.
import { existsSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import type { Database, DatabaseEngine } from "./database.ts";
import * as schema from "./schema/index.ts";

/** Sees every query the app sends (benchmarks count them); not for production logging. */
export interface QueryObserver {
  logQuery(query: string, params: unknown[]): void;
}

export type OpenDatabaseOptions = (
  | {
      engine: "postgres";
      url: string;
      poolSize?: number;
      /** Server-side cap on any single statement, so a runaway query cannot hold a connection. */
      statementTimeoutMs?: number;
    }
  | {
      engine: "pglite";
      /** A folder on disk, or undefined for an in-memory database (tests). */
      dataDir?: string;
      /**
       * A pre-migrated data directory (pglite-seed.ts) loaded instead of running initdb when `dataDir`
       * holds no database yet; ignored once it does.
       */
      seed?: string;
    }
) & { queryObserver?: QueryObserver };

export interface DatabaseHandle {
  db: Database;
  engine: DatabaseEngine;
  /** Runs a trivial query; throws when the database cannot answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
  /** Driver-level access for the few places that need it (advisory locks around migrations). */
  raw: { engine: "postgres"; client: postgres.Sql } | { engine: "pglite"; client: PGlite };
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (options.engine === "postgres") {
    const client = postgres(options.url, {
      max: options.poolSize ?? 10,
      onnotice: () => {},
      connection: options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : undefined,
    });
    const db = drizzlePostgres({ client, schema, logger: options.queryObserver }) as unknown as Database;
    return {
      db,
      engine: "postgres",
      raw: { engine: "postgres", client },
      ping: async () => {
        await db.execute(sql`select 1`);
      },
      close: once(() => client.end({ timeout: 5 })),
    };
  }

  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  // PGlite refuses to load a tarball over an existing database, so the seed is for the first start only.
  const fresh = options.dataDir !== undefined && !existsSync(path.join(options.dataDir, "PG_VERSION"));
  const loadDataDir = fresh && options.seed ? new Blob([await readFile(options.seed)]) : undefined;
  const client = await PGlite.create({ dataDir: options.dataDir, loadDataDir });
  const db = drizzlePglite({ client, schema, logger: options.queryObserver }) as unknown as Database;
  return {
    db,
    engine: "pglite",
    raw: { engine: "pglite", client },
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: once(() => client.close()),
  };
}

/** Closing twice (a test that closed the database, then the server's shutdown) is not an error. */
function once(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => {
    closing ??= close();
    return closing;
  };
}
