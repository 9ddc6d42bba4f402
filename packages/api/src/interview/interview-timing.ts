// The interview's clock. A time limit counts only the time the interview was running, and a deadline
// is enforced by writes only (the periodic sweeper, or the next mutation); a read of an interview
// whose time ran out before the sweeper came by presents it as finished instead (see presentAsOf), so
// reads never write and every caller sees the same answer.
import { buildInterviewReport, type InterviewTiming } from "@interviewer/engine";
import { type InterviewRecord, type InterviewSnapshot, toEngineTurn } from "./interview-codec.ts";

/**
 * The engine counts a time limit from `startedAt`; time spent paused does not count, so the start is
 * moved forward by it, and a paused interview's clock stands still at the moment it was paused.
 */
type Clocked = Pick<InterviewRecord, "plan" | "startedAt" | "pausedAt" | "pausedMs">;

export function timingOf(interview: Clocked, now: Date): InterviewTiming | null {
  if (!interview.startedAt) return null;
  const pausedNow = interview.pausedAt ? now.getTime() - interview.pausedAt.getTime() : 0;
  return {
    startedAt: new Date(interview.startedAt.getTime() + interview.pausedMs + pausedNow),
    now,
  };
}

export function timeLeftMs(interview: Clocked, now: Date): number | null {
  const timing = timingOf(interview, now);
  if (interview.plan.timeLimitMinutes === null || !timing) return null;
  return Math.max(0, timing.startedAt.getTime() + interview.plan.timeLimitMinutes * 60_000 - now.getTime());
}

/**
 * True when a running interview's time is up and it should end now. An answer given in time that is
 * still being graded keeps it open: the evaluation finishes it.
 */
export function deadlinePassed({ interview, turns }: InterviewSnapshot, now: Date): boolean {
  return (
    interview.status === "active" &&
    timeLeftMs(interview, now) === 0 &&
    !turns.some((turn) => turn.evaluationStatus === "pending")
  );
}

/** The interview as it is once ended: the report is computed from the turns, with the status, in one value. */
export function endedInterview(
  { interview, turns }: InterviewSnapshot,
  now: Date,
  reason: "completed" | "time_limit" | "abandoned",
): InterviewRecord {
  const report = buildInterviewReport(interview.plan, turns.map(toEngineTurn));
  return {
    ...interview,
    status: reason === "abandoned" ? "abandoned" : "completed",
    endReason: reason,
    endedAt: now,
    pausedAt: null,
    report,
    overallPercent: report.overallPercent,
    updatedAt: now,
  };
}

/**
 * What a read shows: the snapshot as stored, or — if its time ran out and nobody has written that down
 * yet — as it will be once the sweeper or the next mutation ends it. Pure: nothing is written here.
 */
export function presentAsOf(snapshot: InterviewSnapshot, now: Date): InterviewSnapshot {
  if (!deadlinePassed(snapshot, now)) return snapshot;
  return { interview: endedInterview(snapshot, now, "time_limit"), turns: snapshot.turns };
}
