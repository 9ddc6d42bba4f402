// Runs a background job on an interval: never two passes at once, an unref'd timer so it never
// keeps the process alive, errors logged and the next pass tried, and stop() waits for a running pass.
import type { Logger } from "@interviewer/api";

export interface PeriodicJob {
  stop(): Promise<void>;
}

export function startPeriodicJob(
  name: string,
  intervalMs: number,
  run: () => Promise<unknown>,
  logger: Logger,
): PeriodicJob {
  let running: Promise<void> | undefined;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = run()
      .then(
        () => {},
        (error: unknown) => logger.error({ err: error, job: name }, "background job failed; retrying next interval"),
      )
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
