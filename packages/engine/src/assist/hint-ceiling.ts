// How much a hint costs: each hint taken lowers the highest score the answer can get, as a human
// interviewer discounts a solution they had to steer the candidate towards. The steps grow with what
// the hint gave away: a nudge (the area to think about) costs one point, a direction (which point
// matters) one more, and the key insight two more, which puts a fully hinted answer under the passing
// bar (7): the central idea was the interviewer's, not the candidate's.
import { PASSING_SCORE } from "../evaluation/evaluation-schema.ts";

const CEILING_BY_HINTS_USED: readonly number[] = [10, 9, 8, PASSING_SCORE - 1];

/** The highest score an answer can get after `hintsUsed` hints (0 → 10, 1 → 9, 2 → 8, 3 → 6). */
export function hintCeiling(hintsUsed: number): number {
  const index = Math.max(0, Math.min(CEILING_BY_HINTS_USED.length - 1, Math.floor(hintsUsed)));
  return CEILING_BY_HINTS_USED[index] ?? 10;
}

/** What the feedback says about the hints, or null when none was taken. */
export function hintCeilingSentence(hintsUsed: number, capped: boolean): string | null {
  if (hintsUsed <= 0) return null;
  const hints = hintsUsed === 1 ? "1 hint" : `${hintsUsed} hints`;
  const ceiling = hintCeiling(hintsUsed);
  return capped
    ? `You used ${hints}: the score is capped at ${ceiling}.`
    : `You used ${hints}, which caps the score at ${ceiling}.`;
}
