// Loading an interview with its turns as typed records: the authorised read every interview procedure
// starts from (one prepared statement), and the locked read a mutation's transaction starts from.
import {
  type Database,
  type DatabaseOrTransaction,
  findInterviewWithTurns,
  lockInterviewWithTurns,
} from "@interviewer/db";
import { notFound } from "../errors.ts";
import { decodeSnapshot, type InterviewSnapshot } from "./interview-codec.ts";

/** The viewer's interview, or NOT_FOUND (also when it is someone else's, so ids cannot be probed). */
export async function loadInterviewForViewer(
  db: Database,
  viewer: { userId: string },
  interviewId: string,
): Promise<InterviewSnapshot> {
  const row = await findInterviewWithTurns(db, { interviewId, userId: viewer.userId });
  if (!row) throw notFound("Interview");
  return decodeSnapshot(row);
}

/**
 * The interview as it is now, its row locked until the transaction ends. Callers got here through
 * the authorised read, so the interview is the viewer's; it can only have vanished meanwhile (account
 * deleted), which reads as NOT_FOUND too.
 */
export async function lockInterview(tx: DatabaseOrTransaction, interviewId: string): Promise<InterviewSnapshot> {
  const row = await lockInterviewWithTurns(tx, { interviewId });
  if (!row) throw notFound("Interview");
  return decodeSnapshot(row);
}
