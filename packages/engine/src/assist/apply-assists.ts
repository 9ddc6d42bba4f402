// The one rule for how a question's assists change its grade, applied after scoring by every grader
// (the built-in one, the model, and the built-in fallback), so a hint costs the same whoever grades:
// 1. a good clarifying question on system design or coding is named as a strength and lifts the score
//    by one (clarification-credit.ts for its bounds);
// 2. then the hint ceiling caps the score (hint-ceiling.ts), and the summary says so.
// Without assists the evaluation is returned as it is.

import type { ClarificationFact } from "../builtin/question-bank/clarifications.ts";
import { type EvaluationVerdict, OFF_TOPIC_MAX_SCORE, PASSING_SCORE } from "../evaluation/evaluation-schema.ts";
import type { InterviewQuestion } from "../interview-question.ts";
import { clarificationCredit } from "./clarification-credit.ts";
import { hintCeiling, hintCeilingSentence } from "./hint-ceiling.ts";
import { countAssists, type TurnAssist } from "./turn-assist.ts";

/** The score after the clarification credit: +1, never past 10, never from under the bar onto it. */
export function creditedScore(score: number): number {
  if (score <= OFF_TOPIC_MAX_SCORE) return score;
  if (score === PASSING_SCORE - 1) return score;
  return Math.min(10, score + 1);
}

export function applyAssistsToEvaluation<T extends EvaluationVerdict>(
  evaluation: T,
  question: Pick<InterviewQuestion, "id" | "source" | "kind" | "topic">,
  assists: readonly TurnAssist[],
  bankFacts?: readonly ClarificationFact[],
): T {
  if (assists.length === 0) return evaluation;
  const credit = clarificationCredit(question, assists, bankFacts);
  const { hintsUsed } = countAssists(assists);
  const lifted = credit ? creditedScore(evaluation.score) : evaluation.score;
  const ceiling = hintCeiling(hintsUsed);
  const score = Math.min(lifted, ceiling);
  const hintSentence = hintCeilingSentence(hintsUsed, lifted > ceiling);
  const strengths =
    credit && !evaluation.feedback.strengths.includes(credit.strength)
      ? [...evaluation.feedback.strengths, credit.strength]
      : evaluation.feedback.strengths;
  const summary = hintSentence ? `${evaluation.feedback.summary} ${hintSentence}` : evaluation.feedback.summary;
  return { ...evaluation, score, feedback: { ...evaluation.feedback, strengths, summary } };
}
