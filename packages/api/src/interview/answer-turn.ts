// A turn: the candidate's answer is stored first, in its own transaction, so it is never lost; then
// it is evaluated. Evaluation is claimed with a lease on the turn row, so retries after a crash or a
// timeout evaluate once: a second caller either finds the stored result, follows the live stream in
// this process, or (if the first evaluator died and its lease ran out) takes over. Storing the result
// is conditional on the turn still being pending, so an evaluation is recorded exactly once.
// interview.answer evaluates right away, so it takes the lease in the same update that stores the
// answer, and the result is stored with the next step in one transaction (record-evaluation.ts): a
// turn commits twice instead of four times, which is where its time went (issue 12).
// Every step works from the snapshot the step before produced (the interview procedure's read, then
// the state after each write), so a whole answer reads the interview three times: once to authorise it,
// once under lock to store the answer, and once under lock to store the result with the next step.
import { findTurn, schema } from "@interviewer/db";
import {
  type AnswerEvaluation,
  type CodeRunResult,
  type DeliveryMetrics,
  sceneToGraph,
  type WhiteboardScene,
} from "@interviewer/engine";
import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { ApiDependencies } from "../context.ts";
import { DomainError, notFound } from "../errors.ts";
import type { Logger } from "../shared/logger.ts";
import type { SpokenAnswer } from "../voice/schemas.ts";
import { deliveryOfSpokenAnswer } from "../voice/spoken-delivery.ts";
import type { InterviewDeps } from "./advance-interview.ts";
import { sameDiagram } from "./answer-diagram.ts";
import type { AnswerSubmission } from "./answer-submission.ts";
import type { LiveEvaluationEvent } from "./evaluation-streams.ts";
import { finishInterview } from "./finish-interview.ts";
import { decodeTurn, type InterviewSnapshot, type TurnRecord } from "./interview-codec.ts";
import { timeLeftMs } from "./interview-timing.ts";
import { lockInterview } from "./load-interview.ts";
import { assistsOfQuestion } from "./question-assists.ts";
import { recordEvaluation } from "./record-evaluation.ts";
import { runHiddenTests } from "./run-code.ts";

export type TurnDeps = InterviewDeps &
  Pick<ApiDependencies, "evaluationStreams" | "metrics" | "codeRunner"> & { logger: Logger };

/** How long one evaluator owns a turn before another may assume it died. */
export const EVALUATION_LEASE_MS = 2 * 60 * 1000;
const leaseUntil = (now: Date) => new Date(now.getTime() + EVALUATION_LEASE_MS);

const { interviewTurns } = schema;

/**
 * Stores the answer to the open turn and returns the interview as it is afterwards. Repeating the same
 * answer is a no-op (a retried request). Code in a language that runs, answering a question with
 * tests, first runs against the hidden tests; the result is stored with the answer, in the same write.
 */
export async function submitAnswer(
  deps: TurnDeps,
  snapshot: InterviewSnapshot,
  input: { turnId: string; submission: AnswerSubmission; spoken?: SpokenAnswer | undefined },
): Promise<InterviewSnapshot> {
  const codeResult = await runHiddenTests(deps, snapshot, { turnId: input.turnId, code: input.submission.code });
  const delivery = await deliveryOfSpokenAnswer(deps.db, snapshot, input);
  const { stored } = await storeAnswer(deps, snapshot, {
    turnId: input.turnId,
    answer: input.submission.text,
    skipped: false,
    codeResult,
    diagram: input.submission.diagram?.scene ?? null,
    delivery,
    claimEvaluation: false,
  });
  return stored;
}

/**
 * Stores the answer and evaluates it to the end (interview.answer). The first request for a turn
 * claims the evaluation with the answer's own update and starts it at once; a retried request (the
 * answer already stored) evaluates like any later caller: it finds the result, follows the live
 * evaluation, or takes over one whose evaluator died.
 */
export async function answerAndEvaluate(
  deps: TurnDeps,
  snapshot: InterviewSnapshot,
  input: { turnId: string; submission: AnswerSubmission; spoken?: SpokenAnswer | undefined },
): Promise<EvaluationOutcome> {
  const codeResult = await runHiddenTests(deps, snapshot, { turnId: input.turnId, code: input.submission.code });
  const delivery = await deliveryOfSpokenAnswer(deps.db, snapshot, input);
  const { stored, claimed } = await storeAnswer(deps, snapshot, {
    turnId: input.turnId,
    answer: input.submission.text,
    skipped: false,
    codeResult,
    diagram: input.submission.diagram?.scene ?? null,
    delivery,
    claimEvaluation: true,
  });
  if (!claimed) return evaluateTurnToEnd(deps, stored, input);
  return runToEnd(followEvaluation(deps, stored, claimed, startEvaluation(deps, stored, claimed)));
}

