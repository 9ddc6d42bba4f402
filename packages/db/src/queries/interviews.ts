// Interview reads, as plain functions `(db, params)`: an interview always comes with its turns, in one
// statement. The hot read (every interview.* call) is a prepared relational query: one round trip, one
// plan per connection instead of a parse and plan per call. Reads that must lock (inside a mutation's
// transaction) are a join locking only the interview row; they cannot be prepared on `db` because a
// prepared query runs outside the caller's transaction.
import { and, asc, eq, sql } from "drizzle-orm";
import type { Database, DatabaseOrTransaction } from "../database.ts";
import { type Interview, type InterviewTurnRow, interviews, interviewTurns } from "../schema/interviews.ts";

export type InterviewWithTurns = Interview & { turns: InterviewTurnRow[] };

function prepareInterviewWithTurns(db: Database) {
  return db.query.interviews
    .findFirst({
      where: (interview) =>
        and(eq(interview.id, sql.placeholder("interviewId")), eq(interview.userId, sql.placeholder("userId"))),
      with: { turns: { orderBy: (turn) => [asc(turn.position)] } },
    })
    .prepare("interview_with_turns");
}

// Prepared statements belong to one database handle (one pool); a server has one, tests several.
const preparedInterviewWithTurns = new WeakMap<Database, ReturnType<typeof prepareInterviewWithTurns>>();

/**
 * The user's interview with its turns in position order, or undefined (also when it is someone else's:
 * the owner is part of the condition, so the caller cannot tell the two apart, which is the point).
 */
export async function findInterviewWithTurns(
  db: Database,
  params: { interviewId: string; userId: string },
): Promise<InterviewWithTurns | undefined> {
  let prepared = preparedInterviewWithTurns.get(db);
  if (!prepared) {
    prepared = prepareInterviewWithTurns(db);
    preparedInterviewWithTurns.set(db, prepared);
  }
  return prepared.execute(params);
}

/**
 * The interview with its turns, its row locked FOR UPDATE until the transaction ends (the turns are
 * not locked: every change to them happens under the interview's lock). One statement.
 */
export async function lockInterviewWithTurns(
  tx: DatabaseOrTransaction,
  params: { interviewId: string },
): Promise<InterviewWithTurns | undefined> {
  const rows = await tx
    .select({ interview: interviews, turn: interviewTurns })
    .from(interviews)
    .leftJoin(interviewTurns, eq(interviewTurns.interviewId, interviews.id))
    .where(eq(interviews.id, params.interviewId))
    .orderBy(asc(interviewTurns.position))
    .for("update", { of: interviews });
  const first = rows[0];
  if (!first) return undefined;
  const turns: InterviewTurnRow[] = [];
  for (const row of rows) if (row.turn) turns.push(row.turn);
  return { ...first.interview, turns };
}

/** Every question id this user was asked in any interview, oldest first (one statement). */
export async function findSeenQuestionIds(db: DatabaseOrTransaction, params: { userId: string }): Promise<string[]> {
  const rows = await db
    .select({ questionId: interviewTurns.questionId })
    .from(interviewTurns)
    .innerJoin(interviews, eq(interviews.id, interviewTurns.interviewId))
    .where(eq(interviews.userId, params.userId))
    .orderBy(asc(interviewTurns.createdAt));
  return [...new Set(rows.map((row) => row.questionId))];
}

/** One turn of an interview (the evaluation stream's re-read after another evaluator finished). */
export async function findTurn(
  db: DatabaseOrTransaction,
  params: { interviewId: string; turnId: string },
): Promise<InterviewTurnRow | undefined> {
  const [turn] = await db
    .select()
    .from(interviewTurns)
    .where(and(eq(interviewTurns.id, params.turnId), eq(interviewTurns.interviewId, params.interviewId)))
    .limit(1);
  return turn;
}
