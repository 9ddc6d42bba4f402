// The API's latency while candidate code runs (issue 14: "the API's p99 under load unchanged while
// runs execute"). One run starts the real server (src/main.ts in its own process, as `npm start` runs
// it; PGlite, or PostgreSQL with TEST_DB_ENGINE=postgres), signs up CODE_LOAD_USERS candidates with a
// coding interview each, and loads a cheap authenticated procedure (account.me) with autocannon in
// phases that take turns within each round, so drift on a shared machine falls on all of them:
//  - "idle":    no code running;
//  - "typical": every candidate calls interview.runCode again as soon as its run answers, with the
//               question's reference solution against the visible examples (per language);
//  - "runaway": the same with code that never returns: an infinite loop (time limit) for half the
//               candidates, a memory bomb (memory limit) for the other half.
// Runs go through the real procedure over HTTP. Reported per phase: the medians over the rounds of
// req/s and p50/p90/p99, p99 over the idle phase's, the runs answered per second, and where the
// CPU went: the server's event loop, its other threads (sandbox workers, GC, libuv), this process.
//
//   pnpm --filter @interviewer/bench code-load
//   BENCH_ROUNDS=5 BENCH_SECONDS=5 BENCH_CONNECTIONS=10 CODE_LOAD_USERS=8 CODE_LOAD_LANGUAGES=javascript,python
//   BENCH_RATE=500 (autocannon sends at most this many req/s in total; unset: as fast as answered)
//   CODE_RUN_POOL_SIZE, CODE_RUN_TIMEOUT_MS, CODE_RUN_MEMORY_MB… are passed to the server when set.
//   CODE_LOAD_NICE=10: an experiment (code-load/nice-threads.ts): before each window, the server's
//   threads other than its event loop get this nice value, as if the sandbox ran at a lower priority.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "@interviewer/db";
import { type RunnableLanguage, ZRunnableLanguageSchema } from "@interviewer/engine";
import { DEFAULT_CODE_RUNNER_LIMITS } from "@interviewer/sandbox";
import { startMainProcess } from "@interviewer/testing/server-process";
import autocannon from "autocannon";
import { sql } from "drizzle-orm";
import { type CandidateSession, openCandidateSession } from "./code-load/candidate-sessions.ts";
import { type CodeLoadKind, type CodeLoadTally, startCodeRunLoad } from "./code-load/code-run-load.ts";
import { formatRatio, type LoadWindow, medianWindow } from "./code-load/latency-summary.ts";
import { niceNonMainThreads } from "./code-load/nice-threads.ts";
import { cpuSecondsBetween, readThreadCpu, type ThreadCpu } from "./code-load/server-cpu.ts";
import { percentile } from "./statistics.ts";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const RATE = process.env.BENCH_RATE ? Number(process.env.BENCH_RATE) : undefined;
const USERS = Number(process.env.CODE_LOAD_USERS ?? 8);
const LANGUAGES: RunnableLanguage[] = (process.env.CODE_LOAD_LANGUAGES ?? "javascript,python")
  .split(",")
  .map((name) => ZRunnableLanguageSchema.parse(name.trim()));
const NICE = process.env.CODE_LOAD_NICE ? Number(process.env.CODE_LOAD_NICE) : undefined;
const ON_POSTGRES = process.env.TEST_DB_ENGINE === "postgres";
const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
/** The server's code-runner settings this bench passes on when set (README: Configuration). */
const PASSED_ON = ["CODE_RUN_TIMEOUT_MS", "CODE_RUN_MEMORY_MB", "CODE_RUN_POOL_SIZE", "CODE_RUN_MAX_QUEUED"] as const;

interface Phase {
  name: string;
  code: { language: RunnableLanguage; kind: CodeLoadKind } | null;
}

interface PhaseRound {
  window: LoadWindow;
  /** Requests that failed or timed out in the window. */
  failed: number;
  /** interview.runCode calls answered per second during the window. */
  runsPerSecond: number;
  tally: CodeLoadTally | null;
  /** CPU seconds per second of window: the server's, by thread group, and this process's ("bench"). */
  cpu: Map<string, number>;
}

const poolSize = Number(process.env.CODE_RUN_POOL_SIZE || DEFAULT_CODE_RUNNER_LIMITS.poolSize);

const IDLE: Phase = { name: "idle: no code running", code: null };
const PHASES: Phase[] = [
  IDLE,
  ...LANGUAGES.flatMap((language): Phase[] => [
    { name: `typical ${language}: reference solution`, code: { language, kind: "typical" } },
    { name: `runaway ${language}: loop / memory bomb`, code: { language, kind: "runaway" } },
  ]),
];

