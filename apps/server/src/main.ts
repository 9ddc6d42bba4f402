// The composition root: read the configuration, open and migrate the database, build the server,
// listen, and shut down cleanly on SIGTERM/SIGINT. Start-up problems print one clear line and exit 1.
import { existsSync } from "node:fs";
import path from "node:path";
import { migrateDatabase, openDatabase } from "@interviewer/db";
import { resolveAuthSecret } from "./auth-secret.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { createServer } from "./server.ts";

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const authSecret = await resolveAuthSecret(config);
  const database = await openDatabase(
    config.database.url
      ? {
          engine: "postgres",
          url: config.database.url,
          poolSize: config.database.poolSize,
          statementTimeoutMs: config.database.statementTimeoutMs,
        }
      : { engine: "pglite", dataDir: path.join(config.dataDir, "pglite"), seed: pgliteSeed() },
  );
  await migrateDatabase(database, config.migrationsDir);

  const server = await createServer({ config, database, authSecret, warmUpCodeRunner: true });
  const url = await server.start();
  server.app.log.info(
    { url, database: database.engine, publicUrl: config.publicUrl },
    `Interviewer is running at ${url}`,
  );

  let signalled = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (signalled) return;
    signalled = true;
    server.app.log.info({ signal }, "shutting down: draining in-flight requests");
    // A request that never finishes must not keep the process alive forever.
    const force = setTimeout(() => {
      server.app.log.error("shutdown timed out; exiting");
      process.exit(1);
    }, config.shutdownTimeoutMs);
    force.unref();
    server.stop().then(
      () => {
        server.app.log.info("shut down cleanly");
        process.exit(0);
      },
      (error: unknown) => {
        server.app.log.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}

/** Written beside the bundle by scripts/build.mjs. */
const PGLITE_SEED_FILE = "pglite-seed.tgz";

/**
 * The build puts a pre-migrated PGlite data directory beside the bundle (scripts/build.mjs), so a
 * first start skips initdb; run from source (`pnpm dev`) there is none and PGlite runs initdb.
 */
function pgliteSeed(): string | undefined {
  const seed = path.join(import.meta.dirname, PGLITE_SEED_FILE);
  return existsSync(seed) ? seed : undefined;
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(`Interviewer could not start: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
});
