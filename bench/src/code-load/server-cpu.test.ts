import { describe, expect, it } from "vitest";
import { cpuSecondsBetween, cpuTicksOfStat, type ThreadCpu } from "./server-cpu.ts";

describe("server CPU from /proc", () => {
  it("reads utime + stime even when the thread's name holds spaces and parentheses", () => {
    const stat = "4242 (node (a) b) R 1 4242 4242 0 -1 4194560 100 0 0 0 750 25 0 0 20 0 11 0 300 0 0";
    expect(cpuTicksOfStat(stat)).toBe(775);
    expect(cpuTicksOfStat("")).toBeNaN();
  });

  it("charges each thread's ticks between two readings to its group, new threads from zero", () => {
    const before: ThreadCpu = new Map([
      ["1/1", { isEventLoop: true, ticks: 100 }],
      ["1/2", { isEventLoop: false, ticks: 40 }],
    ]);
    const after: ThreadCpu = new Map([
      ["1/1", { isEventLoop: true, ticks: 150 }],
      ["1/2", { isEventLoop: false, ticks: 60 }],
      ["1/3", { isEventLoop: false, ticks: 30 }],
    ]);
    const seconds = cpuSecondsBetween(before, after, (thread) => (thread.isEventLoop ? "loop" : "other"));
    expect(seconds.get("loop")).toBeCloseTo(0.5);
    expect(seconds.get("other")).toBeCloseTo(0.5);
  });
});
