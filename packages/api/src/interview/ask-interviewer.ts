// interview.ask: a clarifying question about the open question, or its next hint. Neither uses up the
// question or a credit. The interviewer (built-in, or the model with the built-in reply standing in
// when it fails or gives the answer away) writes the reply from the snapshot the procedure loaded;
// then ONE statement appends it to the turn, under the caps and only while the question is still open
// (interview active, question unanswered): `assists = assists || $assist where …`. Two asks at once
// both land, or the cap holds, without a lock. When the statement changes nothing, the turn is read
// again to say why (QUESTION_CLOSED, HINT_LIMIT, CLARIFICATION_LIMIT); a hint that lost a race to
// another hint is written again at the next level, so levels stay 1, 2, 3.
import { findTurn, schema } from "@interviewer/db";
import {
  type AssistAsk,
  type AssistCounts,
  countAssists,
  MAX_CLARIFICATIONS_PER_QUESTION,
  MAX_HINTS_PER_QUESTION,
  nextHintLevel,
  type TurnAssist,
} from "@interviewer/engine";
import { and, eq, sql } from "drizzle-orm";
import type { ApiDependencies } from "../context.ts";
import { DomainError, notFound } from "../errors.ts";
import { consumeUserAllowance } from "../rate-limit/per-user-allowance.ts";
import type { Logger } from "../shared/logger.ts";
import { decodeAssists, decodeTurn, type InterviewSnapshot, type TurnRecord } from "./interview-codec.ts";
import { timeLeftMs } from "./interview-timing.ts";

export type AskDeps = Pick<ApiDependencies, "db" | "clock" | "interviewer" | "rateLimiter" | "rateLimitPolicy"> & {
  logger: Logger;
};

export type AskInput = { turnId: string } & ({ kind: "clarification"; question: string } | { kind: "hint" });

export interface AskOutcome {
  assist: TurnAssist;
  counts: AssistCounts;
  /** The snapshot with the turn's assists as stored now (the procedure builds the view from it). */
  after: InterviewSnapshot;
}

/** A hint that lost a race to another hint is written again at the next level, at most this often. */
const HINT_RACE_ATTEMPTS = MAX_HINTS_PER_QUESTION;

const { interviewTurns, interviews } = schema;

export async function askInterviewer(
  deps: AskDeps,
  viewer: { userId: string },
  snapshot: InterviewSnapshot,
  input: AskInput,
  signal?: AbortSignal,
): Promise<AskOutcome> {
  let turn = openTurn(snapshot, input.turnId, deps.clock.now());
  // Counted before the caps, so hammering a capped question is limited like any other asking.
  await consumeUserAllowance(
    deps,
    "interview.ask",
    viewer.userId,
    (wait, limit) =>
      `You have asked the interviewer ${limit.max} times in ${Math.round(limit.windowMs / 60_000)} minutes. Try again in ${wait}.`,
  );
  refuseOverCap(turn.assists, input.kind);
  for (let attempt = 1; ; attempt += 1) {
    const ask = assistAsk(turn.assists, input);
    const reply = await deps.interviewer.assist({
      question: turn.question,
      ask,
      earlier: turn.assists,
      jobDescription: snapshot.interview.jobAnalysis,
      language: snapshot.interview.plan.language,
      signal,
    });
    if (reply.fallback) {
      // Never the text: it may be the model's answer the check refused.
      deps.logger.warn(
        { event: "assist_fallback", kind: ask.kind, reason: reply.fallbackReason, model: reply.model },
        "The built-in interviewer replied instead of the model",
      );
    }
    const at = deps.clock.now().toISOString();
    const assist: TurnAssist =
      ask.kind === "clarification"
        ? { kind: "clarification", question: ask.question, reply: reply.text, at }
        : { kind: "hint", level: ask.level, text: reply.text, at };
    const assists = await appendAssist(deps, snapshot.interview.id, turn, assist);
    if (assists) {
      const after: InterviewSnapshot = {
        interview: snapshot.interview,
        turns: snapshot.turns.map((each) => (each.id === turn.id ? { ...each, assists } : each)),
      };
      return { assist, counts: countAssists(assists), after };
    }
    // Nothing changed: read the turn as it is now and say why, or (a hint that lost a race) go again.
    const row = await findTurn(deps.db, { interviewId: snapshot.interview.id, turnId: turn.id });
    if (!row) throw notFound("Question");
    const current = decodeTurn(row);
    if (current.answer !== null || current.evaluationStatus !== "awaiting_answer") throw questionClosed();
    refuseOverCap(current.assists, input.kind);
    if (input.kind !== "hint" || attempt >= HINT_RACE_ATTEMPTS) throw questionClosed();
    turn = current;
  }
}

