// Runs a background job on an interval: the mail worker and the interview-deadline sweeper. Never two
// passes at once (a slow pass turns the next ticks into no-ops, not a second runner), a failed pass is
// logged and the next tick tries again, and stop() aborts the pass's signal, stops the ticks and waits
// for the running pass. The ticks come from an injected scheduler, so tests drive them without sleeping.
import type { Logger } from "./logger.ts";

export interface IntervalScheduler {
  /** Calls `tick` every `intervalMs` until the returned function is called. */
  every(intervalMs: number, tick: () => void): () => void;
}

/** Real timers, unref'd: a background job alone must not keep the process alive. */
export const timerScheduler: IntervalScheduler = {
  every(intervalMs, tick) {
    const timer = setInterval(tick, intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  },
};

export interface PeriodicJobOptions {
  /** Named in the log line of a failed pass. */
  name: string;
  intervalMs: number;
  /** One pass. `signal` aborts when the job is stopped, so a long pass can hand its work back. */
  run(signal: AbortSignal): Promise<unknown>;
  logger: Logger;
  scheduler?: IntervalScheduler;
}

export interface PeriodicJob {
  /** No new passes start; resolves once the running pass (if any) has finished. */
  stop(): Promise<void>;
}

export function startPeriodicJob(options: PeriodicJobOptions): PeriodicJob {
  const { name, run, logger } = options;
  const stopping = new AbortController();
  let running: Promise<void> | undefined;

  const tick = () => {
    if (running || stopping.signal.aborted) return;
    running = run(stopping.signal)
      .then(
        () => {},
        // A database hiccup must not kill the job: whatever was due stays due for the next tick.
        (error: unknown) => logger.error({ err: error, job: name }, "background job failed; retrying next interval"),
      )
      .finally(() => {
        running = undefined;
      });
  };
  const cancel = (options.scheduler ?? timerScheduler).every(options.intervalMs, tick);

  return {
    async stop() {
      stopping.abort();
      cancel();
      await running;
    },
  };
}
