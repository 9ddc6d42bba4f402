// How well a graded answer shows a drill card was recalled, as SM-2's 0-5 quality. A topic card is
// graded by the answer's score; a key-point card by whether the grader found that point in the answer
// (keyPointsCovered or the evidence's covered points) and by the score: a covered point is recalled
// (at least 3) even in an answer that is weak elsewhere, a missed point is not (at most 2) even in a
// strong answer. A point the grader does not mention either way (a model that reworded the labels) is
// graded by the score alone.
import { type AnswerEvaluation, PASSING_SCORE } from "../evaluation/evaluation-schema.ts";
import { RECALLED_QUALITY, type RecallQuality } from "./spaced-repetition.ts";

export type GradedAnswer = Pick<AnswerEvaluation, "score" | "keyPointsCovered" | "keyPointsMissed" | "evidence">;

/** Score 1-10 → quality: 9-10 → 5, 8 → 4, 7 (the passing bar) → 3, 5-6 → 2, 3-4 → 1, 1-2 → 0. */
export function recallQualityOfScore(score: number): RecallQuality {
  if (score >= 9) return 5;
  if (score >= 8) return 4;
  if (score >= PASSING_SCORE) return 3;
  if (score >= 5) return 2;
  if (score >= 3) return 1;
  return 0;
}

export function recallQualityOfKeyPoint(pointLabel: string, graded: GradedAnswer): RecallQuality {
  const fromScore = recallQualityOfScore(graded.score);
  const label = normalizedPointLabel(pointLabel);
  const covered =
    graded.keyPointsCovered.some((point) => normalizedPointLabel(point) === label) ||
    graded.evidence.covered.some((item) => normalizedPointLabel(item.point) === label);
  const missed =
    graded.keyPointsMissed.some((point) => normalizedPointLabel(point) === label) ||
    graded.evidence.missed.some((item) => normalizedPointLabel(item.point) === label);
  // A point listed as both missed and covered counts as missed.
  if (missed) return fromScore >= RECALLED_QUALITY ? 2 : fromScore;
  if (covered && fromScore < RECALLED_QUALITY) return RECALLED_QUALITY;
  return fromScore;
}

/** Labels compared case- and space-insensitively: graders echo them with small differences. */
export function normalizedPointLabel(label: string): string {
  return label.toLowerCase().replace(/\s+/g, " ").trim();
}
