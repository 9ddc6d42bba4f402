import { describe, expect, it } from "vitest";
import { resultsMatch, valuesMatch } from "./compare-results.mjs";

describe("valuesMatch", () => {
  it("exact: deep equality, key order ignored, types strict", () => {
    expect(valuesMatch({ a: [1, 2], b: null }, { b: null, a: [1, 2] }, "exact")).toBe(true);
    expect(valuesMatch([0, 1], [1, 0], "exact")).toBe(false);
    expect(valuesMatch("1", 1, "exact")).toBe(false);
    expect(valuesMatch({ a: 1 }, { a: 1, b: 2 }, "exact")).toBe(false);
    expect(valuesMatch(null, [], "exact")).toBe(false);
  });

  it("unordered: the top-level array as a multiset", () => {
    expect(valuesMatch([3, 1, 2], [1, 2, 3], "unordered")).toBe(true);
    expect(valuesMatch([1, 1, 2], [1, 2, 2], "unordered")).toBe(false);
    expect(valuesMatch([[1, 2]], [[2, 1]], "unordered")).toBe(false);
    expect(valuesMatch([{ x: 1, y: 2 }], [{ y: 2, x: 1 }], "unordered")).toBe(true);
  });

  it("unordered-nested: inner arrays sorted, then the outer as a multiset", () => {
    expect(valuesMatch([[2, 1], [3]], [[3], [1, 2]], "unordered-nested")).toBe(true);
    expect(valuesMatch([["eat", "tea"], ["bat"]], [["bat"], ["tea", "eat"]], "unordered-nested")).toBe(true);
    expect(
      valuesMatch(
        [[1, 2]],
        [
          [1, 2],
          [1, 2],
        ],
        "unordered-nested",
      ),
    ).toBe(false);
  });

  it("float: numbers within 1e-6, relative for large magnitudes", () => {
    expect(valuesMatch(0.1 + 0.2, 0.3, "float")).toBe(true);
    expect(valuesMatch([2.0000001, 5], [2, 5], "float")).toBe(true);
    expect(valuesMatch(2.001, 2, "float")).toBe(false);
    expect(valuesMatch(1e12 + 1, 1e12, "float")).toBe(true);
    expect(valuesMatch(0.1 + 0.2, 0.3, "exact")).toBe(false);
  });
});

describe("resultsMatch for class questions", () => {
  it("compares call results one by one, never reordering the calls", () => {
    expect(resultsMatch([null, null, 1, -1], [null, null, 1, -1], "exact", "class")).toBe(true);
    expect(resultsMatch([null, -1, 1], [null, 1, -1], "unordered", "class")).toBe(false);
    expect(resultsMatch([null, [2, 1]], [null, [1, 2]], "unordered", "class")).toBe(true);
    expect(resultsMatch([null], [null, 1], "exact", "class")).toBe(false);
  });
});