/**
 * Skips the open turn ("I don't know"): stored as the answer "" and evaluated like any answer (it
 * scores 1, with what a strong answer covers). Skipping a skipped turn again is a no-op; an answered
 * one is ALREADY_ANSWERED. The question can be retried afterwards like any evaluated answer.
 */
export async function skipQuestion(
  deps: TurnDeps,
  snapshot: InterviewSnapshot,
  input: { turnId: string },
): Promise<InterviewSnapshot> {
  const { stored } = await storeAnswer(deps, snapshot, {
    turnId: input.turnId,
    answer: "",
    skipped: true,
    codeResult: null,
    diagram: null,
    claimEvaluation: false,
  });
  return stored;
}

interface StoredAnswer {
  stored: InterviewSnapshot;
  /** The answered turn, when this call stored the answer and took its evaluation lease with it. */
  claimed: TurnRecord | undefined;
}

async function storeAnswer(
  deps: TurnDeps,
  snapshot: InterviewSnapshot,
  input: {
    turnId: string;
    answer: string;
    skipped: boolean;
    codeResult: CodeRunResult | null;
    /** The whiteboard drawn with the answer, stored in the same update. */
    diagram: WhiteboardScene | null;
    /** How a spoken answer came across (voice/spoken-delivery.ts), stored in the same update. */
    delivery?: DeliveryMetrics | null;
    /** Take the evaluation lease in the same update (the caller starts the evaluation right away). */
    claimEvaluation: boolean;
  },
): Promise<StoredAnswer> {
  const now = deps.clock.now();
  const outcome = await deps.db.transaction(async (tx) => {
    const locked = await lockInterview(tx, snapshot.interview.id);
    const { interview, turns } = locked;
    const turn = turns.find((t) => t.id === input.turnId);
    if (!turn) throw notFound("Question");
    if (turn.answer !== null) {
      if (turn.answer === input.answer && turn.skipped === input.skipped && sameDiagram(turn.diagram, input.diagram)) {
        return { stored: locked, claimed: undefined };
      }
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
      if (!turns.some((t) => t.evaluationStatus === "pending")) await finishInterview(tx, now, locked, "time_limit");
      return { timeUp: true } as const;
    }
    if (turns.at(-1)?.id !== turn.id) {
      throw new DomainError("CONFLICT", "NOT_CURRENT_QUESTION", "That is not the current question any more.");
    }
    const stored = {
      answer: input.answer,
      skipped: input.skipped,
      answeredAt: now,
      evaluationStatus: "pending" as const,
      codeResult: input.codeResult,
      diagram: input.diagram,
      delivery: input.delivery ?? null,
      ...(input.claimEvaluation ? { evaluationLeaseUntil: leaseUntil(now) } : {}),
    };
    await tx.update(interviewTurns).set(stored).where(eq(interviewTurns.id, turn.id));
    const answered: TurnRecord = { ...turn, ...stored };
    return {
      stored: { interview, turns: turns.map((t) => (t.id === turn.id ? answered : t)) },
      claimed: input.claimEvaluation ? answered : undefined,
    };
  });
  if ("timeUp" in outcome) {
    throw new DomainError("PRECONDITION_FAILED", "TIME_UP", "Time is up: the interview ended before this answer.");
  }
  return outcome;
}

/** How an evaluation ended for the caller: the result, and the interview afterwards if this call ran it. */
export interface EvaluationOutcome {
  evaluation: AnswerEvaluation;
  /** The interview after the result was stored and the next step written; undefined if another caller did that. */
  after: InterviewSnapshot | undefined;
}

/**
 * Evaluates a stored answer once, streaming its events, and returns the evaluation.
 * Safe to call again for the same turn at any time.
 */
