// What the built-in interviewer may say when a candidate asks about a bank question: the constraints
// and assumptions behind it (answers to clarifying questions) and three graded hints. Keyed by bank
// question id. Nothing here gives the solution away: a clarification states a fact of the problem
// (scale, input bounds, what may be assumed), and the hints go from a nudge to the key insight without
// the full answer. Questions without an entry get topic-level defaults (builtin/clarification/).
// The data lives in one file per topic (clarifications-coding.ts, clarifications-system-design.ts).
import { CODING_CLARIFICATIONS } from "./clarifications-coding.ts";
import { SYSTEM_DESIGN_CLARIFICATIONS } from "./clarifications-system-design.ts";

export interface ClarificationFact {
  /**
   * Phrasings, in the key points' phrasing syntax (see bank-question.ts), that a clarifying question
   * contains when it asks about this fact ("how many users", "input sorted", "read write ratio").
   */
  about: string[];
  /** The interviewer's answer: a constraint or an assumption the candidate may make. */
  answer: string;
}

export interface QuestionClarifications {
  facts: ClarificationFact[];
  /** A nudge, a direction, then the key insight: each says more, none is the whole answer. */
  hints: readonly [string, string, string];
}

export const BANK_CLARIFICATIONS: Readonly<Record<string, QuestionClarifications>> = {
  ...CODING_CLARIFICATIONS,
  ...SYSTEM_DESIGN_CLARIFICATIONS,
};
