// The code runner: a bounded pool of worker threads that run candidate code (code-runner-worker.mjs),
// so no candidate code ever runs on the caller's event loop. Runs beyond the pool wait in a bounded
// queue; past it, run() is refused with CodeRunnerBusyError. Workers stay warm between runs (QuickJS
// loaded, a Python interpreter restored in advance) and are replaced when one has to be killed.
//
// The main thread keeps each run's clock: when the worker says the tests began it arms the interrupt
// (the run's `stop` buffer, read by QuickJS's interrupt handler and by Pyodide) at timeoutMs, and
// terminates the worker KILL_GRACE_MS later if the code did not yield (Python code that swallows
// KeyboardInterrupt). A killed run still reports the tests finished before the kill.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type {
  CodeRunRequest,
  CodeRunResult,
  CodeTestCase,
  RunnableLanguage,
  TestResult,
  TestVerdict,
} from "@interviewer/engine";
import { type CodeRunnerLimits, resolveLimits } from "./limits.ts";
import type { FromWorker, ToWorker, WorkerSettings } from "./worker-protocol.ts";

export interface CodeRunner {
  run(request: CodeRunRequest, signal?: AbortSignal): Promise<CodeRunResult>;
  close(): Promise<void>;
}

/** The pool's own runner: also starts its workers and interpreters ahead of the first run. */
export interface SandboxCodeRunner extends CodeRunner {
  /**
   * Starts every worker of the pool and loads the given runtimes in each (Python's cold start takes
   * seconds; a server calls this at start-up so the first candidate does not wait for it).
   */
  warmUp(languages?: readonly RunnableLanguage[]): Promise<void>;
}

export class CodeRunnerBusyError extends Error {
  constructor(message = "Too many code runs are waiting; try again in a moment.") {
    super(message);
    this.name = "CodeRunnerBusyError";
  }
}

const WORKER_ENTRY = new URL("./code-runner-worker.mjs", import.meta.url);
// Every file the worker loads at run time, each named here: the server build copies the files that
// bundled code names as a URL relative to import.meta.url beside its bundle.
const WORKER_FILES = [
  WORKER_ENTRY,
  new URL("./run-javascript.mjs", import.meta.url),
  new URL("./run-python.mjs", import.meta.url),
  new URL("./python-harness.py", import.meta.url),
  new URL("./test-outcome.mjs", import.meta.url),
  new URL("./compare-results.mjs", import.meta.url),
  new URL("./wasm-memory-caps.mjs", import.meta.url),
];
const LANGUAGES: ReadonlySet<string> = new Set<RunnableLanguage>(["javascript", "typescript", "python"]);
const JS_IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const PY_IDENTIFIER = /^[A-Za-z_]\w*$/;
const MAX_CODE_CHARS = 100_000;
const MAX_TESTS = 100;
/** After the interrupt, how long code may take to stop before its worker is terminated. */
const KILL_GRACE_MS = 1_000;
/** From dispatch to "tests started": covers Python's cold start (seconds) on a busy machine. */
const START_TIMEOUT_MS = 120_000;
/** The worker's thread stack; run-javascript.mjs sizes QuickJS's recursion limit against it. */
const WORKER_STACK_MB = 16;
/** The worker's JavaScript heap (the interpreters' wasm memory is outside it). */
const WORKER_HEAP_MB = 256;

type StopVerdict = Exclude<TestVerdict, "passed" | "failed">;

interface Job {
  request: CodeRunRequest;
  signal: AbortSignal | undefined;
  resolve(result: CodeRunResult): void;
  reject(error: unknown): void;
}

interface ActiveRun {
  id: number;
  job: Job;
  stop: Int32Array;
  tests: TestResult[];
  timers: NodeJS.Timeout[];
  dispatchedAt: number;
  settled: boolean;
  detachAbort(): void;
}

interface Slot {
  worker: Worker;
  current: ActiveRun | null;
  warmUps: Map<number, { resolve(): void; reject(error: Error): void }>;
  /** Why the pool terminated this worker, if it did: the verdict of the test it was running. */
  killVerdict: StopVerdict | null;
  crash: Error | null;
}

