// The pool around the interpreters: candidate code never blocks the caller's event loop, the pool
// and its queue are bounded, runs can be abandoned, and close() ends the workers. JavaScript only,
// so no test here waits for Pyodide.
import { readdirSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { CodeRunnerBusyError, createCodeRunner } from "./code-runner.ts";
import { DEFAULT_CODE_RUNNER_LIMITS, defaultPoolSize } from "./limits.ts";
import { request } from "./testing/code-fixtures.ts";

const CORRECT =
  "function twoSum(nums, target) { const seen = new Map(); for (let i = 0; ; i++) { if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i]; seen.set(nums[i], i); } }";
const RUNAWAY = "function twoSum() { while (true) {} }";

describe("the code runner's pool", () => {
  it("keeps the caller's event loop free while a runaway run executes", async () => {
    const runner = createCodeRunner({ timeoutMs: 1_000 });
    try {
      const events: string[] = [];
      let settled = false;
      const run = runner.run(request("javascript", RUNAWAY)).then((result) => {
        settled = true;
        events.push(`run ${result.verdict}`);
      });
      // Both are scheduled after the run started; each fires while it is still going.
      setImmediate(() => events.push(settled ? "immediate after the run" : "immediate"));
      setTimeout(() => events.push(settled ? "timer after the run" : "timer"), 0);
      await run;
      expect(events).toHaveLength(3);
      expect(events).toContain("immediate");
      expect(events).toContain("timer");
      expect(events[2]).toBe("run time-limit");
    } finally {
      await runner.close();
    }
  });

  it("completes 20 concurrent runs with 2 workers and room for 20 in the queue", async () => {
    const runner = createCodeRunner({ poolSize: 2, maxQueued: 20 });
    try {
      const runs = Array.from({ length: 20 }, (_, index) =>
        runner.run(request(index % 2 === 0 ? "javascript" : "typescript", CORRECT)),
      );
      const results = await Promise.all(runs);
      expect(results.map((result) => result.verdict)).toEqual(Array(20).fill("passed"));
    } finally {
      await runner.close();
    }
  });

  it("refuses runs beyond the workers and the queue with CodeRunnerBusyError", async () => {
    const runner = createCodeRunner({ poolSize: 2, maxQueued: 5 });
    try {
      const outcomes = await Promise.allSettled(
        Array.from({ length: 20 }, () => runner.run(request("javascript", CORRECT))),
      );
      const done = outcomes.filter((outcome) => outcome.status === "fulfilled");
      const refused = outcomes.flatMap((outcome) => (outcome.status === "rejected" ? [outcome.reason] : []));
      expect(done).toHaveLength(7); // 2 running + 5 waiting
      expect(refused).toHaveLength(13);
      for (const reason of refused) expect(reason).toBeInstanceOf(CodeRunnerBusyError);
    } finally {
      await runner.close();
    }
  });

  it("drops an aborted run from the queue, and stops waiting for an aborted running one", async () => {
    const runner = createCodeRunner({ poolSize: 1, timeoutMs: 60_000 });
    try {
      const running = new AbortController();
      const queued = new AbortController();
      const first = runner.run(request("javascript", RUNAWAY), running.signal);
      const second = runner.run(request("javascript", CORRECT), queued.signal);
      queued.abort(new Error("client went away"));
      await expect(second).rejects.toThrow("client went away");
      running.abort(new Error("cancelled"));
      await expect(first).rejects.toThrow("cancelled");
      // The runaway code was interrupted, so the worker is free long before the 60 s limit.
      const next = await runner.run(request("javascript", CORRECT));
      expect(next.verdict).toBe("passed");
    } finally {
      await runner.close();
    }
  });

  it("close() terminates busy workers and refuses later runs", async () => {
    const runner = createCodeRunner({ poolSize: 1, timeoutMs: 60_000 });
    const outcomes = Promise.allSettled([
      runner.run(request("javascript", RUNAWAY)),
      runner.run(request("javascript", CORRECT)),
    ]);
    await runner.close();
    // Only terminating the worker ends a run whose limit is a minute away.
    const [busy, waiting] = await outcomes;
    expect(busy).toMatchObject({ status: "rejected", reason: new Error("The code runner is closed.") });
    expect(waiting).toMatchObject({ status: "rejected", reason: new Error("The code runner is closed.") });
    await expect(runner.run(request("javascript", CORRECT))).rejects.toThrow("closed");
  });

  it("documents its defaults and refuses limits out of range", () => {
    expect(DEFAULT_CODE_RUNNER_LIMITS).toEqual({
      timeoutMs: 3_000,
      memoryMb: 64,
      outputBytes: 16_384,
      poolSize: defaultPoolSize(availableParallelism()),
      maxQueued: 20,
    });
    // One core is always left to the API.
    expect([1, 2, 3, 4, 8, 64].map(defaultPoolSize)).toEqual([1, 1, 2, 3, 4, 4]);
    expect(() => createCodeRunner({ poolSize: 0 })).toThrow(RangeError);
    expect(() => createCodeRunner({ timeoutMs: 1.5 })).toThrow(RangeError);
  });

  // Linux keeps a nice value per thread: /proc/self/task/<tid>/stat shows each thread's (field 19).
  it.runIf(process.platform === "linux")(
    "runs candidate code on threads of lower priority than the caller's",
    async () => {
      const niceOfThreads = () =>
        readdirSync("/proc/self/task").map((tid) => {
          const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
          // Fields after the command name (which may hold spaces) start after the last ")".
          return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);
        });
      const before = niceOfThreads();
      expect(before.every((nice) => nice === before[0])).toBe(true);
      const runner = createCodeRunner({ poolSize: 1 });
      try {
        expect((await runner.run(request("javascript", CORRECT))).verdict).toBe("passed");
        const after = niceOfThreads();
        expect(after).toContain((before[0] ?? 0) + 10);
        // The caller's own thread (the first task) keeps its priority.
        expect(after[0]).toBe(before[0]);
      } finally {
        await runner.close();
      }
    },
  );
});
