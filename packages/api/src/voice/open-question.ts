// Which question a recording or a spoken question belongs to: the interview's open one. A recording for
// any other question is refused before the transcriber is paid for, with the same reasons answering
// would give (paused, ended, time up, not the current question, already answered).
import { DomainError, notFound } from "../errors.ts";
import type { InterviewSnapshot, TurnRecord } from "../interview/interview-codec.ts";
import { timeLeftMs } from "../interview/interview-timing.ts";

export function openQuestionOf(snapshot: InterviewSnapshot, now: Date, turnId?: string): TurnRecord {
  const { interview, turns } = snapshot;
  if (interview.status === "paused") {
    throw new DomainError("PRECONDITION_FAILED", "INTERVIEW_PAUSED", "The interview is paused. Resume it to answer.");
  }
  if (interview.status !== "active") {
    throw new DomainError("PRECONDITION_FAILED", "INTERVIEW_ENDED", "This interview has ended; answers are closed.");
  }
  if (timeLeftMs(interview, now) === 0) {
    throw new DomainError("PRECONDITION_FAILED", "TIME_UP", "Time is up: the interview has ended.");
  }
  const open = turns.at(-1);
  if (turnId !== undefined && !turns.some((turn) => turn.id === turnId)) throw notFound("Question");
  if (!open || (turnId !== undefined && open.id !== turnId)) {
    throw new DomainError("CONFLICT", "NOT_CURRENT_QUESTION", "That is not the current question any more.");
  }
  if (open.answer !== null) {
    throw new DomainError("CONFLICT", "ALREADY_ANSWERED", "This question was already answered.");
  }
  return open;
}
