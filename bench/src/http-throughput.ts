// HTTP-level numbers, measured side by side in one run on loopback with autocannon:
//  - tRPC overhead: the same small object from a bare Fastify route, from the stack's floor (a minimal
//    tRPC server on tRPC's official fastify adapter), and from our server: a trivial query through the
//    official adapter and through the fast path, and a plain route; as ratios to the bare route;
//  - throughput and p50/p99 of the main read procedures at CONNECTIONS concurrent connections;
//  - server cold start (spawn -> listening) on PGlite and on PostgreSQL.
// Each measurement runs ROUNDS times; the table reports the median round.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { openDatabase } from "@interviewer/db";
import { createVerifiedAccount } from "@interviewer/testing/accounts";
import { startMainProcess } from "@interviewer/testing/server-process";
import { startTestServer } from "@interviewer/testing/test-server";
import autocannon from "autocannon";
import { sql } from "drizzle-orm";
import { median } from "./statistics.ts";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

interface Result {
  rps: number;
  p50: number;
  p99: number;
  /** Requests answered in the window. */
  total: number;
}

interface OverheadResult extends Result {
  /** Server CPU time (user + system) per request in the window. */
  cpuMicrosPerRequest: number;
}

async function load(url: string, headers: Record<string, string> = {}): Promise<Result> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
  };
}

function summarize(rounds: Result[]): Result {
  return {
    rps: median(rounds.map((r) => r.rps)),
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    total: median(rounds.map((r) => r.total)),
  };
}

/**
 * Requests per second on each of the servers of http-throughput-servers.ts (its own process), the
 * targets taking turns within each round so drift on a shared machine hits them all alike.
 */
async function trpcOverhead() {
  const child = spawn(
    process.execPath,
    [...process.execArgv, fileURLToPath(new URL("./http-throughput-servers.ts", import.meta.url))],
    { stdio: ["pipe", "pipe", "inherit"] },
  );
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const nextLine = async (): Promise<string> => {
    const { value, done } = await lines.next();
    if (done || typeof value !== "string") throw new Error("the bench servers stopped answering");
    return value;
  };
  const serverCpuMicros = async (): Promise<number> => {
    child.stdin.write("cpu\n");
    return Number(await nextLine());
  };
  try {
    const urls: Record<string, string> = JSON.parse(await nextLine());
    // Warm-up: the first seconds of each server are JIT compilation, not its steady state.
    for (const url of Object.values(urls))
      await autocannon({ url, connections: CONNECTIONS, duration: WARMUP_SECONDS });
    const rounds: Record<string, OverheadResult[]> = Object.fromEntries(Object.keys(urls).map((name) => [name, []]));
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const [name, url] of Object.entries(urls)) {
        const cpuBefore = await serverCpuMicros();
        const result = await load(url);
        const cpuMicros = (await serverCpuMicros()) - cpuBefore;
        rounds[name]?.push({ ...result, cpuMicrosPerRequest: cpuMicros / result.total });
      }
    }
    return Object.fromEntries(
      Object.entries(rounds).map(([name, results]) => [
        name,
        { ...summarize(results), cpuMicrosPerRequest: median(results.map((r) => r.cpuMicrosPerRequest)) },
      ]),
    );
  } finally {
    child.kill("SIGTERM");
  }
}

async function readProcedures() {
  const ts = await startTestServer({ env: { FREE_CREDITS_ON_SIGNUP: "1" } });
  try {
    const account = await createVerifiedAccount(ts);
    let view = await account.client.interview.create.mutate({ topics: ["databases", "coding"], questionsPerTopic: 2 });
    while (view.status === "active" && view.currentQuestion) {
      view = (
        await account.client.interview.answer.mutate({
          interviewId: view.id,
          turnId: view.currentQuestion.turnId,
          answer: "Index, EXPLAIN, cache, replicate; O(n log n).",
        })
      ).interview;
    }
    const headers = { authorization: `Bearer ${account.accessToken}` };
    const input = encodeURIComponent(JSON.stringify({ json: { interviewId: view.id } }));
    const procedures: Record<string, string> = {
      "account.me": `${ts.url}/trpc/account.me`,
      "interview.get": `${ts.url}/trpc/interview.get?input=${input}`,
      "interview.transcript": `${ts.url}/trpc/interview.transcript?input=${input}`,
      "dashboard.summary": `${ts.url}/trpc/dashboard.summary`,
    };
    const results: Record<string, Result> = {};
    for (const [name, url] of Object.entries(procedures)) {
      const rounds: Result[] = [];
      for (let round = 0; round < ROUNDS; round += 1) rounds.push(await load(url, headers));
      results[name] = summarize(rounds);
    }
    return results;
  } finally {
    await ts.stop();
  }
}