export function createCodeRunner(overrides?: Partial<CodeRunnerLimits>): SandboxCodeRunner {
  const limits = resolveLimits(overrides);
  const missing = WORKER_FILES.filter((file) => !existsSync(fileURLToPath(file)));
  if (missing.length > 0) {
    throw new Error(`the code runner's worker files are missing: ${missing.map((file) => file.pathname).join(", ")}`);
  }
  const settings: WorkerSettings = {
    timeoutMs: limits.timeoutMs,
    memoryMb: limits.memoryMb,
    outputBytes: limits.outputBytes,
  };
  const slots: Slot[] = [];
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;

  function post(slot: Slot, message: ToWorker) {
    slot.worker.postMessage(message);
  }

  function startWorker(): Slot {
    const worker = new Worker(WORKER_ENTRY, {
      workerData: settings,
      // Nothing of the server's environment (secrets) exists in the worker, whatever its code reaches.
      env: {},
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, stackSizeMb: WORKER_STACK_MB },
    });
    const slot: Slot = { worker, current: null, warmUps: new Map(), killVerdict: null, crash: null };
    worker.on("message", (message: FromWorker) => onMessage(slot, message));
    worker.on("error", (error) => {
      slot.crash = error;
    });
    worker.on("exit", () => onExit(slot));
    worker.unref();
    slots.push(slot);
    return slot;
  }

  function onMessage(slot: Slot, message: FromWorker) {
    const warmUp = slot.warmUps.get(message.id);
    if (warmUp !== undefined && (message.type === "warmed" || message.type === "failed")) {
      if (message.type === "warmed") warmUp.resolve();
      else warmUp.reject(new Error(message.message));
      slot.warmUps.delete(message.id);
      holdProcess(slot);
      return;
    }
    const active = slot.current;
    if (active === null || active.id !== message.id) return;
    switch (message.type) {
      case "started":
        clearTimers(active);
        active.timers.push(
          timer(() => Atomics.store(active.stop, 0, 2), limits.timeoutMs),
          timer(() => kill(slot, "time-limit"), limits.timeoutMs + KILL_GRACE_MS),
        );
        return;
      case "test":
        active.tests.push(message.result);
        return;
      case "done":
        release(slot);
        settle(active, () => active.job.resolve(message.result));
        return;
      case "failed":
        release(slot);
        settle(active, () => active.job.reject(new Error(message.message)));
        return;
    }
  }

  function onExit(slot: Slot) {
    slots.splice(slots.indexOf(slot), 1);
    const { crash } = slot;
    if (crash !== null && slot.killVerdict === null && Reflect.get(crash, "code") !== "ERR_WORKER_OUT_OF_MEMORY") {
      // Not the candidate's doing (a broken install, a bug here): for the operator, not the candidate.
      process.emitWarning(`a code runner worker crashed: ${crash.message}`, { code: "INTERVIEWER_SANDBOX_CRASH" });
    }
    const crashed = new Error("The code runner's worker stopped.");
    for (const warmUp of slot.warmUps.values()) warmUp.reject(crashed);
    const active = slot.current;
    if (active !== null) {
      clearTimers(active);
      active.detachAbort();
      settle(active, () => {
        if (closed) active.job.reject(new Error("The code runner is closed."));
        else active.job.resolve(killedRunResult(active, slot));
      });
    }
    pump();
  }

  function killedRunResult(active: ActiveRun, slot: Slot): CodeRunResult {
    const { request } = active.job;
    const outOfMemory = slot.crash !== null && Reflect.get(slot.crash, "code") === "ERR_WORKER_OUT_OF_MEMORY";
    const verdict: StopVerdict = slot.killVerdict ?? (outOfMemory ? "memory-limit" : "runtime-error");
    const reason =
      verdict === "time-limit"
        ? `Time limit exceeded: the run may take ${limits.timeoutMs} ms (the code did not stop when interrupted).`
        : verdict === "memory-limit"
          ? "Memory limit exceeded: the sandbox ran out of memory."
          : "The sandbox stopped unexpectedly while running this test.";
    const remaining = request.tests
      .slice(active.tests.length)
      .map((test, index) =>
        stoppedTest(request, test, verdict, index === 0 ? reason : "Not run: the run ended in an earlier test."),
      );
    return summarize(request, [...active.tests, ...remaining], performance.now() - active.dispatchedAt);
  }

  function kill(slot: Slot, verdict: StopVerdict) {
    slot.killVerdict = verdict;
    void slot.worker.terminate();
  }

  /** A worker keeps the process alive only while it works for someone: an idle pool never does. */
  function holdProcess(slot: Slot) {
    if (slot.current !== null || slot.warmUps.size > 0) slot.worker.ref();
    else slot.worker.unref();
  }

  function release(slot: Slot) {
    const active = slot.current;
    if (active !== null) {
      clearTimers(active);
      active.detachAbort();
    }
    slot.current = null;
    holdProcess(slot);
    pump();
  }

  function settle(active: ActiveRun, finish: () => void) {
    if (active.settled) return;
    active.settled = true;
    finish();
  }

  function dispatch(slot: Slot, job: Job) {
    const buffer = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
    const active: ActiveRun = {
      id: nextId++,
      job,
      stop: new Int32Array(buffer),
      tests: [],
      timers: [],
      dispatchedAt: performance.now(),
      settled: false,
      detachAbort: () => {},
    };
    const { signal } = job;
    if (signal !== undefined) {
      // The caller stops waiting now; the code is interrupted and the worker freed once it yields.
      const onAbort = () => {
        Atomics.store(active.stop, 0, 2);
        settle(active, () => job.reject(signal.reason));
      };
      signal.addEventListener("abort", onAbort, { once: true });
      active.detachAbort = () => signal.removeEventListener("abort", onAbort);
    }
    active.timers.push(timer(() => kill(slot, "runtime-error"), START_TIMEOUT_MS));
    slot.current = active;
    holdProcess(slot);
    post(slot, { type: "run", id: active.id, request: plainRequest(job.request), stop: buffer });
  }

  function idleSlot(): Slot | null {
    const idle = slots.find((slot) => slot.current === null && slot.killVerdict === null);
    if (idle !== undefined) return idle;
    return slots.length < limits.poolSize ? startWorker() : null;
  }

  function pump() {
    while (!closed && queue.length > 0) {
      const slot = idleSlot();
      const job = slot === null ? undefined : queue.shift();
      if (slot === null || job === undefined) return;
      dispatch(slot, job);
    }
  }

  return {
    run(request, signal) {
      return new Promise<CodeRunResult>((resolve, reject) => {
        if (closed) throw new Error("The code runner is closed.");
        if (signal?.aborted) throw signal.reason;
        checkRequest(request);
        if (request.code.length > MAX_CODE_CHARS) {
          const error = `The code is longer than ${MAX_CODE_CHARS} characters.`;
          resolve(
            summarize(
              request,
              request.tests.map((test) => stoppedTest(request, test, "compile-error", error)),
              0,
            ),
          );
          return;
        }
        const job: Job = { request, signal, resolve, reject };
        const slot = queue.length === 0 ? idleSlot() : null;
        if (slot !== null) {
          dispatch(slot, job);
          return;
        }
        if (queue.length >= limits.maxQueued) throw new CodeRunnerBusyError();
        queue.push(job);
        signal?.addEventListener(
          "abort",
          () => {
            const index = queue.indexOf(job);
            if (index !== -1) {
              queue.splice(index, 1);
              reject(signal.reason);
            }
          },
          { once: true },
        );
      });
    },

    async warmUp(languages = ["javascript", "python"]) {
      if (closed) throw new Error("The code runner is closed.");
      while (slots.length < limits.poolSize) startWorker();
      await Promise.all(
        slots.map(
          (slot) =>
            new Promise<void>((resolve, reject) => {
              const id = nextId++;
              slot.warmUps.set(id, { resolve, reject });
              holdProcess(slot);
              post(slot, { type: "warm", id, languages: [...languages] });
            }),
        ),
      );
    },

    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error("The code runner is closed."));
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}

