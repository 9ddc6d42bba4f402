// Ending an interview: the report is computed from the evaluated turns and stored with the status in
// one update, so a finished interview always has its report.
import { type DatabaseOrTransaction, type Interview, type InterviewTurnRow, schema } from "@interviewer/db";
import { buildInterviewReport } from "@interviewer/engine";
import { eq } from "drizzle-orm";
import { planOf, toEngineTurn } from "./interview-records.ts";

export type EndReason = "completed" | "time_limit" | "abandoned";

export async function finishInterview(
  tx: DatabaseOrTransaction,
  now: Date,
  interview: Interview,
  turns: readonly InterviewTurnRow[],
  reason: EndReason,
): Promise<void> {
  const report = buildInterviewReport(planOf(interview), turns.map(toEngineTurn));
  await tx
    .update(schema.interviews)
    .set({
      status: reason === "abandoned" ? "abandoned" : "completed",
      endReason: reason,
      endedAt: now,
      pausedAt: null,
      report: report as unknown as Record<string, unknown>,
      overallPercent: report.overallPercent,
      updatedAt: now,
    })
    .where(eq(schema.interviews.id, interview.id));
}
