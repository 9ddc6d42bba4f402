// Help the candidate asked for inside an open question (interview.ask): a clarifying question with the
// interviewer's reply, or a graded hint. Stored with the turn (interview_turns.assists, oldest first),
// shown in the thread, the transcript and the report, and given to the grader, which lowers the score's
// ceiling for hints and credits good clarifying questions (apply-assists.ts). Neither uses up the
// question or a credit; both are capped per question, the caps enforced by the one statement that
// appends an assist.
import { z } from "zod";
import { shortenAtWord, storedText } from "../stored-text.ts";
import { hintCeiling } from "./hint-ceiling.ts";

/** Hints per question: a nudge, a direction, the key insight. */
export const MAX_HINTS_PER_QUESTION = 3;
/** Clarifying questions per question: enough to pin the scale and the inputs, not to interview the interviewer. */
export const MAX_CLARIFICATIONS_PER_QUESTION = 5;
export const MAX_CLARIFYING_QUESTION_CHARS = 500;
/** An interviewer's reply is a few sentences; a longer model reply is cut, never stored whole. */
export const MAX_ASSIST_REPLY_CHARS = 1200;

export const HINT_LEVELS = [1, 2, 3] as const;
export type HintLevel = (typeof HINT_LEVELS)[number];
export const HINT_LEVEL_NAMES: Readonly<Record<HintLevel, string>> = {
  1: "nudge",
  2: "direction",
  3: "key insight",
};

/** The candidate's clarifying question as typed: 1–500 characters, no NUL (it is stored). */
export const ZClarifyingQuestionSchema = storedText({ error: "Type your question." })
  .trim()
  .min(1, { error: "Type your question." })
  .max(MAX_CLARIFYING_QUESTION_CHARS, {
    error: `A clarifying question is at most ${MAX_CLARIFYING_QUESTION_CHARS} characters.`,
  });

const ZAssistReplySchema = z.string().min(1).max(MAX_ASSIST_REPLY_CHARS);

export const ZTurnAssistSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("clarification"),
    question: z.string().min(1).max(MAX_CLARIFYING_QUESTION_CHARS),
    reply: ZAssistReplySchema,
    at: z.iso.datetime(),
  }),
  z.object({
    kind: z.literal("hint"),
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    text: ZAssistReplySchema,
    at: z.iso.datetime(),
  }),
]);
export type TurnAssist = z.infer<typeof ZTurnAssistSchema>;
export type ClarificationAssist = Extract<TurnAssist, { kind: "clarification" }>;
export type HintAssist = Extract<TurnAssist, { kind: "hint" }>;

/** A stored assists column: rows written before assists existed hold `[]`. */
export const ZTurnAssistsSchema = z.array(ZTurnAssistSchema).default([]);

export interface AssistCounts {
  hintsUsed: number;
  hintsLeft: number;
  clarificationsUsed: number;
  clarificationsLeft: number;
  /** The highest score the answer can get after the hints taken (10 with none). */
  scoreCeiling: number;
  /** What the ceiling becomes if one more hint is taken; null when none is left. */
  ceilingAfterNextHint: number | null;
}

export function countAssists(assists: readonly TurnAssist[]): AssistCounts {
  const hintsUsed = assists.filter((assist) => assist.kind === "hint").length;
  const clarificationsUsed = assists.length - hintsUsed;
  return {
    hintsUsed,
    hintsLeft: Math.max(0, MAX_HINTS_PER_QUESTION - hintsUsed),
    clarificationsUsed,
    clarificationsLeft: Math.max(0, MAX_CLARIFICATIONS_PER_QUESTION - clarificationsUsed),
    scoreCeiling: hintCeiling(hintsUsed),
    ceilingAfterNextHint: hintsUsed < MAX_HINTS_PER_QUESTION ? hintCeiling(hintsUsed + 1) : null,
  };
}

/** The level of the next hint (one more than those taken), or null once all three are used. */
export function nextHintLevel(assists: readonly TurnAssist[]): HintLevel | null {
  const used = countAssists(assists).hintsUsed;
  return HINT_LEVELS[used] ?? null;
}

/** Cuts a reply to what an assist holds, at a word boundary. */
export function boundedReply(text: string): string {
  return shortenAtWord(text, MAX_ASSIST_REPLY_CHARS);
}
