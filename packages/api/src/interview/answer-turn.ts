// A turn: the candidate's answer is stored first, in its own transaction, so it is never lost; then
// it is evaluated. Evaluation is claimed with a lease on the turn row, so retries after a crash or a
// timeout evaluate once: a second caller either finds the stored result, follows the live stream in
// this process, or (if the first evaluator died and its lease ran out) takes over. Storing the result
// is conditional on the turn still being pending, so an evaluation is recorded exactly once.
import { type InterviewTurnRow, schema } from "@interviewer/db";
import type { AnswerEvaluation } from "@interviewer/engine";
import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Viewer } from "../auth/viewer.ts";
import type { ApiDependencies } from "../context.ts";
import { DomainError, notFound } from "../errors.ts";
import type { Logger } from "../shared/logger.ts";
import { advanceInterview, type InterviewDeps } from "./advance-interview.ts";
import type { LiveEvaluationEvent } from "./evaluation-streams.ts";
import { finishInterview } from "./finish-interview.ts";
import {
  evaluationOf,
  findInterviewForViewer,
  jobAnalysisOf,
  loadTurns,
  planOf,
  timeLeftMs,
  toEngineTurn,
} from "./interview-records.ts";

export type TurnDeps = InterviewDeps & Pick<ApiDependencies, "evaluationStreams" | "metrics"> & { logger: Logger };

/** How long one evaluator owns a turn before another may assume it died. */
export const EVALUATION_LEASE_MS = 2 * 60 * 1000;

const { interviewTurns } = schema;

/** Stores the answer to the open turn. Repeating the same answer is a no-op (a retried request). */
export async function submitAnswer(
  deps: TurnDeps,
  viewer: Viewer,
  input: { interviewId: string; turnId: string; answer: string },
): Promise<{ turnId: string }> {
  const now = deps.clock.now();
  const outcome = await deps.db.transaction(async (tx) => {
    const interview = await findInterviewForViewer(tx, viewer, input.interviewId, { forUpdate: true });
    const turns = await loadTurns(tx, interview.id);
    const turn = turns.find((t) => t.id === input.turnId);
    if (!turn) throw notFound("Question");
    if (turn.answer !== null) {
      if (turn.answer === input.answer) return "already-stored" as const;
      throw new DomainError("CONFLICT", "ALREADY_ANSWERED", "This question was already answered.");
    }
    if (interview.status === "paused") {
      throw new DomainError("PRECONDITION_FAILED", "INTERVIEW_PAUSED", "The interview is paused. Resume it to answer.");
    }
    if (interview.status !== "active") {
      throw new DomainError("PRECONDITION_FAILED", "INTERVIEW_ENDED", "This interview has ended; answers are closed.");
    }
    if (timeLeftMs(interview, now) === 0) {
      // Late answers are refused; the interview ends with what was answered in time.
      if (!turns.some((t) => t.evaluationStatus === "pending")) {
        await finishInterview(tx, now, interview, turns, "time_limit");
      }
      return "time-up" as const;
    }
    if (turns.at(-1)?.id !== turn.id) {
      throw new DomainError("CONFLICT", "NOT_CURRENT_QUESTION", "That is not the current question any more.");
    }
    await tx
      .update(interviewTurns)
      .set({ answer: input.answer, answeredAt: now, evaluationStatus: "pending" })
      .where(eq(interviewTurns.id, turn.id));
    return "stored" as const;
  });
  if (outcome === "time-up") {
    throw new DomainError("PRECONDITION_FAILED", "TIME_UP", "Time is up: the interview ended before this answer.");
  }
  return { turnId: input.turnId };
}

/**
 * Evaluates a stored answer once, streaming events to `onEvent`, and returns the evaluation.
 * Safe to call again for the same turn at any time.
 */
export async function* evaluateTurn(
  deps: TurnDeps,
  viewer: Viewer,
  input: { interviewId: string; turnId: string },
  signal?: AbortSignal,
): AsyncGenerator<LiveEvaluationEvent, AnswerEvaluation | null> {
  const turn = await findTurnForViewer(deps, viewer, input);
  if (turn.evaluationStatus === "evaluated") {
    const stored = evaluationOf(turn);
    if (stored) yield { type: "result", evaluation: stored };
    return stored;
  }
  if (turn.evaluationStatus !== "pending") {
    throw new DomainError(
      "PRECONDITION_FAILED",
      "NOT_ANSWERED",
      "Answer the question before asking for its evaluation.",
    );
  }

  // Whoever claims the turn starts the evaluation in the background; everyone (the claimer included)
  // then follows its stream. A client that disconnects stops following, not evaluating.
  const claimed = await claimEvaluation(deps, turn.id);
  if (claimed) startEvaluation(deps, viewer, input, claimed);

  if (deps.evaluationStreams.has(turn.id)) {
    let result: AnswerEvaluation | null = null;
    for await (const event of deps.evaluationStreams.follow(turn.id, signal)) {
      if (event.type === "failed") {
        throw new DomainError("SERVICE_UNAVAILABLE", "EVALUATION_FAILED", event.message);
      }
      if (event.type === "result") result = event.evaluation;
      if (event.type !== "stored") yield event;
    }
    if (result) return result;
  }
  // Finished meanwhile (or the other instance said "stored": its result was too large for the bus).
  const stored = evaluationOf(await findTurnForViewer(deps, viewer, input));
  if (stored) {
    yield { type: "result", evaluation: stored };
    return stored;
  }
  if (signal?.aborted) return null;
  throw new DomainError(
    "CONFLICT",
    "EVALUATION_IN_PROGRESS",
    "This answer is being evaluated right now. Try again in a moment.",
  );
}

