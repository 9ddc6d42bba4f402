import { describe, expect, it } from "vitest";
import { percentile } from "../statistics.ts";
import { formatRatio, medianWindow } from "./latency-summary.ts";

describe("latency summary", () => {
  it("takes nearest-rank percentiles of unsorted values", () => {
    const values = [9, 1, 8, 2, 7, 3, 6, 4, 5, 10];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 90)).toBe(9);
    expect(percentile(values, 99)).toBe(10);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile([42], 99)).toBe(42);
    expect(percentile([], 50)).toBeNaN();
  });

  it("takes each measure's median over the rounds on its own", () => {
    const summary = medianWindow([
      { rps: 100, p50: 5, p90: 9, p99: 40, total: 500 },
      { rps: 300, p50: 1, p90: 7, p99: 20, total: 1500 },
      { rps: 200, p50: 3, p90: 8, p99: 90, total: 1000 },
    ]);
    expect(summary).toEqual({ rps: 200, p50: 3, p90: 8, p99: 40, total: 1000 });
  });

  it("writes a ratio to the baseline, or a dash when there is no baseline", () => {
    expect(formatRatio(30, 20)).toBe("1.50×");
    expect(formatRatio(30, 0)).toBe("-");
    expect(formatRatio(Number.NaN, 20)).toBe("-");
  });
});
