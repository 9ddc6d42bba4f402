// The built-in interviewer's reply to a clarifying question: the matched fact's answer (the question's
// own constraint, else the topic's default), or an honest "that's your call". It states facts of the
// problem only, so it never gives the solution away; it is also what the OpenAI provider falls back to.
import type { InterviewQuestion } from "../../interview-question.ts";
import type { ClarificationFact } from "../question-bank/clarifications.ts";
import { matchClarification } from "./match-clarification.ts";
import { YOUR_CALL_REPLY } from "./topic-facts.ts";

export function answerClarificationOffline(
  question: Pick<InterviewQuestion, "id" | "source" | "kind" | "topic">,
  clarifyingQuestion: string,
  bankFacts?: readonly ClarificationFact[],
): string {
  return matchClarification(question, clarifyingQuestion, bankFacts)?.fact.answer ?? YOUR_CALL_REPLY;
}