/**
 * Runs a claimed evaluation to its end, publishing every event to the live stream (and through it
 * to other instances), then stores the result and advances the interview. Never throws: a failure
 * gives the turn back (so a retry can evaluate it; the answer stays stored) and is published as
 * "failed" for whoever follows.
 */
function startEvaluation(
  deps: TurnDeps,
  viewer: Viewer,
  input: { interviewId: string; turnId: string },
  claimed: InterviewTurnRow,
): void {
  const stream = deps.evaluationStreams.open(claimed.id);
  const run = async () => {
    try {
      const interview = await findInterviewForViewer(deps.db, viewer, input.interviewId);
      const plan = planOf(interview);
      const startedAt = performance.now();
      let evaluation: AnswerEvaluation | undefined;
      for await (const event of deps.interviewer.streamEvaluation({
        question: toEngineTurn(claimed).question,
        answer: claimed.answer ?? "",
        jobDescription: jobAnalysisOf(interview),
        language: plan.language,
      })) {
        if (event.type === "result") evaluation = event.evaluation;
        else stream.publish(event);
      }
      if (!evaluation) throw new Error("the evaluator ended without a result");
      deps.metrics.modelCall({
        operation: "evaluate",
        provider: evaluation.provider,
        model: evaluation.model,
        fallback: evaluation.fallback,
        durationMs: performance.now() - startedAt,
        usage: evaluation.usage,
      });
      const stored = await storeEvaluation(deps, claimed, evaluation);
      // The next question is written before followers hear "result", so the state they fetch next is current.
      await advanceInterview(deps, viewer, input.interviewId).catch((error: unknown) => {
        deps.logger.error(
          { err: error, interviewId: input.interviewId },
          "could not write the next question; get will retry",
        );
      });
      stream.publish({ type: "result", evaluation: stored });
    } catch (error) {
      deps.logger.error({ err: error, turnId: claimed.id }, "evaluation failed; the answer is kept for a retry");
      await deps.db
        .update(interviewTurns)
        .set({ evaluationLeaseUntil: null })
        .where(and(eq(interviewTurns.id, claimed.id), eq(interviewTurns.evaluationStatus, "pending")))
        .catch(() => {});
      stream.publish({ type: "failed", message: "The evaluation failed. Your answer is saved; try again." });
    } finally {
      stream.close();
    }
  };
  deps.evaluationStreams.track(run());
}

/** Runs evaluateTurn to the end and returns its result (the non-streaming path). */
export async function evaluateTurnToEnd(
  deps: TurnDeps,
  viewer: Viewer,
  input: { interviewId: string; turnId: string },
): Promise<AnswerEvaluation> {
  const generator = evaluateTurn(deps, viewer, input);
  let step = await generator.next();
  while (!step.done) step = await generator.next();
  if (!step.value) throw new DomainError("CONFLICT", "EVALUATION_IN_PROGRESS", "The evaluation is not finished yet.");
  return step.value;
}

async function findTurnForViewer(
  deps: TurnDeps,
  viewer: Viewer,
  input: { interviewId: string; turnId: string },
): Promise<InterviewTurnRow> {
  const interview = await findInterviewForViewer(deps.db, viewer, input.interviewId);
  const [turn] = await deps.db
    .select()
    .from(interviewTurns)
    .where(and(eq(interviewTurns.id, input.turnId), eq(interviewTurns.interviewId, interview.id)))
    .limit(1);
  if (!turn) throw notFound("Question");
  return turn;
}

async function claimEvaluation(deps: TurnDeps, turnId: string): Promise<InterviewTurnRow | undefined> {
  const now = deps.clock.now();
  const [claimed] = await deps.db
    .update(interviewTurns)
    .set({ evaluationLeaseUntil: new Date(now.getTime() + EVALUATION_LEASE_MS) })
    .where(
      and(
        eq(interviewTurns.id, turnId),
        eq(interviewTurns.evaluationStatus, "pending"),
        or(isNull(interviewTurns.evaluationLeaseUntil), lt(interviewTurns.evaluationLeaseUntil, now)),
      ),
    )
    .returning();
  return claimed;
}

/** Records the result once; if another evaluator stored one first, theirs is returned. */
async function storeEvaluation(
  deps: TurnDeps,
  turn: InterviewTurnRow,
  evaluation: AnswerEvaluation,
): Promise<AnswerEvaluation> {
  const now = deps.clock.now();
  const [stored] = await deps.db
    .update(interviewTurns)
    .set({
      evaluationStatus: "evaluated",
      evaluation: evaluation as unknown as Record<string, unknown>,
      score: evaluation.score,
      evaluatedAt: now,
      evaluationLeaseUntil: null,
      usage: evaluation.usage as unknown as Record<string, unknown> | null,
      fallback: evaluation.fallback,
    })
    .where(and(eq(interviewTurns.id, turn.id), eq(interviewTurns.evaluationStatus, "pending")))
    .returning();
  if (stored) return evaluation;
  const [existing] = await deps.db.select().from(interviewTurns).where(eq(interviewTurns.id, turn.id));
  return (existing && evaluationOf(existing)) ?? evaluation;
}
