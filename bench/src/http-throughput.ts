// HTTP-level numbers, measured side by side in one run on loopback with autocannon:
//  - tRPC procedure overhead: a tRPC query vs a plain Fastify route returning the same data (ratio);
//  - throughput and p50/p99 of the main read procedures at CONNECTIONS concurrent connections;
//  - server cold start (spawn -> listening) on PGlite and on PostgreSQL.
// Each measurement runs ROUNDS times; the table reports the median round.
import { publicProcedure, router } from "@interviewer/api";
import { migrateDatabase, openDatabase } from "@interviewer/db";
import { createServer } from "@interviewer/server";
import { loadConfig } from "@interviewer/server/config";
import { createVerifiedAccount } from "@interviewer/server/testing/accounts";
import { startMainProcess } from "@interviewer/server/testing/server-process";
import { startTestServer } from "@interviewer/server/testing/test-server";
import autocannon from "autocannon";
import { sql } from "drizzle-orm";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

interface Result {
  rps: number;
  p50: number;
  p99: number;
}

async function load(url: string, headers: Record<string, string> = {}): Promise<Result> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

function summarize(rounds: Result[]): Result {
  return {
    rps: median(rounds.map((r) => r.rps)),
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
  };
}

const payload = { name: "interviewer", version: "0.1.0", topics: ["coding", "databases", "system-design"] };
const benchRouter = router({ info: publicProcedure.query(() => payload) });

async function trpcOverhead() {
  const database = await openDatabase({ engine: "pglite" });
  await migrateDatabase(database);
  const config = loadConfig({
    NODE_ENV: "test",
    HOST: "127.0.0.1",
    PORT: "0",
    LOG_LEVEL: "silent",
    DATA_DIR: "/tmp/interviewer-bench",
  });
  const server = await createServer({
    config,
    database,
    authSecret: "bench-secret-that-is-long-enough-for-hs256",
    router: benchRouter,
  });
  // The same data from a plain Fastify route beside /trpc (routes must be added before listening).
  server.app.get("/bench/plain", async () => payload);
  const url = await server.start();
  try {
    const trpc: Result[] = [];
    const fastify: Result[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      trpc.push(await load(`${url}/trpc/info`));
      fastify.push(await load(`${url}/bench/plain`));
    }
    return { trpc: summarize(trpc), fastify: summarize(fastify) };
  } finally {
    await server.stop();
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

const overhead = await trpcOverhead();
const reads = await readProcedures();
const cold = await coldStart();

console.log(`rounds: ${ROUNDS}, ${CONNECTIONS} connections, ${SECONDS} s each; medians of the rounds`);
console.log("| measurement | req/s | p50 ms | p99 ms |");
console.log("|---|---|---|---|");
console.log(
  `| tRPC query returning a small object | ${overhead.trpc.rps.toFixed(0)} | ${overhead.trpc.p50} | ${overhead.trpc.p99} |`,
);
console.log(
  `| plain Fastify route returning the same object | ${overhead.fastify.rps.toFixed(0)} | ${overhead.fastify.p50} | ${overhead.fastify.p99} |`,
);
console.log(`| ratio tRPC / plain (req/s) | ${(overhead.trpc.rps / overhead.fastify.rps).toFixed(2)} | | |`);
for (const [name, result] of Object.entries(reads)) {
  console.log(`| ${name} | ${result.rps.toFixed(0)} | ${result.p50} | ${result.p99} |`);
}
console.log("\n| cold start (spawn -> listening, migrations included) | ms |");
console.log("|---|---|");
for (const [name, ms] of Object.entries(cold)) console.log(`| ${name} | ${ms.toFixed(0)} |`);
