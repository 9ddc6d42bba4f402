import { describe, expect, it } from "vitest";
import type { CodeRunResult, TestVerdict } from "../../code/code-execution.ts";
import { scoreWithTestResults } from "./test-results.ts";

function run(verdicts: TestVerdict[], overall?: TestVerdict): CodeRunResult {
  const passed = verdicts.filter((verdict) => verdict === "passed").length;
  return {
    language: "python",
    verdict: overall ?? verdicts.find((verdict) => verdict !== "passed") ?? "passed",
    passed,
    total: verdicts.length,
    tests: verdicts.map((verdict, index) => ({
      name: `case ${index + 1}`,
      verdict,
      args: null,
      expected: null,
      actual: null,
      output: "",
      error: null,
      durationMs: 1,
    })),
    durationMs: verdicts.length,
  };
}

describe("a coding answer graded with its test results", () => {
  it("lifts correct code with no prose to at least 6, and a well-explained one to 10", () => {
    expect(scoreWithTestResults(2, run(["passed", "passed", "passed"])).score).toBe(6);
    expect(scoreWithTestResults(9, run(["passed", "passed", "passed"])).score).toBe(10);
  });

  it("keeps code that fails every test below the bar, however well it is described", () => {
    const result = scoreWithTestResults(9, run(["failed", "failed", "time-limit"]));
    expect(result.score).toBeLessThan(7);
    expect(result.summary).toContain("0 of 3 passed");
    expect(result.summary).toContain("case 1");
  });

  it("never passes the bar while a test fails, and ranks more passing tests higher", () => {
    const most = scoreWithTestResults(8, run(["passed", "passed", "passed", "failed"])).score;
    const few = scoreWithTestResults(8, run(["passed", "failed", "failed", "failed"])).score;
    expect(most).toBeLessThan(7);
    expect(most).toBeGreaterThan(few);
  });

  it("gives code that does not compile at most 2", () => {
    expect(scoreWithTestResults(8, run(["compile-error"], "compile-error")).score).toBe(2);
  });
});
