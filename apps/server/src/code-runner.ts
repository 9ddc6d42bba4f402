// The API's CodeRunner port, implemented with @interviewer/sandbox: a bounded pool of worker threads
// that run candidate code in WebAssembly (QuickJS for JavaScript and TypeScript, Pyodide for Python).
// The pool's "queue full" becomes the API's RUNNER_BUSY, so clients get a reason they can act on.
import { type ApiDependencies, DomainError } from "@interviewer/api";
import { CodeRunnerBusyError, type CodeRunnerLimits, createCodeRunner } from "@interviewer/sandbox";

export interface ServerCodeRunner {
  runner: ApiDependencies["codeRunner"];
  /** Starts the pool's workers and loads each runtime, so the first candidate does not wait for Python. */
  warmUp(): Promise<void>;
  close(): Promise<void>;
}

/** Seconds a client is asked to wait when every runner is busy: about one run's time. */
const BUSY_RETRY_AFTER_SECONDS = 5;

const LIMIT_NAMES = ["timeoutMs", "memoryMb", "outputBytes", "poolSize", "maxQueued"] as const;

/** `limits`: the configured values; an undefined one takes the sandbox's documented default. */
export function createServerCodeRunner(limits: Record<keyof CodeRunnerLimits, number | undefined>): ServerCodeRunner {
  const configured: Partial<CodeRunnerLimits> = {};
  for (const name of LIMIT_NAMES) {
    const value = limits[name];
    if (value !== undefined) configured[name] = value;
  }
  const sandbox = createCodeRunner(configured);
  return {
    runner: {
      async run(request, signal) {
        try {
          return await sandbox.run(request, signal);
        } catch (error) {
          if (error instanceof CodeRunnerBusyError) {
            throw new DomainError(
              "SERVICE_UNAVAILABLE",
              "RUNNER_BUSY",
              "Every code runner is busy right now. Try again in a few seconds; your code is kept.",
              { retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS },
            );
          }
          throw error;
        }
      },
    },
    warmUp: () => sandbox.warmUp(),
    close: () => sandbox.close(),
  };
}
