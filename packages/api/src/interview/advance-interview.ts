// Moves an interview to its next step after something changed (an evaluation was stored, a question
// was retried, time ran out): ask the next planned question or a follow-up, or finish with a report.
// The engine's state machine says which; the provider only writes the question. The model call
// happens outside any transaction, and the new turn is inserted under the interview's row lock only
// if nobody advanced the interview meanwhile, so concurrent callers add one turn, not two.
import { type DatabaseOrTransaction, type Interview, type InterviewTurnRow, schema } from "@interviewer/db";
import { createFollowUpQuestion, getInterviewState, type InterviewQuestion } from "@interviewer/engine";
import type { ApiDependencies } from "../context.ts";
import { finishInterview } from "./finish-interview.ts";
import {
  evaluationOf,
  findInterviewForViewer,
  jobAnalysisOf,
  loadTurns,
  planOf,
  seenQuestionIds,
  timingOf,
  toEngineTurn,
} from "./interview-records.ts";

export type InterviewDeps = Pick<ApiDependencies, "db" | "clock" | "interviewer">;

/** Writes the question the state machine asks for (main question or follow-up). */
export async function writeNextQuestion(
  deps: InterviewDeps,
  interview: Interview,
  turns: readonly InterviewTurnRow[],
): Promise<InterviewQuestion | "finish-completed" | "finish-time-limit" | "wait"> {
  if (turns.some((turn) => turn.evaluationStatus === "pending")) return "wait";
  const plan = planOf(interview);
  const state = getInterviewState(plan, turns.map(toEngineTurn), timingOf(interview, deps.clock.now()));
  const next = state.next;
  if (next.action === "finish") return next.reason === "time-limit" ? "finish-time-limit" : "finish-completed";
  if (next.action === "await-answer") return "wait";
  if (next.action === "ask-follow-up") {
    const parentTurn = [...turns].reverse().find((turn) => turn.evaluation !== null);
    const parentEvaluation = parentTurn ? evaluationOf(parentTurn) : null;
    return createFollowUpQuestion(next.parentQuestion, parentEvaluation ?? { keyPointsMissed: [] }, next.text);
  }
  const asked = await deps.interviewer.askQuestion({
    topic: next.topic,
    difficulty: plan.difficulty,
    language: plan.language,
    jobDescription: jobAnalysisOf(interview),
    seenQuestionIds: await seenQuestionIds(deps.db, interview.userId),
    askedInThisInterview: turns.map((turn) => toEngineTurn(turn).question.text),
  });
  return asked.question;
}

/** Advances an active interview by one step if it needs one. Safe to call repeatedly and concurrently. */
export async function advanceInterview(deps: InterviewDeps, viewer: { userId: string }, interviewId: string) {
  const interview = await findInterviewForViewer(deps.db, viewer, interviewId);
  if (interview.status !== "active") return;
  const turns = await loadTurns(deps.db, interviewId);
  const step = await writeNextQuestion(deps, interview, turns);
  if (step === "wait") return;

  await deps.db.transaction(async (tx) => {
    const locked = await findInterviewForViewer(tx, viewer, interviewId, { forUpdate: true });
    const current = await loadTurns(tx, interviewId);
    // Someone else advanced it (or paused/ended it) while we were writing: their step stands.
    if (locked.status !== "active" || current.length !== turns.length) return;
    const now = deps.clock.now();
    if (step === "finish-completed" || step === "finish-time-limit") {
      await finishInterview(tx, now, locked, current, step === "finish-completed" ? "completed" : "time_limit");
      return;
    }
    await insertTurn(tx, interviewId, current.length, step, now);
  });
}

export async function insertTurn(
  tx: DatabaseOrTransaction,
  interviewId: string,
  position: number,
  question: InterviewQuestion,
  now: Date,
  attempt = 1,
): Promise<void> {
  await tx.insert(schema.interviewTurns).values({
    interviewId,
    position,
    questionId: question.id,
    topic: question.topic,
    question: question as unknown as Record<string, unknown>,
    attempt,
    createdAt: now,
  });
}