function checkRequest(request: CodeRunRequest) {
  if (!LANGUAGES.has(request.language)) throw new TypeError(`not a runnable language: ${request.language}`);
  if (request.kind !== "function" && request.kind !== "class") throw new TypeError(`unknown kind ${request.kind}`);
  const identifier = request.language === "python" ? PY_IDENTIFIER : JS_IDENTIFIER;
  if (!identifier.test(request.entryPoint)) throw new TypeError(`invalid entry point ${request.entryPoint}`);
  if (request.tests.length > MAX_TESTS) throw new TypeError(`at most ${MAX_TESTS} tests per run`);
}

/** A test that did not run to its end, built here for runs whose worker never reported it. */
function stoppedTest(request: CodeRunRequest, test: CodeTestCase, verdict: StopVerdict, error: string): TestResult {
  return {
    name: test.name,
    verdict,
    args: request.reveal ? test.args : null,
    expected: request.reveal ? test.expected : null,
    actual: null,
    output: "",
    error,
    durationMs: 0,
  };
}

/** "passed" when every test passed, otherwise the first failing test's verdict (as the worker does). */
function summarize(request: CodeRunRequest, tests: TestResult[], durationMs: number): CodeRunResult {
  const failing = tests.find((test) => test.verdict !== "passed");
  return {
    language: request.language,
    verdict: failing === undefined ? "passed" : failing.verdict,
    passed: tests.filter((test) => test.verdict === "passed").length,
    total: tests.length,
    tests,
    durationMs: Math.round(durationMs),
  };
}

/** Only the request's own fields cross to the worker (a caller's object may carry more). */
function plainRequest(request: CodeRunRequest): CodeRunRequest {
  return {
    language: request.language,
    code: request.code,
    kind: request.kind,
    entryPoint: request.entryPoint,
    comparison: request.comparison,
    tests: request.tests.map((test) => ({ name: test.name, args: test.args, expected: test.expected })),
    reveal: request.reveal,
  };
}

function timer(callback: () => void, ms: number): NodeJS.Timeout {
  const handle = setTimeout(callback, ms);
  handle.unref();
  return handle;
}

function clearTimers(active: ActiveRun) {
  for (const handle of active.timers) clearTimeout(handle);
  active.timers = [];
}