/** What to ask the interviewer for: the clarifying question, or the hint at the next level. */
function assistAsk(assists: readonly TurnAssist[], input: AskInput): AssistAsk {
  if (input.kind === "clarification") return { kind: "clarification", question: input.question };
  const level = nextHintLevel(assists);
  if (level === null) throw hintLimit();
  return { kind: "hint", level };
}

/**
 * Appends the assist in one statement, if the question is still open and under its caps; returns the
 * assists as stored, or null when nothing changed. A hint is stored only if no other hint landed since
 * the turn was read (its level is one more than the hints it saw), so two hint requests at once give
 * levels 1 and 2, never two of level 1. A clarification only needs to stay under its cap.
 */
async function appendAssist(
  deps: Pick<AskDeps, "db">,
  interviewId: string,
  turn: TurnRecord,
  assist: TurnAssist,
): Promise<TurnAssist[] | null> {
  const ofKind = sql`jsonb_array_length(jsonb_path_query_array(${interviewTurns.assists}, ${`$[*] ? (@.kind == "${assist.kind}")`}::jsonpath))`;
  const cap =
    assist.kind === "hint"
      ? sql`${ofKind} = ${countAssists(turn.assists).hintsUsed}`
      : sql`${ofKind} < ${MAX_CLARIFICATIONS_PER_QUESTION}`;
  const [row] = await deps.db
    .update(interviewTurns)
    .set({ assists: sql`${interviewTurns.assists} || ${JSON.stringify([assist])}::jsonb` })
    .where(
      and(
        eq(interviewTurns.id, turn.id),
        eq(interviewTurns.interviewId, interviewId),
        eq(interviewTurns.evaluationStatus, "awaiting_answer"),
        sql`${interviewTurns.answer} is null`,
        sql`exists (select 1 from ${interviews} where ${interviews.id} = ${interviewId} and ${interviews.status} = 'active')`,
        cap,
      ),
    )
    .returning({ assists: interviewTurns.assists });
  return row ? decodeAssists(row.assists) : null;
}

/** The turn may be asked about: the interview's open, unanswered question while the interview runs. */
function openTurn(snapshot: InterviewSnapshot, turnId: string, now: Date): TurnRecord {
  const { interview, turns } = snapshot;
  const turn = turns.find((t) => t.id === turnId);
  if (!turn) throw notFound("Question");
  if (interview.status === "paused") {
    throw new DomainError(
      "PRECONDITION_FAILED",
      "INTERVIEW_PAUSED",
      "The interview is paused. Resume it to ask the interviewer.",
    );
  }
  if (interview.status !== "active") {
    throw new DomainError("PRECONDITION_FAILED", "INTERVIEW_ENDED", "This interview has ended.");
  }
  if (timeLeftMs(interview, now) === 0) {
    throw new DomainError("PRECONDITION_FAILED", "TIME_UP", "Time is up: the interviewer takes no more questions.");
  }
  if (turns.at(-1)?.id !== turn.id || turn.answer !== null || turn.evaluationStatus !== "awaiting_answer") {
    throw questionClosed();
  }
  return turn;
}

function refuseOverCap(assists: readonly TurnAssist[], kind: AskInput["kind"]): void {
  const counts = countAssists(assists);
  if (kind === "hint" && counts.hintsLeft === 0) throw hintLimit();
  if (kind === "clarification" && counts.clarificationsLeft === 0) {
    throw new DomainError(
      "CONFLICT",
      "CLARIFICATION_LIMIT",
      `You have asked ${MAX_CLARIFICATIONS_PER_QUESTION} clarifying questions about this question: state your assumptions and answer.`,
    );
  }
}

function hintLimit(): DomainError {
  return new DomainError(
    "CONFLICT",
    "HINT_LIMIT",
    `All ${MAX_HINTS_PER_QUESTION} hints for this question are used: answer with what you have.`,
  );
}

function questionClosed(): DomainError {
  return new DomainError(
    "CONFLICT",
    "QUESTION_CLOSED",
    "This question is no longer open (answered, skipped, or the interview was paused or ended meanwhile).",
  );
}