async function coldStart() {
  const admin = await openDatabase({ engine: "postgres", url: POSTGRES_URL, poolSize: 1 });
  const times: Record<string, number[]> = { "PGlite (fresh data dir)": [], "PostgreSQL (fresh database)": [] };
  try {
    for (let round = 0; round < ROUNDS; round += 1) {
      const dataDir = `/tmp/interviewer-cold-${process.pid}-${round}`;
      let started = performance.now();
      const embedded = await startMainProcess({ DATA_DIR: dataDir });
      times["PGlite (fresh data dir)"]?.push(performance.now() - started);
      await embedded.stop("SIGTERM");

      const name = `interviewer_cold_${process.pid}_${round}`;
      await admin.db.execute(sql.raw(`create database ${name}`));
      const url = new URL(POSTGRES_URL);
      url.pathname = `/${name}`;
      started = performance.now();
      const onPostgres = await startMainProcess({ DATA_DIR: dataDir, DATABASE_URL: url.toString() });
      times["PostgreSQL (fresh database)"]?.push(performance.now() - started);
      await onPostgres.stop("SIGTERM");
      await admin.db.execute(sql.raw(`drop database ${name} with (force)`));
    }
  } finally {
    await admin.close();
  }
  return Object.fromEntries(Object.entries(times).map(([name, values]) => [name, median(values)]));
}

/** Which parts to run: BENCH_SECTIONS=overhead,reads,cold (all by default). */
const SECTIONS = new Set((process.env.BENCH_SECTIONS ?? "overhead,reads,cold").split(","));

const OVERHEAD_LABELS: Record<string, string> = {
  bare: "bare Fastify route",
  floor: "floor: minimal tRPC server, official fastify adapter",
  oursOfficial: "ours: trivial tRPC query, official adapter",
  oursFast: "ours: trivial tRPC query, fast path",
  oursPlain: "ours: plain route",
  oursFastLogged: "ours: trivial tRPC query, fast path, info logs to /dev/null",
  oursPlainLogged: "ours: plain route, info logs to /dev/null",
};

console.log(`rounds: ${ROUNDS}, ${CONNECTIONS} connections, ${SECONDS} s each; medians of the rounds`);
if (SECTIONS.has("overhead")) {
  const overhead = await trpcOverhead();
  const bare = overhead.bare;
  // "/ bare (CPU)": bare's server CPU per request over this one's, i.e. the share of bare's
  // throughput it would reach on a dedicated core.
  console.log(
    "| server (same small object) | req/s | / bare (req/s) | server CPU µs/req | / bare (CPU) | p50 ms | p99 ms |",
  );
  console.log("|---|---|---|---|---|---|---|");
  for (const [name, result] of Object.entries(overhead)) {
    const rpsRatio = result.rps / (bare?.rps ?? Number.NaN);
    const cpuRatio = (bare?.cpuMicrosPerRequest ?? Number.NaN) / result.cpuMicrosPerRequest;
    console.log(
      `| ${OVERHEAD_LABELS[name] ?? name} | ${result.rps.toFixed(0)} | ${rpsRatio.toFixed(2)} | ${result.cpuMicrosPerRequest.toFixed(0)} | ${cpuRatio.toFixed(2)} | ${result.p50} | ${result.p99} |`,
    );
  }
}
if (SECTIONS.has("reads")) {
  const reads = await readProcedures();
  console.log("\n| procedure | req/s | p50 ms | p99 ms |");
  console.log("|---|---|---|---|");
  for (const [name, result] of Object.entries(reads)) {
    console.log(`| ${name} | ${result.rps.toFixed(0)} | ${result.p50} | ${result.p99} |`);
  }
}
if (SECTIONS.has("cold")) {
  const cold = await coldStart();
  console.log("\n| cold start (spawn -> listening, migrations included) | ms |");
  console.log("|---|---|");
  for (const [name, ms] of Object.entries(cold)) console.log(`| ${name} | ${ms.toFixed(0)} |`);
}
