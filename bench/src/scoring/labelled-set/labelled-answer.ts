// The shape of one labelled answer and two helpers that keep the topic files readable: one question's
// six graded answers as a tuple, and one adversarial answer.

export type Level = 1 | 2 | 3 | 4 | 5 | 6;

export type AnswerKind =
  | "level"
  | "keyword-list"
  | "injection"
  | "pasted"
  | "rambling"
  | "terse-bullets"
  | "typos"
  | "code-only"
  | "negated-terms"
  | "other-words"
  | "non-star-story";

/**
 * One candidate answer with the level an experienced interviewer would give it:
 * 1 empty / "I don't know", 2 off-topic, 3 confidently wrong, 4 shallow, 5 good, 6 excellent.
 */
export interface LabelledAnswer {
  questionId: string;
  level: Level;
  kind: AnswerKind;
  answer: string;
}

/** The six answers of one question, in level order: empty, off-topic, wrong, shallow, good, excellent. */
export type SixLevels = readonly [string, string, string, string, string, string];

const LEVELS: readonly Level[] = [1, 2, 3, 4, 5, 6];

export function levels(questionId: string, answers: SixLevels): LabelledAnswer[] {
  return LEVELS.map((level, index) => ({ questionId, level, kind: "level", answer: answers[index] ?? "" }));
}

export function adversarial(
  questionId: string,
  kind: Exclude<AnswerKind, "level">,
  level: Level,
  answer: string,
): LabelledAnswer {
  return { questionId, level, kind, answer };
}
