import { describe, expect, it } from "vitest";
import { testEvaluation } from "../testing/interview-fixtures.ts";
import { recallQualityOfKeyPoint, recallQualityOfScore } from "./recall-quality.ts";

describe("recall quality of a graded answer", () => {
  it("maps scores around the passing bar of 7 to SM-2 qualities", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(recallQualityOfScore)).toEqual([0, 0, 1, 1, 2, 2, 3, 4, 5, 5]);
  });

  it("a covered point counts as recalled even in a weak answer", () => {
    const graded = testEvaluation(4, { keyPointsCovered: ["Cache invalidation"], keyPointsMissed: ["TTL"] });
    expect(recallQualityOfKeyPoint("cache  invalidation", graded)).toBe(3);
  });

  it("a point covered according to the evidence counts too", () => {
    const graded = testEvaluation(9, {
      evidence: { covered: [{ point: "TTL", quote: "expire keys" }], missed: [], wrongClaims: [], flagged: [] },
    });
    expect(recallQualityOfKeyPoint("ttl", graded)).toBe(5);
  });

  it("a missed point is not recalled even in a strong answer", () => {
    const graded = testEvaluation(9, { keyPointsMissed: ["TTL"] });
    expect(recallQualityOfKeyPoint("TTL", graded)).toBe(2);
    expect(recallQualityOfKeyPoint("TTL", testEvaluation(1, { keyPointsMissed: ["TTL"] }))).toBe(0);
  });

  it("a point the grader does not mention is graded by the score", () => {
    expect(recallQualityOfKeyPoint("TTL", testEvaluation(8))).toBe(4);
    expect(recallQualityOfKeyPoint("TTL", testEvaluation(5))).toBe(2);
  });
});
