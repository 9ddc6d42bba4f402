// Server start-up, side by side in one run: the compiled build (what `npm start`, Docker and production
// run) against the TypeScript source through tsx (what ran before, and what `pnpm dev` runs).
//  - time from spawn until GET /health answers 200, median of RUNS starts, for: PostgreSQL with an
//    existing (migrated) database, PGlite with an existing data directory, PGlite with an empty one
//    (the build loads its pre-migrated seed; the source runs initdb and every migration);
//  - idle RSS on PostgreSQL: the resident memory of the server's whole process tree (tsx runs the
//    server in a child process), read from /proc a moment after /health answered.
// Each run is a fresh process; the two entries alternate so machine noise falls on both.
//
//   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test pnpm --filter @interviewer/bench startup
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { openDatabase } from "@interviewer/db";
import { buildServer, type MainEntry, startMainProcess } from "@interviewer/testing/server-process";
import { sql } from "drizzle-orm";
import { median } from "./statistics.ts";

const RUNS = Number(process.env.STARTUP_RUNS ?? 5);
/** Idle means after start-up work has settled: the first pass of each background job has run. */
const IDLE_AFTER_MS = Number(process.env.STARTUP_IDLE_AFTER_MS ?? 3_000);
const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** Starts the server and returns the milliseconds from spawn to the first 200 from /health. */
async function timeStart(env: Record<string, string>, entry: MainEntry, measureRss = false) {
  const started = performance.now();
  const server = await startMainProcess(env, entry);
  for (;;) {
    const response = await fetch(`${server.url}/health`).catch(() => undefined);
    if (response?.status === 200) break;
    await delay(10);
  }
  const ms = performance.now() - started;
  let rssMiB: number | undefined;
  if (measureRss && server.child.pid) {
    await delay(IDLE_AFTER_MS);
    rssMiB = (await treeRssKiB(server.child.pid)) / 1024;
  }
  const code = await server.stop("SIGTERM");
  if (code !== 0) throw new Error(`server exited with ${code}:\n${server.output()}`);
  return { ms, rssMiB };
}

/** VmRSS of a process and all its descendants (Linux /proc). */
async function treeRssKiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  let total = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  for (const task of await readdir(`/proc/${pid}/task`).catch(() => [])) {
    const children = await readFile(`/proc/${pid}/task/${task}/children`, "utf8").catch(() => "");
    for (const child of children.split(" ").map(Number).filter(Boolean)) total += await treeRssKiB(child);
  }
  return total;
}

const build = await buildServer();
const entries: Record<string, MainEntry> = { build: build.entry, "source (tsx)": { kind: "source" } };
const rows: { scenario: string; entry: string; ms: number; rssMiB?: number }[] = [];
const workDir = await mkdtemp(path.join(os.tmpdir(), "interviewer-startup-"));
const admin = await openDatabase({ engine: "postgres", url: POSTGRES_URL, poolSize: 1 });
const databaseName = `interviewer_startup_${process.pid}`;

try {
  await admin.db.execute(sql.raw(`create database ${databaseName}`));
  const databaseUrl = new URL(POSTGRES_URL);
  databaseUrl.pathname = `/${databaseName}`;
  const postgresEnv = { DATA_DIR: path.join(workDir, "pg"), DATABASE_URL: databaseUrl.toString() };
  const existingPglite = { DATA_DIR: path.join(workDir, "existing") };
  // Both existing-data scenarios start from a database the first start created and migrated.
  await timeStart(postgresEnv, build.entry);
  await timeStart(existingPglite, build.entry);

  const samples = new Map<string, { ms: number[]; rss: number[] }>();
  const record = (scenario: string, entry: string, result: { ms: number; rssMiB?: number }) => {
    const key = `${scenario}\u0000${entry}`;
    const sample = samples.get(key) ?? { ms: [], rss: [] };
    sample.ms.push(result.ms);
    if (result.rssMiB !== undefined) sample.rss.push(result.rssMiB);
    samples.set(key, sample);
  };
  for (let run = 0; run < RUNS; run += 1) {
    for (const [name, entry] of Object.entries(entries)) {
      record("PostgreSQL, existing database", name, await timeStart(postgresEnv, entry, true));
      record("PGlite, existing data directory", name, await timeStart(existingPglite, entry));
      const fresh = { DATA_DIR: path.join(workDir, `fresh-${name.replace(/\W/g, "")}-${run}`) };
      record("PGlite, empty data directory", name, await timeStart(fresh, entry));
      await rm(fresh.DATA_DIR, { recursive: true, force: true });
    }
  }
  for (const [key, sample] of samples) {
    const [scenario = "", entry = ""] = key.split("\u0000");
    rows.push({ scenario, entry, ms: median(sample.ms), rssMiB: sample.rss.length ? median(sample.rss) : undefined });
  }
} finally {
  await admin.db.execute(sql.raw(`drop database if exists ${databaseName} with (force)`)).catch(() => {});
  await admin.close();
  await rm(workDir, { recursive: true, force: true });
  await build.dispose();
}

console.log(`${RUNS} starts each, medians; spawn -> /health 200; RSS ${IDLE_AFTER_MS} ms after /health`);
console.log(`node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg()[0]?.toFixed(2)}`);
console.log("| scenario | entry | start (s) | idle RSS (MiB) |");
console.log("|---|---|---|---|");
for (const row of rows) {
  console.log(`| ${row.scenario} | ${row.entry} | ${(row.ms / 1000).toFixed(2)} | ${row.rssMiB?.toFixed(0) ?? ""} |`);
}
