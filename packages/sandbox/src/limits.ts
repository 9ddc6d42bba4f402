import { availableParallelism } from "node:os";

// The code runner's limits and their documented defaults. Every limit is per runner (one per server
// process); per-user limits (runs per question, concurrent runs per user) belong to the api.

export interface CodeRunnerLimits {
  /**
   * Time for one run, all its tests together, counted from the moment its interpreter is ready (the
   * wait in the queue and Python's interpreter restore are not counted). Past it the running test
   * ends with "time-limit" and the tests after it are not run. Default 3000 ms.
   */
  timeoutMs: number;
  /**
   * Memory a run's code may allocate: QuickJS's heap for each test; for Python, growth of the
   * interpreter's wasm heap during the run (the interpreter itself, ~30 MB, is not counted).
   * Past it: "memory-limit". Default 64 MB.
   */
  memoryMb: number;
  /** What one test may print (UTF-8 bytes); past it the test ends with "output-limit". Default 16 KiB. */
  outputBytes: number;
  /**
   * Worker threads, so at most this many runs execute at once. Default: one core fewer than the
   * machine has, between 1 and 4, so runs never take every core from the API.
   */
  poolSize: number;
  /** Runs waiting for a worker; one more is refused with CodeRunnerBusyError. Default 20. */
  maxQueued: number;
}

export const DEFAULT_CODE_RUNNER_LIMITS: Readonly<CodeRunnerLimits> = Object.freeze({
  timeoutMs: 3_000,
  memoryMb: 64,
  outputBytes: 16_384,
  poolSize: defaultPoolSize(availableParallelism()),
  maxQueued: 20,
});

const LIMIT_KEYS: ReadonlyArray<keyof CodeRunnerLimits> = [
  "timeoutMs",
  "memoryMb",
  "outputBytes",
  "poolSize",
  "maxQueued",
];
const minimum: Readonly<CodeRunnerLimits> = { timeoutMs: 1, memoryMb: 1, outputBytes: 1, poolSize: 1, maxQueued: 0 };

/** The defaults with the given overrides, each checked to be a whole number in range. */
export function resolveLimits(overrides: Partial<CodeRunnerLimits> = {}): CodeRunnerLimits {
  const limits = { ...DEFAULT_CODE_RUNNER_LIMITS, ...overrides };
  for (const key of LIMIT_KEYS) {
    const value = limits[key];
    if (!Number.isSafeInteger(value) || value < minimum[key]) {
      throw new RangeError(`code runner limit ${key} must be a whole number of at least ${minimum[key]}, got ${value}`);
    }
  }
  return limits;
}

/** One worker per core but one, at least 1 and at most 4 (more workers only queue for the same cores). */
export function defaultPoolSize(cores: number): number {
  return Math.max(1, Math.min(4, cores - 1));
}
