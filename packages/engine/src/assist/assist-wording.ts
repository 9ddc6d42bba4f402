// How an assist reads in a transcript or a report, the same everywhere the engine writes one (the
// Markdown export): "Asked: … / Interviewer: …" for a clarifying question, "Hint 2 of 3: …" for a hint.
import { MAX_HINTS_PER_QUESTION, type TurnAssist } from "./turn-assist.ts";

export function assistLines(assist: TurnAssist): string[] {
  if (assist.kind === "clarification") return [`Asked: ${assist.question}`, `Interviewer: ${assist.reply}`];
  return [`Hint ${assist.level} of ${MAX_HINTS_PER_QUESTION}: ${assist.text}`];
}
