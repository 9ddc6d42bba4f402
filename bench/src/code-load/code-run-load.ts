// The code load of api-under-code-load.ts: every candidate calls interview.runCode on its open
// question again as soon as the previous run answers (one run at a time per user, as the API allows),
// through the real procedure over HTTP. "typical" sends the question's reference solution (what a
// candidate's working code costs); "runaway" sends code that never returns, every other candidate an
// infinite loop (time limit) or a memory bomb (memory limit).
import type { ExecutableSpec, RunnableLanguage } from "@interviewer/engine";
import { TRPCClientError } from "@trpc/client";
import type { CandidateSession } from "./candidate-sessions.ts";

export type CodeLoadKind = "typical" | "runaway";

export interface CodeLoadTally {
  /** Runs answered with a result, by verdict ("passed", "time-limit", "memory-limit"…). */
  verdicts: Map<string, number>;
  /** Calls refused or failed, by the API's reason (RUNNER_BUSY, RUN_LIMIT…) or the error's name. */
  refusals: Map<string, number>;
  /** Each answered run's time as the candidate saw it (queue wait and HTTP included), ms. */
  runMs: number[];
}

export interface CodeRunLoad {
  /** Resolves once `count` runs have answered since the load started. */
  answered(count: number): Promise<void>;
  /** Runs answered so far. */
  answeredCount(): number;
  /** Stops sending, waits for the runs in flight to answer, and returns what happened. */
  stop(): Promise<CodeLoadTally>;
}

/** Seconds to wait after a refusal that names none, before the candidate clicks "Run" again. */
const DEFAULT_RETRY_SECONDS = 1;

/** Code that never returns in the shape the question calls (a function or a class). */
function runawayCode(spec: ExecutableSpec, language: RunnableLanguage, memoryBomb: boolean): string {
  const name = spec.entryPoint[language] ?? "solve";
  if (language === "python") {
    const lines = memoryBomb
      ? ["chunks = []", "while True:", "    chunks.append([0] * (3 * 10**6))"]
      : ["while True:", "    pass"];
    const body = (depth: number) => lines.map((line) => `${" ".repeat(depth)}${line}\n`).join("");
    return spec.kind === "function"
      ? `def ${name}(*args):\n${body(4)}`
      : `class ${name}:\n    def __init__(self, *args):\n${body(8)}`;
  }
  const body = memoryBomb ? "const chunks = []; for (;;) chunks.push(new ArrayBuffer(24 << 20));" : "for (;;) {}";
  return spec.kind === "function" ? `function ${name}() { ${body} }` : `class ${name} { constructor() { ${body} } }`;
}

export function codeFor(session: CandidateSession, language: RunnableLanguage, kind: CodeLoadKind, index: number) {
  if (kind === "runaway") return runawayCode(session.spec, language, index % 2 === 1);
  const solution = session.spec.referenceSolutions[language];
  if (solution === undefined) throw new Error(`${session.spec.questionId} has no ${language} solution`);
  return solution;
}

function count(map: Map<string, number>, key: string) {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function refusalOf(error: unknown): { reason: string; retryAfterSeconds: number } {
  if (error instanceof TRPCClientError) {
    const data: unknown = error.data;
    const reason = typeof data === "object" && data !== null ? Reflect.get(data, "reason") : undefined;
    const details = typeof data === "object" && data !== null ? Reflect.get(data, "details") : undefined;
    const retry =
      typeof details === "object" && details !== null ? Reflect.get(details, "retryAfterSeconds") : undefined;
    return {
      reason: typeof reason === "string" ? reason : error.message,
      retryAfterSeconds: typeof retry === "number" ? retry : DEFAULT_RETRY_SECONDS,
    };
  }
  return { reason: error instanceof Error ? error.name : String(error), retryAfterSeconds: DEFAULT_RETRY_SECONDS };
}

export function startCodeRunLoad(
  sessions: readonly CandidateSession[],
  language: RunnableLanguage,
  kind: CodeLoadKind,
): CodeRunLoad {
  const tally: CodeLoadTally = { verdicts: new Map(), refusals: new Map(), runMs: [] };
  const waiters: Array<{ count: number; resolve(): void }> = [];
  let stopping = false;

  const onAnswered = () => {
    for (const waiter of waiters.filter((w) => tally.runMs.length >= w.count)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  };

  const loops = sessions.map(async (session, index) => {
    const code = codeFor(session, language, kind, index);
    while (!stopping) {
      const started = performance.now();
      try {
        const result = await session.client.interview.runCode.mutate({
          interviewId: session.interviewId,
          turnId: session.turnId,
          language,
          code,
        });
        tally.runMs.push(performance.now() - started);
        count(tally.verdicts, result.verdict);
        onAnswered();
      } catch (error) {
        const refusal = refusalOf(error);
        count(tally.refusals, refusal.reason);
        // As a candidate would: wait as asked before clicking "Run" again, rather than hammer the API.
        if (!stopping) await new Promise((resolve) => setTimeout(resolve, refusal.retryAfterSeconds * 1000));
      }
    }
  });

  return {
    answered(runs) {
      if (tally.runMs.length >= runs) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ count: runs, resolve }));
    },
    answeredCount: () => tally.runMs.length,
    async stop() {
      stopping = true;
      await Promise.all(loops);
      for (const waiter of waiters.splice(0)) waiter.resolve();
      return tally;
    },
  };
}
