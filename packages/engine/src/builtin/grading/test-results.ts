// For a coding answer whose code ran, the tests decide correctness and the reading decides the rest
// (complexity, edge cases, explanation): code that passes every hidden test is correct whatever words
// it uses, and code that passes none is below the bar however well it is described.
import type { CodeRunResult } from "../../code/code-execution.ts";
import { PASSING_SCORE } from "../../evaluation/evaluation-schema.ts";

/** Correct code with no explanation at all; the explanation lifts it from here to 10. */
const ALL_PASSED_FLOOR = 6;
/** How much a fully passing run adds to what reading the answer gave. */
const ALL_PASSED_BONUS = 2;
/** Code that compiles but passes no test: below the bar, whatever the prose says. */
const NONE_PASSED_CAP = PASSING_SCORE - 3;
/** Code that does not compile or reaches for what it may not use. */
const BROKEN_CAP = 2;

export interface TestedScore {
  score: number;
  /** One line for the feedback, naming what the tests found (hidden tests by name only). */
  summary: string;
}

export function scoreWithTestResults(readingScore: number, result: CodeRunResult): TestedScore {
  const { passed, total } = result;
  const ratio = total === 0 ? 0 : passed / total;
  const failing = result.tests.filter((test) => test.verdict !== "passed").map((test) => test.name);
  const failingList =
    failing.length > 0 ? ` Failing: ${failing.slice(0, 5).join(", ")}${failing.length > 5 ? "…" : ""}.` : "";
  const line = `Tests: ${passed} of ${total} passed.${failingList}`;
  if (result.verdict === "compile-error" || result.verdict === "forbidden") {
    const why = result.verdict === "compile-error" ? "The code does not compile" : "The code uses something it may not";
    return { score: Math.min(readingScore, BROKEN_CAP), summary: `${why}, so no test could pass. ${line}` };
  }
  if (total > 0 && passed === total) {
    return {
      score: Math.max(ALL_PASSED_FLOOR, Math.min(10, readingScore + ALL_PASSED_BONUS)),
      summary: `${line} The code is correct on every test.`,
    };
  }
  if (passed === 0) return { score: Math.min(readingScore, NONE_PASSED_CAP), summary: line };
  // Partly correct: between the two, never passing the bar while a test fails.
  const partly = Math.round(2 + 4 * ratio) + (readingScore >= PASSING_SCORE ? 1 : 0);
  return { score: Math.max(2, Math.min(PASSING_SCORE - 1, partly)), summary: line };
}
