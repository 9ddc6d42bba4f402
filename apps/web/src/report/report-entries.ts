// The transcript as the report lays it out: one numbered entry per question asked (a retry is an
// entry of its own, as in the room), each with the anchor the question index and study list jump to.
import type { RouterOutputs } from "@interviewer/api";

type Transcript = RouterOutputs["interview"]["transcript"];
export type TranscriptTurn = Transcript["turns"][number];

export interface ReportEntry {
  turn: TranscriptTurn;
  number: number;
  anchor: string;
  /** The language code in this answer is in, when the question asked for code. */
  codeLanguage: string | null;
}

export function reportEntries(transcript: Transcript): ReportEntry[] {
  return transcript.turns.map((turn, index) => ({
    turn,
    number: index + 1,
    anchor: `question-${index + 1}`,
    codeLanguage: turn.topic === "coding" ? transcript.plan.language : null,
  }));
}

/** The entry a study item points at: the last attempt at that question (where the candidate ended up). */
export function entryForQuestion(entries: readonly ReportEntry[], questionText: string): ReportEntry | null {
  return entries.findLast((entry) => entry.turn.question === questionText) ?? null;
}

/** The role the interview was for, from the job description's first line when it reads like a title. */
export function roleFromJobDescription(jobDescription: string | null): string | null {
  const line = jobDescription?.trim().split("\n")[0]?.replace(/\s+/g, " ").trim() ?? "";
  return line.length > 0 && line.length <= 80 && !/[.!?:]$/.test(line) ? line : null;
}
