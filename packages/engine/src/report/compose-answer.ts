// The stored text of an answer written as prose plus code: the prose, a blank line, then the code in a
// fenced block tagged with its language. It is the inverse of answerBlocks (answer-blocks.ts), so the
// report, the export and the grader read the code back as code, and a retried submit composes the same
// text (idempotency compares it).
import { fencedCode } from "./answer-blocks.ts";

export interface AnswerParts {
  /** What the candidate wrote in words; may be empty when there is code. */
  prose: string;
  /** The code and its editor language label ("Python", "SQL", "Pseudo-code"), or null. */
  code: { label: string; source: string } | null;
}

export function composeAnswer({ prose, code }: AnswerParts): string {
  const words = prose.trim();
  if (!code || code.source.trim().length === 0) return words;
  const block = fencedCode(code.source, code.label);
  return words.length > 0 ? `${words}\n\n${block}` : block;
}
