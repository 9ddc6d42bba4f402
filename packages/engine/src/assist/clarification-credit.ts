// Asking good clarifying questions before a system-design or coding answer is part of the answer, as
// interviewers grade it: a question about scale or constraints (one that matches a fact of the
// question, or a topic-level constraint such as the read/write ratio or the input size) is named as a
// strength, and lifts the score by one point, with two bounds: never above the hint ceiling, and never
// from under the passing bar to it (asking well does not turn a failing answer into a pass on its
// own). An answer scoring at most the off-topic maximum (3: a non-answer, a skip) earns no lift: there
// is nothing the question improved. Decided from the candidate's own words at grading time, so the same
// rule holds whichever provider answered the clarification.
import { matchClarification } from "../builtin/clarification/match-clarification.ts";
import type { ClarificationFact } from "../builtin/question-bank/clarifications.ts";
import type { InterviewQuestion } from "../interview-question.ts";
import type { TopicId } from "../topics.ts";
import type { TurnAssist } from "./turn-assist.ts";

/** Topics where clarifying the problem before answering is itself a skill interviewers look for. */
export const CLARIFICATION_CREDIT_TOPICS: ReadonlySet<TopicId> = new Set(["system-design", "coding"]);

export interface ClarificationCredit {
  /** What the good clarifying question was about ("the read/write ratio"). */
  subject: string;
  /** The strength the feedback names. */
  strength: string;
}

/** The first good clarifying question among the assists, or null. */
export function clarificationCredit(
  question: Pick<InterviewQuestion, "id" | "source" | "kind" | "topic">,
  assists: readonly TurnAssist[],
  bankFacts?: readonly ClarificationFact[],
): ClarificationCredit | null {
  if (!CLARIFICATION_CREDIT_TOPICS.has(question.topic)) return null;
  for (const assist of assists) {
    if (assist.kind !== "clarification") continue;
    const matched = matchClarification(question, assist.question, bankFacts);
    if (!matched || (matched.source === "topic" && !matched.fact.credited)) continue;
    const before = question.topic === "system-design" ? "designing" : "coding";
    return { subject: matched.subject, strength: `Good: you asked about ${matched.subject} before ${before}.` };
  }
  return null;
}
