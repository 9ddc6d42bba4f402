// The page's score guide may not drift from the rubric the grader is given: every band but 4-6 (which
// the rubric leaves implicit) is the rubric's own sentence, and the bands cover 1 to 10 without a gap.
// Not exported by the engine's index (only its prompts use it), so read from where it is defined.
import { PASSING_SCORE, SCORE_RUBRIC_TEXT } from "@interviewer/engine";
import { describe, expect, it } from "vitest";
import { SCORE_BANDS } from "./score-guide.ts";

describe("score guide", () => {
  it("reads 1-3, 4-6, 7 and 8-10, covering every score once", () => {
    expect(SCORE_BANDS.map((b) => b.range)).toEqual(["1-3", "4-6", "7", "8-10"]);
    expect(SCORE_BANDS[0]?.min).toBe(1);
    expect(SCORE_BANDS.at(-1)?.max).toBe(10);
    for (const [index, current] of SCORE_BANDS.entries()) {
      const next = SCORE_BANDS[index + 1];
      if (next) expect(next.min).toBe(current.max + 1);
    }
    expect(SCORE_BANDS.find((b) => b.min === PASSING_SCORE)?.range).toBe(String(PASSING_SCORE));
  });

  it("uses the grader's rubric wording for every band the rubric names", () => {
    const rubric = SCORE_RUBRIC_TEXT.toLowerCase();
    for (const b of SCORE_BANDS.filter((b) => b.range !== "4-6")) {
      expect(rubric, b.range).toContain(b.meaning.toLowerCase());
    }
  });
});
