// "Use my résumé" on a new interview: the résumé's analysis as it is now, read inside the creating
// transaction and stored with the interview (interviews.resume_analysis), so later edits or a deleted
// résumé do not change an interview already planned around it.
import { type DatabaseOrTransaction, findResumeAnalysis } from "@interviewer/db";
import type { ResumeAnalysis } from "@interviewer/engine";
import { decodeResumeAnalysis } from "./codec.ts";
import { noResumeError } from "./service.ts";

/** The viewer's résumé analysis; RESUME_NOT_FOUND (the transaction rolls back, no credit spent) without one. */
export async function resumeSnapshotForInterview(tx: DatabaseOrTransaction, userId: string): Promise<ResumeAnalysis> {
  const row = await findResumeAnalysis(tx, { userId });
  if (!row) throw noResumeError();
  return decodeResumeAnalysis(row.analysis);
}
