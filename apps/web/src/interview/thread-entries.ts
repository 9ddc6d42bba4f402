// The conversation so far as the room's thread lists it: each earlier turn with the number of the
// planned question it belongs to, so a follow-up reads "Follow-up to question 2" and a retry
// "Question 2 · second attempt", the same numbers the header uses for the open question. Numbers
// come from the order of the turns: a first attempt at a main question is the next planned
// question; a follow-up and a retry belong to the main question before them (a retry always comes
// right after the attempt it repeats).
import type { RouterOutputs } from "@interviewer/api";

export type ThreadTurn = RouterOutputs["interview"]["get"]["thread"][number];

export interface ThreadEntry {
  turn: ThreadTurn;
  /** The planned question's number (a follow-up: its parent's). */
  number: number;
  /** "Question 2", "Follow-up to question 2", with " · second attempt" for a retry. */
  label: string;
}

export function threadEntries(thread: readonly ThreadTurn[]): ThreadEntry[] {
  let planned = 0;
  return thread.map((turn) => {
    if (turn.kind !== "follow-up" && turn.attempt === 1) planned += 1;
    // A follow-up asked before any planned question (never expected) still reads sensibly.
    const number = Math.max(planned, 1);
    const place = turn.kind === "follow-up" ? `Follow-up to question ${number}` : `Question ${number}`;
    return { turn, number, label: turn.attempt > 1 ? `${place} · second attempt` : place };
  });
}

/** The language of an unfenced answer to a coding question (older answers were the bare code). */
export function codeLanguageOf(turn: Pick<ThreadTurn, "topic">, planLanguage: string): string | null {
  return turn.topic === "coding" ? planLanguage : null;
}
