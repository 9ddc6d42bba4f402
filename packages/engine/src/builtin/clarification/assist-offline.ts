// The built-in interviewer's side of interview.ask: a clarifying question answered from the question's
// facts, or the hint at the asked level. Also the OpenAI provider's fallback and its safe replacement
// for a model reply that says too much.
import { boundedReply } from "../../assist/turn-assist.ts";
import type { AssistRequest } from "../../provider.ts";
import { answerClarificationOffline } from "./answer-clarification.ts";
import { gradedHintOffline } from "./graded-hint.ts";

export function assistOffline(request: Pick<AssistRequest, "question" | "ask">): string {
  const { question, ask } = request;
  const text =
    ask.kind === "clarification"
      ? answerClarificationOffline(question, ask.question)
      : gradedHintOffline(question, ask.level);
  return boundedReply(text);
}
