// The check a model's clarification or hint must pass before a candidate sees it: read the reply as
// the built-in grader reads an answer, against the question's rubric, and count the key points it
// states. A reply that would earn key points as an answer gives the solution away. A clarification
// may state none; a nudge none; a direction or the key insight one (the point it names). Every
// fragment counts, lists of terms included: "use an idempotency key, a unique constraint" reveals as
// much as a sentence does.
import { analyzeAnswer } from "../builtin/grading/analyze-text.ts";
import { statesPhrasing } from "../builtin/grading/phrasing.ts";
import { compileRubric, type RubricSource } from "../builtin/grading/rubric.ts";
import type { HintLevel } from "./turn-assist.ts";

export type AssistKindToCheck = { kind: "clarification" } | { kind: "hint"; level: HintLevel };

const ALLOWED_POINTS_BY_HINT_LEVEL: Readonly<Record<HintLevel, number>> = { 1: 0, 2: 1, 3: 1 };

/** Labels of the key points the text states, as the built-in grader would credit them. */
export function keyPointsStated(question: RubricSource, text: string): string[] {
  const rubric = compileRubric(question);
  const fragments = analyzeAnswer(text);
  return rubric.points
    .filter((point) => fragments.some((piece) => point.phrasings.some((phrasing) => statesPhrasing(piece, phrasing))))
    .map((point) => point.label);
}

/** True when the reply states more key points than this kind of help may. */
export function revealsTooMuch(question: RubricSource, reply: string, assist: AssistKindToCheck): boolean {
  const allowed = assist.kind === "clarification" ? 0 : ALLOWED_POINTS_BY_HINT_LEVEL[assist.level];
  return keyPointsStated(question, reply).length > allowed;
}
