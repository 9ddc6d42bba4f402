import { describe, expect, it } from "vitest";
import { mean, pairwiseAccuracy, pearson, percentile, ranks, spearman } from "./metrics.ts";

describe("ranks", () => {
  it("gives tied values the average of the ranks they span", () => {
    expect(ranks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
    expect(ranks([3, 1, 3, 3])).toEqual([3, 1, 3, 3]);
  });

  it("handles an empty list", () => {
    expect(ranks([])).toEqual([]);
  });
});

describe("spearman", () => {
  it("is 1 for any increasing relation and -1 for a decreasing one", () => {
    expect(spearman([1, 2, 3, 4], [1, 10, 100, 1000])).toBeCloseTo(1);
    expect(spearman([1, 2, 3, 4], [9, 7, 3, 1])).toBeCloseTo(-1);
  });

  it("matches a hand-computed value with ties", () => {
    // ranks x = [1, 2.5, 2.5, 4], ranks y = [1, 3, 2, 4]: Pearson of those.
    expect(spearman([1, 2, 2, 3], [1, 3, 2, 4])).toBeCloseTo(pearson([1, 2.5, 2.5, 4], [1, 3, 2, 4]));
    expect(pearson([1, 2.5, 2.5, 4], [1, 3, 2, 4])).toBeCloseTo(0.9487, 3);
  });

  it("is NaN when one side is constant", () => {
    expect(spearman([1, 2, 3], [5, 5, 5])).toBeNaN();
  });
});

describe("percentile", () => {
  it("interpolates between the closest ranks", () => {
    expect(percentile([4, 1, 3, 2], 50)).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5], 0)).toBe(1);
    expect(percentile([1, 2, 3, 4, 5], 100)).toBe(5);
    expect(percentile([0, 10], 99)).toBeCloseTo(9.9);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe("pairwiseAccuracy", () => {
  it("counts correct orderings, halves ties and ignores same-level and cross-group pairs", () => {
    const result = pairwiseAccuracy([
      { group: "a", level: 1, score: 1 },
      { group: "a", level: 2, score: 3 },
      { group: "a", level: 3, score: 3 },
      { group: "a", level: 3, score: 0 },
      { group: "b", level: 6, score: 0 },
    ]);
    // Pairs in "a": (1,2) right, (1,3:3) right, (1,3:0) wrong, (2,3:3) tie, (2,3:0) wrong.
    expect(result.pairs).toBe(5);
    expect(result.accuracy).toBeCloseTo(2.5 / 5);
  });

  it("is NaN without pairs", () => {
    expect(pairwiseAccuracy([{ group: "a", level: 1, score: 1 }]).accuracy).toBeNaN();
  });
});

describe("mean", () => {
  it("averages and is NaN when empty", () => {
    expect(mean([1, 2, 3])).toBe(2);
    expect(mean([])).toBeNaN();
  });
});
