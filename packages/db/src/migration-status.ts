// Whether the database has every migration this build ships: what /ready reports, so a load
// balancer only sends traffic to instances whose schema matches their code.
import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { migrationsFolder } from "./migrate.ts";
import type { DatabaseHandle } from "./open-database.ts";
import { selectRows } from "./select-rows.ts";

export interface MigrationStatus {
  expected: number;
  applied: number;
  upToDate: boolean;
}

export async function readMigrationStatus(
  handle: DatabaseHandle,
  folder: string = migrationsFolder,
): Promise<MigrationStatus> {
  const expected = readMigrationFiles({ migrationsFolder: folder }).length;
  const exists = await selectRows<{ present: boolean }>(
    handle.db,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  const applied = exists[0]?.present
    ? Number(
        (
          await selectRows<{ count: number | string }>(
            handle.db,
            sql`select count(*) as count from drizzle.__drizzle_migrations`,
          )
        )[0]?.count ?? 0,
      )
    : 0;
  return { expected, applied, upToDate: applied >= expected };
}
