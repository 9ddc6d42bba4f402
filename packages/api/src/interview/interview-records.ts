// Reading interviews and turns, and turning rows into the engine's values. JSON columns are parsed
// with the engine's own schemas, so a row that drifted from the engine's shape fails loudly here
// instead of deep inside scoring.
import { type DatabaseOrTransaction, type Interview, type InterviewTurnRow, schema } from "@interviewer/db";
import {
  type AnswerEvaluation,
  type InterviewPlan,
  type InterviewTiming,
  type InterviewTurn,
  type JobDescriptionAnalysis,
  ZAnswerEvaluationSchema,
  ZInterviewQuestionSchema,
  ZJobDescriptionAnalysisSchema,
} from "@interviewer/engine";
import { asc, eq } from "drizzle-orm";
import { requireOwned } from "../shared/ownership.ts";

const { interviews, interviewTurns } = schema;

/** The viewer's interview, or NOT_FOUND (also when it is someone else's). `forUpdate` locks the row. */
export async function findInterviewForViewer(
  db: DatabaseOrTransaction,
  viewer: { userId: string },
  interviewId: string,
  options: { forUpdate?: boolean } = {},
): Promise<Interview> {
  const query = db.select().from(interviews).where(eq(interviews.id, interviewId)).limit(1);
  const [row] = options.forUpdate ? await query.for("update") : await query;
  return requireOwned(row, viewer, "Interview");
}

export async function loadTurns(db: DatabaseOrTransaction, interviewId: string): Promise<InterviewTurnRow[]> {
  return db
    .select()
    .from(interviewTurns)
    .where(eq(interviewTurns.interviewId, interviewId))
    .orderBy(asc(interviewTurns.position));
}

/** Every question id this user was asked in any interview, oldest first (one query). */
export async function seenQuestionIds(db: DatabaseOrTransaction, userId: string): Promise<string[]> {
  const rows = await db
    .select({ questionId: interviewTurns.questionId })
    .from(interviewTurns)
    .innerJoin(interviews, eq(interviews.id, interviewTurns.interviewId))
    .where(eq(interviews.userId, userId))
    .orderBy(asc(interviewTurns.createdAt));
  return [...new Set(rows.map((row) => row.questionId))];
}

/** Plans are written only by createInterview from a resolved engine plan. */
export function planOf(interview: Interview): InterviewPlan {
  return interview.plan as unknown as InterviewPlan;
}

export function jobAnalysisOf(interview: Interview): JobDescriptionAnalysis | null {
  return interview.jobAnalysis ? ZJobDescriptionAnalysisSchema.parse(interview.jobAnalysis) : null;
}

export function evaluationOf(row: InterviewTurnRow): AnswerEvaluation | null {
  return row.evaluation ? ZAnswerEvaluationSchema.parse(row.evaluation) : null;
}

export function toEngineTurn(row: InterviewTurnRow): InterviewTurn {
  return {
    question: ZInterviewQuestionSchema.parse(row.question),
    answer: row.answer,
    evaluation: evaluationOf(row),
  };
}

/**
 * The engine counts a time limit from `startedAt`; time spent paused does not count, so the start is
 * moved forward by it, and a paused interview's clock stands still at the moment it was paused.
 */
export function timingOf(interview: Interview, now: Date): InterviewTiming | null {
  if (!interview.startedAt) return null;
  const pausedNow = interview.pausedAt ? now.getTime() - interview.pausedAt.getTime() : 0;
  return {
    startedAt: new Date(interview.startedAt.getTime() + interview.pausedMs + pausedNow),
    now,
  };
}

export function timeLeftMs(interview: Interview, now: Date): number | null {
  const plan = planOf(interview);
  const timing = timingOf(interview, now);
  if (plan.timeLimitMinutes === null || !timing) return null;
  return Math.max(0, timing.startedAt.getTime() + plan.timeLimitMinutes * 60_000 - now.getTime());
}
