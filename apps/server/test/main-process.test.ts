// The real entry point as a process: bad configuration, start, SIGTERM, and a restart on the same
// data. On the postgres project the process gets DATABASE_URL, so this also proves that the same
// app runs on real PostgreSQL; on the pglite project it runs on the embedded default, whose first
// start loads the build's pre-migrated data directory. It runs the compiled build (what `npm start`,
// Docker and production run), built here by the same script.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createTestDatabase, type TestDatabase } from "@interviewer/db/testing";
import { buildServer, runMainToExit, type ServerBuild, startMainProcess } from "@interviewer/testing/server-process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

describe("the server process", () => {
  let dataDir: string;
  let database: TestDatabase | undefined;
  let env: Record<string, string>;
  let build: ServerBuild;

  beforeAll(async () => {
    build = await buildServer();
    dataDir = await mkdtemp(path.join(os.tmpdir(), "interviewer-main-"));
    env = { DATA_DIR: dataDir };
    if (process.env.TEST_DB_ENGINE === "postgres") {
      database = await createTestDatabase();
      env.DATABASE_URL = database.url ?? "";
      // The child migrates it itself; close our pool so it does not hold connections.
      await database.handle.close();
    }
  });
  afterAll(async () => {
    await build?.dispose();
    await database?.dispose();
    await rm(dataDir, { recursive: true, force: true });
  });

  it.each(["build", "source"] as const)("exits 1 with one line naming a bad variable (%s)", async (kind) => {
    const result = await runMainToExit({ ...env, PORT: "abc" }, kind === "build" ? build.entry : { kind });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toEqual(["Invalid configuration:", expect.stringMatching(/^\s+PORT: .*"abc"/)]);
    expect(result.stderr).not.toMatch(/\bat .*\.[jt]s:\d+/);
  });

  it("starts, answers /health, and exits 0 on SIGTERM; a restart keeps its secret and data", async () => {
    const first = await startMainProcess(env, build.entry);
    const health = await fetch(`${first.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ database: { engine: database ? "postgres" : "pglite", status: "up" } });
    expect(await first.stop("SIGTERM")).toBe(0);
    expect(first.output()).toContain("shut down cleanly");
    const secret = await readFile(path.join(dataDir, "auth-secret"), "utf8");

    const second = await startMainProcess(env, build.entry);
    expect((await fetch(`${second.url}/health`)).status).toBe(200);
    expect(await second.stop("SIGINT")).toBe(0);
    expect(await readFile(path.join(dataDir, "auth-secret"), "utf8")).toBe(secret);
  });
});
