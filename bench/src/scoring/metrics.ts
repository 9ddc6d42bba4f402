// Pure metrics for the scoring benchmark: rank correlation, pairwise ordering and percentiles. Kept
// apart from the runner so they can be unit-tested without the engine.

/** 1-based ranks of `values`; tied values share the average of the ranks they span. */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const result = new Array<number>(values.length).fill(0);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]?.value === order[start]?.value) end += 1;
    // Positions start..end (0-based) hold equal values: each gets the mean of ranks start+1..end+1.
    const averageRank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k += 1) {
      const entry = order[k];
      if (entry) result[entry.index] = averageRank;
    }
    start = end + 1;
  }
  return result;
}

/** Pearson correlation; NaN when either side has no variance (or fewer than two values). */
export function pearson(xs: readonly number[], ys: readonly number[]): number {
  if (xs.length !== ys.length) throw new Error(`pearson: lengths differ (${xs.length} vs ${ys.length})`);
  const n = xs.length;
  if (n < 2) return Number.NaN;
  const meanX = mean(xs);
  const meanY = mean(ys);
  let covariance = 0;
  let varianceX = 0;
  let varianceY = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = (xs[i] ?? 0) - meanX;
    const dy = (ys[i] ?? 0) - meanY;
    covariance += dx * dy;
    varianceX += dx * dx;
    varianceY += dy * dy;
  }
  if (varianceX === 0 || varianceY === 0) return Number.NaN;
  return covariance / Math.sqrt(varianceX * varianceY);
}

/** Spearman's rank correlation: Pearson on average ranks, which handles ties correctly. */
export function spearman(xs: readonly number[], ys: readonly number[]): number {
  return pearson(ranks(xs), ranks(ys));
}

export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/**
 * The p-th percentile (0-100) with linear interpolation between the closest ranks (numpy's default),
 * so p50 of an even-length sample is the mean of the two middle values. NaN for an empty sample.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (Math.min(100, Math.max(0, p)) / 100) * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower] ?? Number.NaN;
  const high = sorted[upper] ?? Number.NaN;
  return low + (high - low) * (position - lower);
}

export interface GradedItem {
  /** Pairs are only formed within one group (one question). */
  group: string;
  level: number;
  score: number;
}

export interface PairwiseResult {
  pairs: number;
  /** Share of pairs ordered right; a tied score counts half. NaN when there is no pair. */
  accuracy: number;
}

/**
 * For every pair of items in the same group with different levels: 1 when the higher level got the
 * strictly higher score, 0.5 on a tied score, 0 otherwise; averaged over all such pairs.
 */
export function pairwiseAccuracy(items: readonly GradedItem[]): PairwiseResult {
  const byGroup = new Map<string, GradedItem[]>();
  for (const item of items) {
    const list = byGroup.get(item.group);
    if (list) list.push(item);
    else byGroup.set(item.group, [item]);
  }
  let pairs = 0;
  let credit = 0;
  for (const list of byGroup.values()) {
    for (let i = 0; i < list.length; i += 1) {
      for (let j = i + 1; j < list.length; j += 1) {
        const a = list[i];
        const b = list[j];
        if (!a || !b || a.level === b.level) continue;
        const [low, high] = a.level < b.level ? [a, b] : [b, a];
        pairs += 1;
        if (high.score > low.score) credit += 1;
        else if (high.score === low.score) credit += 0.5;
      }
    }
  }
  return { pairs, accuracy: pairs === 0 ? Number.NaN : credit / pairs };
}
