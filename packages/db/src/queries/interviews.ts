// Interview reads, as plain functions `(db, params)`: an interview always comes with its turns, in one
// statement. The hot read (every interview.* call) is a prepared relational query: one round trip, one
// plan per connection instead of a parse and plan per call. Reads that must lock (inside a mutation's
// transaction) are a join locking only the interview row; they cannot be prepared on `db` because a
// prepared query runs outside the caller's transaction.
import { and, asc, desc, eq, sql } from "drizzle-orm";
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

/**
 * How many distinct questions of one topic the history reads. Far more than any topic's bank holds (under
 * 100 each), so the bank still sees every bank question a user was asked; past it, the questions asked
 * longest ago drop out, and with them only the order in which seen questions come round again.
 */
export const QUESTION_HISTORY_IDS = 500;
/** How many of the newest main questions' texts come back, for a model to avoid and the API to check. */
export const QUESTION_HISTORY_TEXTS = 30;

export interface QuestionHistory {
  /** Distinct question ids of the topic this user was asked, least recently asked first. */
  seenQuestionIds: string[];
  /** Texts of the newest QUESTION_HISTORY_TEXTS of them, newest first. */
  recentQuestionTexts: string[];
}

/**
 * The main questions of one topic this user was asked in any interview (follow-ups are derived from
 * them and are never asked on their own). One statement, grouped by question id: a question asked
 * twice counts once, at the last time it was asked; the text is read only for the newest
 * QUESTION_HISTORY_TEXTS, so the rows stay small however long the history.
 */
export async function findQuestionHistory(
  db: DatabaseOrTransaction,
  params: { userId: string; topic: string },
): Promise<QuestionHistory> {
  const lastAsked = sql`max(${interviewTurns.createdAt})`;
  // The window runs over the grouped rows, in the order they are returned: the newest questions' rank.
  const recency = sql`row_number() over (order by ${lastAsked} desc, ${interviewTurns.questionId})`;
  const text = sql<
    string | null
  >`case when ${recency} <= ${QUESTION_HISTORY_TEXTS} then min(${interviewTurns.question}->>'text') end`;
  const rows = await db
    .select({ questionId: interviewTurns.questionId, text })
    .from(interviewTurns)
    .innerJoin(interviews, eq(interviews.id, interviewTurns.interviewId))
    .where(
      and(
        eq(interviews.userId, params.userId),
        eq(interviewTurns.topic, params.topic),
        sql`${interviewTurns.question}->>'kind' = 'main'`,
      ),
    )
    .groupBy(interviewTurns.questionId)
    .orderBy(desc(lastAsked), interviewTurns.questionId)
    .limit(QUESTION_HISTORY_IDS);
  const recentQuestionTexts: string[] = [];
  for (const row of rows) if (row.text !== null) recentQuestionTexts.push(row.text);
  return { seenQuestionIds: rows.map((row) => row.questionId).reverse(), recentQuestionTexts };
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
