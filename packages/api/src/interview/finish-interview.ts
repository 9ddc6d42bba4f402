// Ending an interview: the report is computed from the evaluated turns and stored with the status in
// one update, so a finished interview always has its report.
import { type DatabaseOrTransaction, schema } from "@interviewer/db";
import { eq } from "drizzle-orm";
import type { InterviewRecord, InterviewSnapshot } from "./interview-codec.ts";
import { endedInterview } from "./interview-timing.ts";

export type EndReason = "completed" | "time_limit" | "abandoned";

/** Stores the end of the interview; returns the interview as stored, so callers need not read it again. */
export async function finishInterview(
  tx: DatabaseOrTransaction,
  now: Date,
  snapshot: InterviewSnapshot,
  reason: EndReason,
): Promise<InterviewRecord> {
  const ended = endedInterview(snapshot, now, reason);
  await tx
    .update(schema.interviews)
    .set({
      status: ended.status,
      endReason: ended.endReason,
      endedAt: ended.endedAt,
      pausedAt: null,
      report: ended.report,
      overallPercent: ended.overallPercent,
      updatedAt: now,
    })
    .where(eq(schema.interviews.id, snapshot.interview.id));
  return ended;
}
