// The arithmetic of api-under-code-load.ts, kept pure so it can be tested: percentiles of the run
// durations the code load observed, the median of each measure over a phase's rounds, and the
// ratio of two phases' numbers.
import { median } from "../statistics.ts";

/** One autocannon window against the cheap procedure. */
export interface LoadWindow {
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  /** Requests answered in the window. */
  total: number;
}

/** Each measure's median over the rounds (not the round with the median p99: each column on its own). */
export function medianWindow(rounds: readonly LoadWindow[]): LoadWindow {
  return {
    rps: median(rounds.map((round) => round.rps)),
    p50: median(rounds.map((round) => round.p50)),
    p90: median(rounds.map((round) => round.p90)),
    p99: median(rounds.map((round) => round.p99)),
    total: median(rounds.map((round) => round.total)),
  };
}

/** `value / baseline`, written for a table: "1.00×"; "-" when the baseline is zero or missing. */
export function formatRatio(value: number, baseline: number): string {
  if (!Number.isFinite(value) || !Number.isFinite(baseline) || baseline === 0) return "-";
  return `${(value / baseline).toFixed(2)}×`;
}
