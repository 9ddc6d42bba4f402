// The score scale as the new-interview page explains it, in four bands. The wording of 1-3, 7 and
// 8-10 is the engine's own SCORE_RUBRIC_TEXT, the rubric the grader works to (score-guide.test.ts
// holds them together); 4-6 is what lies between the off-topic ceiling and the passing bar.
import { EMPTY_ANSWER_MAX_SCORE, OFF_TOPIC_MAX_SCORE, PASSING_SCORE } from "@interviewer/engine";
import type { ScoreBand } from "./schemas.ts";

/** Scores run from 1 to 10 (the engine's evaluation schema). */
const LOWEST_SCORE = 1;
const HIGHEST_SCORE = 10;

function band(min: number, max: number, meaning: string): ScoreBand {
  return { range: min === max ? String(min) : `${min}-${max}`, min, max, meaning };
}

export const SCORE_BANDS: readonly ScoreBand[] = [
  band(
    LOWEST_SCORE,
    OFF_TOPIC_MAX_SCORE,
    `An unrelated, off-topic or generic answer scores at most ${OFF_TOPIC_MAX_SCORE}. An empty or non-answer scores ${EMPTY_ANSWER_MAX_SCORE}.`,
  ),
  band(
    OFF_TOPIC_MAX_SCORE + 1,
    PASSING_SCORE - 1,
    `On topic, but below the passing bar: key points are missing or thin, or a claim is wrong (a stated wrong claim keeps the score below ${PASSING_SCORE}).`,
  ),
  band(
    PASSING_SCORE,
    PASSING_SCORE,
    `${PASSING_SCORE} is the passing bar for the level: correct and reasonably complete.`,
  ),
  band(
    PASSING_SCORE + 1,
    HIGHEST_SCORE,
    "Only for complete, senior-quality answers that cover the key points with depth and trade-offs.",
  ),
];
