// The statistics every bench reports: nearest-rank percentiles and the median, over unsorted samples.
// One definition, so that "median of the rounds" means the same in every row of bench/README.md.

/** Nearest-rank percentile (p in 0..100) of unsorted values; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? Number.NaN;
}

/** The nearest-rank median: the middle sample of an odd count (benches run an odd number of rounds). */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}