/** Where a CPU second of the server went (see server-cpu.ts for why workers are not told apart). */
function threadGroup(thread: { isEventLoop: boolean }): string {
  return thread.isEventLoop ? "event loop" : "other threads";
}

async function startServer() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "interviewer-code-load-"));
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    // Candidates reach the server through one load balancer; each call names its own address.
    TRUST_PROXY: "1",
    FREE_CREDITS_ON_SIGNUP: "1",
    // A few accounts run code for minutes on end: the per-account window (30 runs per 10 minutes)
    // would stop the load in seconds. The per-account "one run at a time" still applies.
    CODE_RUNS_PER_USER: "1000000",
  };
  for (const name of PASSED_ON) {
    const value = process.env[name];
    if (value) env[name] = value;
  }
  let dropDatabase = async () => {};
  if (ON_POSTGRES) {
    const admin = await openDatabase({ engine: "postgres", url: POSTGRES_URL, poolSize: 1 });
    const name = `interviewer_code_load_${process.pid}`;
    await admin.db.execute(sql.raw(`create database ${name}`));
    const url = new URL(POSTGRES_URL);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    dropDatabase = async () => {
      await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
      await admin.close();
    };
  }
  const server = await startMainProcess(env);
  // One log line per request at info level, as in production; startMainProcess keeps every line in
  // memory, which a load of minutes would fill, so only the tail is kept (for a failure's message).
  let tail = "";
  server.child.stdout?.removeAllListeners("data");
  server.child.stdout?.on("data", (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-8_000);
  });
  return {
    url: server.url,
    pid: server.child.pid ?? 0,
    tail: () => tail,
    async stop() {
      await server.stop("SIGTERM");
      await dropDatabase();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function loadWindow(url: string, accessToken: string, seconds: number) {
  const result = await autocannon({
    url: `${url}/trpc/account.me`,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { authorization: `Bearer ${accessToken}` },
    ...(RATE === undefined ? {} : { overallRate: RATE }),
  });
  const window: LoadWindow = {
    rps: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    total: result.requests.total,
  };
  return { window, failed: result.non2xx + result.errors + result.timeouts };
}

async function measurePhase(
  phase: Phase,
  server: { url: string; pid: number },
  sessions: readonly CandidateSession[],
  reader: CandidateSession,
): Promise<PhaseRound> {
  const load = phase.code ? startCodeRunLoad(sessions, phase.code.language, phase.code.kind) : null;
  try {
    // Steady state first: every candidate's first run answered (typical), or the pool's first
    // runaway runs ended (their limits reached), so the window sees the load, not its start.
    if (load && phase.code) await load.answered(phase.code.kind === "typical" ? sessions.length : poolSize);
    if (NICE !== undefined) await niceNonMainThreads(server.pid, NICE);
    const runsBefore = load?.answeredCount() ?? 0;
    const cpuBefore: ThreadCpu = await readThreadCpu(server.pid);
    const benchCpuBefore = process.cpuUsage();
    const started = performance.now();
    const { window, failed } = await loadWindow(server.url, reader.accessToken, SECONDS);
    const elapsedSeconds = (performance.now() - started) / 1000;
    const benchCpu = process.cpuUsage(benchCpuBefore);
    const cpuAfter = await readThreadCpu(server.pid);
    const runsPerSecond = ((load?.answeredCount() ?? 0) - runsBefore) / elapsedSeconds;
    const cpu = cpuSecondsBetween(cpuBefore, cpuAfter, threadGroup);
    cpu.set("bench", (benchCpu.user + benchCpu.system) / 1e6);
    for (const [group, seconds] of cpu) cpu.set(group, seconds / elapsedSeconds);
    const tally = load ? await load.stop() : null;
    return { window, failed, runsPerSecond, tally, cpu };
  } finally {
    await load?.stop();
  }
}

function describeCounts(counts: Map<string, number>): string {
  return [...counts.entries()].map(([key, value]) => `${key} ${value}`).join(", ");
}

function summarizePhase(phase: Phase, rounds: readonly PhaseRound[], idleP99: number): string[] {
  const window = medianWindow(rounds.map((round) => round.window));
  const runMs = rounds.flatMap((round) => round.tally?.runMs ?? []);
  const verdicts = new Map<string, number>();
  for (const round of rounds) {
    for (const counts of [round.tally?.verdicts, round.tally?.refusals]) {
      for (const [key, value] of counts ?? []) verdicts.set(key, (verdicts.get(key) ?? 0) + value);
    }
  }
  const cpuOf = (group: string) =>
    percentile(
      rounds.map((round) => round.cpu.get(group) ?? 0),
      50,
    ).toFixed(2);
  const hasCpu = rounds.some((round) => round.cpu.has("event loop"));
  return [
    phase.name,
    window.rps.toFixed(0),
    String(window.p50),
    String(window.p90),
    String(window.p99),
    formatRatio(window.p99, idleP99),
    String(rounds.reduce((sum, round) => sum + round.failed, 0)),
    phase.code
      ? percentile(
          rounds.map((round) => round.runsPerSecond),
          50,
        ).toFixed(1)
      : "-",
    runMs.length > 0 ? `${percentile(runMs, 50).toFixed(0)} / ${percentile(runMs, 99).toFixed(0)}` : "-",
    phase.code ? describeCounts(verdicts) : "-",
    `${hasCpu ? `${cpuOf("event loop")} / ${cpuOf("other threads")}` : "- / -"} / ${cpuOf("bench")}`,
  ];
}

function printTable(header: string[], rows: string[][]) {
  console.log(`| ${header.join(" | ")} |`);
  console.log(`|${header.map(() => "---").join("|")}|`);
  for (const row of rows) console.log(`| ${row.join(" | ")} |`);
}

const server = await startServer();
try {
  const sessions = await Promise.all(
    Array.from({ length: USERS }, (_, index) => openCandidateSession(server.url, index, LANGUAGES)),
  );
  const reader = sessions[0];
  if (!reader) throw new Error("CODE_LOAD_USERS must be at least 1");

  // Warm-up, not measured: JIT and database connections under autocannon, then each runtime's first runs.
  await loadWindow(server.url, reader.accessToken, WARMUP_SECONDS);
  for (const language of LANGUAGES) {
    const warmUp = startCodeRunLoad(sessions, language, "typical");
    await warmUp.answered(sessions.length);
    await warmUp.stop();
  }

  const rounds = new Map<Phase, PhaseRound[]>(PHASES.map((phase) => [phase, []]));
  for (let round = 1; round <= ROUNDS; round += 1) {
    for (const phase of PHASES) {
      const result = await measurePhase(phase, server, sessions, reader);
      rounds.get(phase)?.push(result);
      console.error(
        `round ${round}/${ROUNDS} ${phase.name}: ${result.window.rps.toFixed(0)} req/s, p99 ${result.window.p99} ms, ${result.runsPerSecond.toFixed(1)} runs/s`,
      );
    }
  }

  const questions = new Set(sessions.map((session) => session.spec.questionId));
  console.log(
    `Node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg()[0]?.toFixed(2)} at the end; ` +
      `${ON_POSTGRES ? "PostgreSQL" : "PGlite"}; ${ROUNDS} rounds of ${SECONDS} s per phase, medians of the rounds`,
  );
  console.log(
    `account.me at ${CONNECTIONS} connections${RATE === undefined ? " (as fast as answered)" : `, at most ${RATE} req/s`}; ` +
      `${USERS} candidates running code, one run at a time each; questions: ${[...questions].join(", ")}` +
      (NICE === undefined ? "" : `; experiment: the server's threads but its event loop at nice ${NICE}`),
  );
  const limit = (name: (typeof PASSED_ON)[number], fallback: number) => process.env[name] || String(fallback);
  console.log(
    `code runner: pool ${poolSize} workers, queue ${limit("CODE_RUN_MAX_QUEUED", DEFAULT_CODE_RUNNER_LIMITS.maxQueued)}, ` +
      `time limit ${limit("CODE_RUN_TIMEOUT_MS", DEFAULT_CODE_RUNNER_LIMITS.timeoutMs)} ms, ` +
      `memory limit ${limit("CODE_RUN_MEMORY_MB", DEFAULT_CODE_RUNNER_LIMITS.memoryMb)} MB\n`,
  );
  const idleP99 = medianWindow((rounds.get(IDLE) ?? []).map((round) => round.window)).p99;
  printTable(
    [
      "phase",
      "req/s",
      "p50 ms",
      "p90 ms",
      "p99 ms",
      "p99 / idle p99",
      "failed",
      "runs/s",
      "run p50 / p99 ms",
      "run verdicts (all rounds)",
      "CPU, cores: server event loop / server other threads / bench",
    ],
    PHASES.map((phase) => summarizePhase(phase, rounds.get(phase) ?? [], idleP99)),
  );
} catch (error) {
  console.error(`server log tail:\n${server.tail()}`);
  throw error;
} finally {
  await server.stop();
}