export async function* evaluateTurn(
  deps: TurnDeps,
  snapshot: InterviewSnapshot,
  input: { turnId: string },
  signal?: AbortSignal,
): AsyncGenerator<LiveEvaluationEvent, EvaluationOutcome | null> {
  const turn = snapshot.turns.find((t) => t.id === input.turnId);
  if (!turn) throw notFound("Question");
  if (turn.evaluationStatus === "evaluated" && turn.evaluation) {
    yield { type: "result", evaluation: turn.evaluation };
    // Evaluated before the snapshot was read: the snapshot is the interview afterwards.
    return { evaluation: turn.evaluation, after: snapshot };
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
  const ours = (await claimEvaluation(deps, turn.id)) ? startEvaluation(deps, snapshot, turn) : undefined;
  return yield* followEvaluation(deps, snapshot, turn, ours, signal);
}

/** Follows the turn's live evaluation (ours if this caller started it) to its result, else the stored one. */
async function* followEvaluation(
  deps: TurnDeps,
  snapshot: InterviewSnapshot,
  turn: TurnRecord,
  ours: { after?: InterviewSnapshot | undefined } | undefined,
  signal?: AbortSignal,
): AsyncGenerator<LiveEvaluationEvent, EvaluationOutcome | null> {
  if (deps.evaluationStreams.has(turn.id)) {
    let result: AnswerEvaluation | null = null;
    for await (const event of deps.evaluationStreams.follow(turn.id, signal)) {
      if (event.type === "failed") {
        throw new DomainError("SERVICE_UNAVAILABLE", "EVALUATION_FAILED", event.message);
      }
      if (event.type === "result") result = event.evaluation;
      if (event.type !== "stored") yield event;
    }
    // Our own evaluation sets `after` before it publishes the result; one that finished on another
    // instance (after our lease ran out) leaves it unset, and ours is not waited for.
    if (result) return { evaluation: result, after: ours?.after };
  }
  // Finished meanwhile (or the other instance said "stored": its result was too large for the bus).
  const current = await findTurn(deps.db, { interviewId: snapshot.interview.id, turnId: turn.id });
  const stored = current ? decodeTurn(current).evaluation : null;
  if (stored) {
    yield { type: "result", evaluation: stored };
    return { evaluation: stored, after: undefined };
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
 * to other instances), then stores the result and advances the interview, and records the interview
 * afterwards in the returned holder before it publishes the result. Never throws: a failure gives the
 * turn back (so a retry can evaluate it; the answer stays stored) and is published as "failed" for
 * whoever follows.
 */
function startEvaluation(
  deps: TurnDeps,
  snapshot: InterviewSnapshot,
  claimed: TurnRecord,
): { after?: InterviewSnapshot | undefined } {
  const stream = deps.evaluationStreams.open(claimed.id);
  const { interview } = snapshot;
  const outcome: { after?: InterviewSnapshot | undefined } = {};
  const run = async (): Promise<void> => {
    try {
      const startedAt = performance.now();
      let evaluation: AnswerEvaluation | undefined;
      for await (const event of deps.interviewer.streamEvaluation({
        question: claimed.question,
        answer: claimed.answer ?? "",
        jobDescription: interview.jobAnalysis,
        language: claimed.codeResult?.language ?? interview.plan.language,
        codeResult: claimed.codeResult,
        // Hints taken (on any attempt) lower the ceiling; good clarifying questions are credited.
        assists: assistsOfQuestion(snapshot.turns, claimed),
        // The structure is graded from the graph; the scene itself stays with the turn for display.
        diagram: claimed.diagram ? sceneToGraph(claimed.diagram).graph : null,
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
      // The next question is written with the result, before followers hear "result", so the state
      // they fetch next is current.
      const recorded = await recordEvaluation(deps, snapshot, claimed, evaluation);
      outcome.after = recorded.after;
      stream.publish({ type: "result", evaluation: recorded.evaluation });
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
  return outcome;
}

/** Runs evaluateTurn to the end and returns its outcome (the non-streaming path). */
export async function evaluateTurnToEnd(
  deps: TurnDeps,
  snapshot: InterviewSnapshot,
  input: { turnId: string },
): Promise<EvaluationOutcome> {
  return runToEnd(evaluateTurn(deps, snapshot, input));
}

async function runToEnd(
  generator: AsyncGenerator<LiveEvaluationEvent, EvaluationOutcome | null>,
): Promise<EvaluationOutcome> {
  let step = await generator.next();
  while (!step.done) step = await generator.next();
  if (!step.value) throw new DomainError("CONFLICT", "EVALUATION_IN_PROGRESS", "The evaluation is not finished yet.");
  return step.value;
}

/** Takes the turn's evaluation lease if it is free (or expired); true when this caller now owns it. */
async function claimEvaluation(deps: TurnDeps, turnId: string): Promise<boolean> {
  const now = deps.clock.now();
  const claimed = await deps.db
    .update(interviewTurns)
    .set({ evaluationLeaseUntil: leaseUntil(now) })
    .where(
      and(
        eq(interviewTurns.id, turnId),
        eq(interviewTurns.evaluationStatus, "pending"),
        or(isNull(interviewTurns.evaluationLeaseUntil), lt(interviewTurns.evaluationLeaseUntil, now)),
      ),
    )
    .returning({ id: interviewTurns.id });
  return claimed.length > 0;
}
