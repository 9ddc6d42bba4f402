// The messages between the code runner (main thread) and its sandbox workers. Types only: the worker
// side is plain JavaScript (it must load without a TypeScript loader) and names these in JSDoc.
import type { CodeRunRequest, CodeRunResult, RunnableLanguage, TestResult } from "@interviewer/engine";

/** What every worker knows from its start (workerData). */
export interface WorkerSettings {
  timeoutMs: number;
  memoryMb: number;
  outputBytes: number;
}

export type ToWorker =
  /**
   * `stop` is a one-int SharedArrayBuffer the main thread sets to 2 (SIGINT) to end the run now: at
   * the deadline, or when the caller aborts. A fresh one per run, so a late store never hits the next.
   */
  | { type: "run"; id: number; request: CodeRunRequest; stop: SharedArrayBuffer }
  | { type: "warm"; id: number; languages: RunnableLanguage[] };

export type FromWorker =
  /** The interpreter is ready and the tests begin: the main thread starts the run's clock. */
  | { type: "started"; id: number }
  /** One test finished; kept by the main thread so a run whose worker is killed still reports them. */
  | { type: "test"; id: number; result: TestResult }
  | { type: "done"; id: number; result: CodeRunResult }
  | { type: "warmed"; id: number }
  /** The sandbox itself failed (not the candidate's code). The message holds no host paths. */
  | { type: "failed"; id: number; message: string };
