// Which fact a clarifying question asks about: the question's own facts from the bank first, then the
// topic's defaults. Matching reuses the grader's reading of text (analyze-text.ts, phrasing.ts): a fact
// matches when one sentence of the candidate's question contains every word of one of its `about`
// phrasings, close together. One pass over a bounded question (500 characters) per phrasing: linear.
// Negation is ignored on purpose: "can I assume there are no duplicates?" asks about duplicates as much
// as "are there duplicates?" does.
import type { InterviewQuestion } from "../../interview-question.ts";
import { analyzeAnswer, type Fragment } from "../grading/analyze-text.ts";
import { type CompiledPhrasing, compilePhrasing, statesPhrasing } from "../grading/phrasing.ts";
import { BANK_CLARIFICATIONS, type ClarificationFact } from "../question-bank/clarifications.ts";
import { TOPIC_FACTS, type TopicFact } from "./topic-facts.ts";

export type MatchedFact =
  | { source: "question"; fact: ClarificationFact; subject: string }
  | { source: "topic"; fact: TopicFact; subject: string };

/** The question's fragments with negation cleared: a question asks about a fact whatever its polarity. */
function readQuestion(text: string): Fragment[] {
  return analyzeAnswer(text).map((piece) => ({
    ...piece,
    tokens: piece.tokens.map((token) => ({ ...token, negated: false })),
  }));
}

function compileAbout(about: readonly string[]): CompiledPhrasing[] {
  return about.flatMap((phrasing) => {
    const compiled = compilePhrasing(phrasing);
    return compiled ? [{ ...compiled, negative: false }] : [];
  });
}

/** The first phrasing of the fact that some fragment states, or null. */
function matchingPhrasing(fragments: readonly Fragment[], about: readonly string[]): string | null {
  const compiled = compileAbout(about);
  for (const [index, phrasing] of compiled.entries()) {
    if (fragments.some((piece) => statesPhrasing(piece, phrasing))) return about[index] ?? null;
  }
  return null;
}

/**
 * The bank entry a question's facts come from: its own id for a bank question (a follow-up or a
 * model-written question has none, and gets the topic's defaults).
 */
export function bankClarificationsFor(question: Pick<InterviewQuestion, "id" | "source" | "kind">) {
  if (question.source !== "bank" || question.kind !== "main") return undefined;
  return BANK_CLARIFICATIONS[question.id];
}

/** The fact a clarifying question asks about, or null when none of the question's or topic's facts fits. */
export function matchClarification(
  question: Pick<InterviewQuestion, "id" | "source" | "kind" | "topic">,
  clarifyingQuestion: string,
  bankFacts: readonly ClarificationFact[] = bankClarificationsFor(question)?.facts ?? [],
): MatchedFact | null {
  const fragments = readQuestion(clarifyingQuestion);
  if (fragments.length === 0) return null;
  for (const fact of bankFacts) {
    const phrasing = matchingPhrasing(fragments, fact.about);
    if (phrasing) return { source: "question", fact, subject: phrasing };
  }
  for (const fact of TOPIC_FACTS[question.topic]) {
    if (matchingPhrasing(fragments, fact.about)) return { source: "topic", fact, subject: fact.subject };
  }
  return null;
}
