// The built-in interviewer's hints, in three steps that each say more and none the whole answer:
// 1. a nudge: where to look, without naming what to find;
// 2. a direction: the label of a point a strong answer is built on;
// 3. the key insight: a line of the model answer's outline.
// A bank question with an entry in BANK_CLARIFICATIONS uses its authored hints; any other question
// (model-written, a follow-up, a bank question without an entry) gets hints derived from its rubric
// as above. The OpenAI provider falls back to these when the model's hint fails or says too much.

import { revealsTooMuch } from "../../assist/reveals-answer.ts";
import type { HintLevel } from "../../assist/turn-assist.ts";
import type { InterviewQuestion } from "../../interview-question.ts";
import type { TopicId } from "../../topics.ts";
import type { RubricSource } from "../grading/rubric.ts";
import { bankClarificationsFor } from "./match-clarification.ts";

const NUDGES: Readonly<Record<TopicId, string>> = {
  introduction: "Think about one concrete project: what you owned, what was hard, and what you would do differently.",
  coding:
    "Start from the simplest correct approach, then ask where it repeats work: that is usually where the better one hides.",
  "system-design":
    "Start from the requirements: what has to scale, reads or writes, and what must never be lost or served stale?",
  databases: "Think about what the database does for this on every read and write, and what happens under concurrency.",
  behavioral: "Pick one real situation and walk through it: the context, what you did yourself, and the outcome.",
  "backend-knowledge": "Think about what happens step by step when it runs in production, and where it can fail.",
};

type HintSource = Pick<InterviewQuestion, "id" | "source" | "kind" | "topic"> & RubricSource;

/** The hint at `level` for the question (bank hints when it has an entry, else derived from the rubric). */
export function gradedHintOffline(question: HintSource, level: HintLevel): string {
  const authored = bankClarificationsFor(question)?.hints[level - 1];
  if (authored) return authored;
  return derivedHint(question, level);
}

/**
 * Hints from the rubric alone, for questions without authored hints. A label or an outline line can
 * state more than one point ("a hash map … for O(1) lookup" is two), so each candidate text is read
 * back with the reveal check and the first that says no more than the level allows is used.
 */
export function derivedHint(question: HintSource, level: HintLevel): string {
  const parts = question.keyPoints.length;
  const nudge = `${NUDGES[question.topic]} A strong answer covers ${parts === 1 ? "one main point" : `${parts} points`}.`;
  if (level === 1) return nudge;
  const fits = (text: string) => !revealsTooMuch(question, text, { kind: "hint", level });
  const directions = question.keyPoints.map(
    (point) => `Build your answer around this: ${point.label}. Explain how it works and why it matters here.`,
  );
  const direction = directions.find(fits) ?? nudge;
  if (level === 2) return direction;
  const insights = question.modelAnswerOutline.map((line) => `The key insight: ${line}. Work out the rest from there.`);
  return insights.find(fits) ?? direction;
}
