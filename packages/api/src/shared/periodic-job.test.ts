import { describe, expect, it } from "vitest";
import type { Logger } from "./logger.ts";
import { type IntervalScheduler, startPeriodicJob } from "./periodic-job.ts";

/** Ticks when the test says so; remembers the interval it was asked for and whether it was cancelled. */
function manualScheduler() {
  let tick: (() => void) | undefined;
  const state = { intervalMs: 0, cancelled: false };
  const scheduler: IntervalScheduler = {
    every(intervalMs, onTick) {
      state.intervalMs = intervalMs;
      tick = onTick;
      return () => {
        state.cancelled = true;
      };
    },
  };
  return { scheduler, state, tick: () => tick?.() };
}

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function recordingLogger() {
  const errors: { obj: object; msg?: string }[] = [];
  const logger: Logger = { info() {}, warn() {}, error: (obj, msg) => errors.push({ obj, msg }) };
  return { logger, errors };
}

/** Lets the runner's promise callbacks (then/finally) settle without waiting for real time. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("a periodic job", () => {
  it("runs a pass on each tick of its interval", async () => {
    const clock = manualScheduler();
    let passes = 0;
    const job = startPeriodicJob({
      name: "count",
      intervalMs: 30_000,
      run: async () => {
        passes += 1;
      },
      logger: recordingLogger().logger,
      scheduler: clock.scheduler,
    });
    expect(clock.state.intervalMs).toBe(30_000);
    expect(passes).toBe(0);
    clock.tick();
    await settle();
    clock.tick();
    await settle();
    expect(passes).toBe(2);
    await job.stop();
  });

  it("never starts a second pass while one is still running", async () => {
    const clock = manualScheduler();
    const slow = deferred();
    let passes = 0;
    const job = startPeriodicJob({
      name: "slow",
      intervalMs: 1_000,
      run: () => {
        passes += 1;
        return slow.promise;
      },
      logger: recordingLogger().logger,
      scheduler: clock.scheduler,
    });
    clock.tick();
    clock.tick();
    clock.tick();
    expect(passes).toBe(1);
    slow.resolve();
    await settle();
    clock.tick();
    expect(passes).toBe(2);
    await job.stop();
  });

  it("logs a failed pass with the job's name and tries again on the next tick", async () => {
    const clock = manualScheduler();
    const { logger, errors } = recordingLogger();
    let passes = 0;
    const job = startPeriodicJob({
      name: "flaky",
      intervalMs: 1_000,
      run: async () => {
        passes += 1;
        if (passes === 1) throw new Error("database went away");
      },
      logger,
      scheduler: clock.scheduler,
    });
    clock.tick();
    await settle();
    expect(errors).toEqual([
      {
        obj: { err: expect.objectContaining({ message: "database went away" }), job: "flaky" },
        msg: expect.any(String),
      },
    ]);
    clock.tick();
    await settle();
    expect(passes).toBe(2);
    expect(errors).toHaveLength(1);
    await job.stop();
  });

  it("stop() aborts the running pass's signal, waits for it, and cancels the ticks", async () => {
    const clock = manualScheduler();
    const slow = deferred();
    let signal: AbortSignal | undefined;
    let passes = 0;
    const job = startPeriodicJob({
      name: "drain",
      intervalMs: 1_000,
      run: (passSignal) => {
        passes += 1;
        signal = passSignal;
        return slow.promise;
      },
      logger: recordingLogger().logger,
      scheduler: clock.scheduler,
    });
    clock.tick();
    let stopped = false;
    const stopping = job.stop().then(() => {
      stopped = true;
    });
    await settle();
    expect(signal?.aborted).toBe(true);
    expect(clock.state.cancelled).toBe(true);
    expect(stopped).toBe(false);

    slow.resolve();
    await stopping;
    expect(stopped).toBe(true);
    clock.tick();
    expect(passes).toBe(1);
  });
});
