// The port through which the interview procedures run candidate code. The server implements it with
// @interviewer/sandbox (a bounded pool of worker threads, each running QuickJS or Pyodide inside
// WebAssembly); the API only knows this shape, so it never loads a runtime and tests can pass a fake.
import type { CodeRunRequest, CodeRunResult } from "@interviewer/engine";

export interface CodeRunner {
  /**
   * Runs the code against the request's tests. Limits (time, memory, output) end in a verdict, not an
   * error. Rejects with DomainError RUNNER_BUSY when every worker is taken and the queue is full, and
   * with the signal's reason when the caller gave up (the worker is freed).
   */
  run(request: CodeRunRequest, signal?: AbortSignal): Promise<CodeRunResult>;
}
