// Recording a finished evaluation: the result and the step it leads to (the next question, or the end
// of the interview) are written in ONE transaction, so a turn costs one commit here instead of two
// (issue 12: the time of interview.answer went to its commits). The step is worked out first, outside
// any transaction, because writing a question may call the model and a slow model must not hold the
// interview's row lock. Under the lock the result is stored only if the turn is still pending, so an
// evaluation is recorded exactly once; the step is inserted only if nobody advanced the interview
// meanwhile. An evaluator that lost the race (its lease ran out and another stored first) takes the
// stored result and advances from it, as any caller would.
import { findTurn, schema } from "@interviewer/db";
import type { AnswerEvaluation } from "@interviewer/engine";
import { and, eq } from "drizzle-orm";
import { recordDrillOutcome } from "../drill/drill-outcome.ts";
import type { Logger } from "../shared/logger.ts";
import {
  advanceInterview,
  applyNextStep,
  type InterviewDeps,
  type NextStep,
  writeNextQuestion,
} from "./advance-interview.ts";
import { decodeTurn, type InterviewSnapshot, type TurnRecord } from "./interview-codec.ts";
import { lockInterview } from "./load-interview.ts";

const { interviewTurns } = schema;

export interface RecordedEvaluation {
  /** The evaluation as stored: this evaluator's, or the one another stored first. */
  evaluation: AnswerEvaluation;
  /**
   * The interview afterwards (without a next question if it could not be written: resuming retries it);
   * undefined only when another evaluator's result stood and advancing from it failed.
   */
  after: InterviewSnapshot | undefined;
}

/**
 * Stores `evaluation` for the pending `turn` of `snapshot` (the interview the evaluation started from)
 * and writes the next step with it. Throws only if the result could not be stored.
 */
export async function recordEvaluation(
  deps: InterviewDeps & { logger: Logger },
  snapshot: InterviewSnapshot,
  turn: TurnRecord,
  evaluation: AnswerEvaluation,
): Promise<RecordedEvaluation> {
  const { interview } = snapshot;
  const evaluated = {
    evaluationStatus: "evaluated",
    evaluation,
    score: evaluation.score,
    evaluatedAt: deps.clock.now(),
    evaluationLeaseUntil: null,
    usage: evaluation.usage,
    fallback: evaluation.fallback,
  } satisfies Partial<TurnRecord>;
  const withResult = { interview, turns: snapshot.turns.map((t) => (t.id === turn.id ? { ...t, ...evaluated } : t)) };
  const step = await nextStepOrWait(deps, withResult);

  const outcome = await deps.db.transaction(async (tx) => {
    const locked = await lockInterview(tx, interview.id);
    const stored = await tx
      .update(interviewTurns)
      .set(evaluated)
      .where(and(eq(interviewTurns.id, turn.id), eq(interviewTurns.evaluationStatus, "pending")))
      .returning({ id: interviewTurns.id });
    if (stored.length === 0) return { lost: locked };
    // Drill cards move with the result they come from (drill/drill-outcome.ts): one or two statements.
    await recordDrillOutcome(tx, { interview: locked.interview, turn, evaluation, now: evaluated.evaluatedAt });
    const current = { ...locked, turns: locked.turns.map((t) => (t.id === turn.id ? { ...t, ...evaluated } : t)) };
    const after = await applyNextStep(tx, current, {
      step,
      basisTurnCount: snapshot.turns.length,
      now: deps.clock.now(),
    });
    return { after };
  });
  if ("after" in outcome) return { evaluation, after: outcome.after };

  // Another evaluator stored its result first: that one stands, and the interview advances from it.
  const existing = await findTurn(deps.db, { interviewId: interview.id, turnId: turn.id });
  const theirs = existing ? decodeTurn(existing) : { ...turn, ...evaluated };
  const withTheirs = { ...outcome.lost, turns: outcome.lost.turns.map((t) => (t.id === turn.id ? theirs : t)) };
  return { evaluation: theirs.evaluation ?? evaluation, after: await advanceOrLog(deps, withTheirs) };
}

/** The next step, or "wait" (the result is still stored) when it cannot be written now. */
async function nextStepOrWait(
  deps: InterviewDeps & { logger: Logger },
  snapshot: InterviewSnapshot,
): Promise<NextStep> {
  if (snapshot.interview.status !== "active") return "wait";
  try {
    return await writeNextQuestion(deps, snapshot);
  } catch (error) {
    logNoNextQuestion(deps.logger, snapshot.interview.id, error);
    return "wait";
  }
}

async function advanceOrLog(
  deps: InterviewDeps & { logger: Logger },
  snapshot: InterviewSnapshot,
): Promise<InterviewSnapshot | undefined> {
  return advanceInterview(deps, snapshot).catch((error: unknown) => {
    logNoNextQuestion(deps.logger, snapshot.interview.id, error);
    return undefined;
  });
}

function logNoNextQuestion(logger: Logger, interviewId: string, error: unknown): void {
  logger.error({ err: error, interviewId }, "could not write the next question; resuming the interview will retry");
}
