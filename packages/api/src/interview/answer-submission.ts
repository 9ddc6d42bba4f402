// An answer as submitted, normalised in one place: the prose, the code (with its editor label and the
// runtime that label names, if any) and the text that is stored — the prose, then the code fenced
// (composeAnswer). The legacy `language` field (the whole answer is code in a language that runs) and
// the `code` field both become this shape, so storing, idempotency, the hidden tests and grading see one
// value. Refusals are messages for the input's `answer` field: nothing has been stored yet.
import {
  codeLabelOf,
  codeRuntimeOf,
  composeAnswer,
  MAX_ANSWER_CHARS,
  type RunnableLanguage,
} from "@interviewer/engine";
import { type AnswerDiagram, parseAnswerDiagram } from "./answer-diagram.ts";

export interface AnswerSubmission {
  prose: string;
  code: { label: string; runtime: RunnableLanguage | null; source: string } | null;
  /** What is stored as the turn's answer (and compared by a retried submit). */
  text: string;
  /** The whiteboard drawn with the answer, validated; stored with it in the same update. */
  diagram: AnswerDiagram | null;
}

export interface AnswerInput {
  answer: string;
  language?: RunnableLanguage | undefined;
  code?: { language: string; source: string } | undefined;
  /** The whiteboard's scene as JSON (answer-diagram.ts). */
  diagram?: string | undefined;
}

export const EMPTY_ANSWER_MESSAGE = "Write an answer, or skip the question.";

/**
 * The submission, or why it is refused (empty, or too long once prose and code are put together). A
 * diagram that cannot be stored throws its typed DomainError (DIAGRAM_TOO_LARGE, DIAGRAM_INVALID).
 */
export function toAnswerSubmission(input: AnswerInput): AnswerSubmission | { refused: string } {
  const diagram = input.diagram === undefined ? null : parseAnswerDiagram(input.diagram);
  const code = input.code
    ? { label: input.code.language, runtime: codeRuntimeOf(input.code.language), source: input.code.source }
    : input.language
      ? { label: codeLabelOf(input.language), runtime: input.language, source: input.answer }
      : null;
  // With the legacy field the answer IS the code, so there is no prose beside it.
  const prose = input.code || !input.language ? input.answer : "";
  const withCode = code && code.source.trim().length > 0 ? code : null;
  // A drawing with a component is an answer even without words (graded below the bar, see the engine).
  const drawn = diagram !== null && diagram.components > 0;
  if (prose.trim().length === 0 && !withCode && !drawn) return { refused: EMPTY_ANSWER_MESSAGE };
  const text = composeAnswer({ prose, code: withCode });
  if (text.length > MAX_ANSWER_CHARS) {
    return {
      refused: `Your answer and code together are ${text.length.toLocaleString("en")} characters; the limit is ${MAX_ANSWER_CHARS.toLocaleString("en")}. Shorten one of them.`,
    };
  }
  return { prose, code: withCode, text, diagram };
}
