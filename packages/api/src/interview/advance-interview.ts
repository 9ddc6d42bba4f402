// Moves an interview to its next step after something changed (an evaluation was stored, a question
// was retried, an interview owed its next question was resumed): ask the next planned question or a
// follow-up, or finish with a report. The engine's state machine says which; the provider only writes
// the question. The model call happens outside any transaction, and the new turn is inserted under the
// interview's row lock only if nobody advanced the interview meanwhile, so concurrent callers add one
// turn, not two. Works from the caller's snapshot and returns the one after: no read to start with.
// A main question goes through askCheckedQuestion, so a model-written coding question is shown only
// once its tests pass its own reference solutions, and a model-written question that repeats one the
// candidate was already asked (here or in an earlier interview) is not shown at all.
// A drill asks the fixed questions of its plan instead (drill/drill-question.ts), each turn carrying
// the drill cards it practises.
import { type DatabaseOrTransaction, findQuestionHistory, schema } from "@interviewer/db";
import { createFollowUpQuestion, getInterviewState, type InterviewQuestion, type TopicId } from "@interviewer/engine";
import type { ApiDependencies } from "../context.ts";
import { drillCardIdsOfNextQuestion, writeDrillQuestion } from "../drill/drill-question.ts";
import { decodeResumeSnapshot } from "../resume/codec.ts";
import type { Logger } from "../shared/logger.ts";
import { askCheckedQuestion } from "./ask-checked-question.ts";
import { finishInterview } from "./finish-interview.ts";
import { decodeTurn, type InterviewSnapshot, type TurnRecord, toEngineTurn } from "./interview-codec.ts";
import { timingOf } from "./interview-timing.ts";
import { lockInterview } from "./load-interview.ts";

export type InterviewDeps = Pick<ApiDependencies, "db" | "clock" | "interviewer" | "codeRunner"> & {
  /** Where a question check's outcome is written (see ask-checked-question.ts); optional for callers without one. */
  logger?: Logger | undefined;
};

/** Writes the question the state machine asks for (main question or follow-up). */
export async function writeNextQuestion(
  deps: InterviewDeps,
  { interview, turns }: InterviewSnapshot,
): Promise<InterviewQuestion | "finish-completed" | "finish-time-limit" | "wait"> {
  if (turns.some((turn) => turn.evaluationStatus === "pending")) return "wait";
  const { plan } = interview;
  const state = getInterviewState(plan, turns.map(toEngineTurn), timingOf(interview, deps.clock.now()));
  const next = state.next;
  if (next.action === "finish") return next.reason === "time-limit" ? "finish-time-limit" : "finish-completed";
  if (next.action === "await-answer") return "wait";
  if (next.action === "ask-follow-up") {
    const parentEvaluation = turns.findLast((turn) => turn.evaluation !== null)?.evaluation;
    return createFollowUpQuestion(next.parentQuestion, parentEvaluation ?? { keyPointsMissed: [] }, next.text);
  }
  if (next.drillItem) return writeDrillQuestion(deps, { interview, turns }, next.drillItem, askNewQuestion);
  return askNewQuestion(deps, { interview, turns }, next.topic);
}

/** A main question on `topic` the candidate has not been asked, written by the provider. */
async function askNewQuestion(
  deps: InterviewDeps,
  { interview, turns }: InterviewSnapshot,
  topic: TopicId,
): Promise<InterviewQuestion> {
  const { plan } = interview;
  const history = await findQuestionHistory(deps.db, { userId: interview.userId, topic });
  const askedInThisInterview = turns.map((turn) => turn.question.text);
  // The history covers this interview too; its questions are already listed as asked in it.
  const askedHere = new Set(askedInThisInterview);
  return askCheckedQuestion(deps, {
    topic,
    difficulty: plan.difficulty,
    language: plan.language,
    jobDescription: interview.jobAnalysis,
    resume: decodeResumeSnapshot(interview.resumeAnalysis),
    seenQuestionIds: history.seenQuestionIds,
    askedInThisInterview,
    recentQuestionTexts: history.recentQuestionTexts.filter((text) => !askedHere.has(text)),
  });
}

/** What the state machine asked for: a question to insert, the end of the interview, or nothing yet. */
export type NextStep = Awaited<ReturnType<typeof writeNextQuestion>>;

/**
 * Advances an active interview by one step if it needs one, and returns the interview as it is
 * afterwards. Safe to call repeatedly and concurrently.
 */
export async function advanceInterview(deps: InterviewDeps, snapshot: InterviewSnapshot): Promise<InterviewSnapshot> {
  if (snapshot.interview.status !== "active") return snapshot;
  const step = await writeNextQuestion(deps, snapshot);
  if (step === "wait") return snapshot;

  return deps.db.transaction(async (tx) => {
    const locked = await lockInterview(tx, snapshot.interview.id);
    return applyNextStep(tx, locked, { step, basisTurnCount: snapshot.turns.length, now: deps.clock.now() });
  });
}

/**
 * Writes a step worked out (outside the transaction) from a snapshot of `basisTurnCount` turns, given
 * the interview as read under its row lock; returns the interview afterwards. If someone else advanced
 * it (or paused or ended it) while the step was being written, their step stands and this one is dropped.
 */
export async function applyNextStep(
  tx: DatabaseOrTransaction,
  locked: InterviewSnapshot,
  { step, basisTurnCount, now }: { step: NextStep; basisTurnCount: number; now: Date },
): Promise<InterviewSnapshot> {
  if (step === "wait" || locked.interview.status !== "active" || locked.turns.length !== basisTurnCount) return locked;
  if (step === "finish-completed" || step === "finish-time-limit") {
    const reason = step === "finish-completed" ? "completed" : "time_limit";
    return { interview: await finishInterview(tx, now, locked, reason), turns: locked.turns };
  }
  const drillCardIds = drillCardIdsOfNextQuestion(locked);
  const turn = await insertTurn(tx, locked.interview.id, locked.turns.length, step, now, 1, drillCardIds);
  return { interview: locked.interview, turns: [...locked.turns, turn] };
}

export async function insertTurn(
  tx: DatabaseOrTransaction,
  interviewId: string,
  position: number,
  question: InterviewQuestion,
  now: Date,
  attempt = 1,
  /** In a drill: the cards this question practises (rescheduled when its answer is graded). */
  drillCardIds: string[] | null = null,
): Promise<TurnRecord> {
  const [row] = await tx
    .insert(schema.interviewTurns)
    .values({
      interviewId,
      position,
      questionId: question.id,
      topic: question.topic,
      question,
      attempt,
      drillCardIds,
      createdAt: now,
    })
    .returning();
  if (!row) throw new Error("turn insert returned nothing");
  return decodeTurn(row);
}
