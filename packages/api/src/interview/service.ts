// The interview's lifecycle and read side: get, pause, resume, abandon, retry a question, list,
// transcript, report and Markdown export. Turns (answer + evaluation) are in answer-turn.ts; starting
// is in create-interview.ts. Every function starts from the snapshot the interview procedure loaded and
// authorised. Reads are pure (an interview whose time ran out reads as ended, see presentAsOf); a
// mutation locks the row, writes down a deadline that passed, then does its change in the same
// transaction, and returns the view built from what it wrote — no second read.
import { type Database, schema, type Transaction } from "@interviewer/db";
import { renderInterviewMarkdown, TOPIC_LABELS } from "@interviewer/engine";
import { and, desc, eq, inArray, lt, or } from "drizzle-orm";
import type { Viewer } from "../auth/viewer.ts";
import { DomainError } from "../errors.ts";
import { advanceInterview, type InterviewDeps, insertTurn } from "./advance-interview.ts";
import { finishInterview } from "./finish-interview.ts";
import { decodePlan, type InterviewSnapshot, toEngineTurn } from "./interview-codec.ts";
import { deadlinePassed, presentAsOf, timeLeftMs } from "./interview-timing.ts";
import { canRetry, interviewView } from "./interview-view.ts";
import { lockInterview } from "./load-interview.ts";

const { interviews, interviewTurns } = schema;

/**
 * Locks the interview for a change, first writing down a deadline that passed. `active` says whether
 * the change may go ahead; if not, `locked` is the interview as it now is.
 */
async function lockForChange(tx: Transaction, snapshot: InterviewSnapshot, now: Date) {
  const locked = await lockInterview(tx, snapshot.interview.id);
  if (deadlinePassed(locked, now)) {
    return { locked: { ...locked, interview: await finishInterview(tx, now, locked, "time_limit") }, active: false };
  }
  return { locked, active: locked.interview.status === "active" };
}

/** Current state, as of now. Never writes: deadlines are written by the sweeper and by mutations. */
export function getInterview(deps: Pick<InterviewDeps, "clock">, snapshot: InterviewSnapshot) {
  return interviewView(snapshot, deps.clock.now());
}

export async function pauseInterview(deps: InterviewDeps, snapshot: InterviewSnapshot) {
  const now = deps.clock.now();
  const after = await deps.db.transaction(async (tx) => {
    const { locked, active } = await lockForChange(tx, snapshot, now);
    if (!active) return locked;
    await tx
      .update(interviews)
      .set({ status: "paused", pausedAt: now, updatedAt: now })
      .where(eq(interviews.id, locked.interview.id));
    return { ...locked, interview: { ...locked.interview, status: "paused" as const, pausedAt: now, updatedAt: now } };
  });
  if (after.interview.status !== "paused") {
    throw new DomainError("PRECONDITION_FAILED", "INTERVIEW_NOT_ACTIVE", "Only a running interview can be paused.");
  }
  return interviewView(after, now);
}

/**
 * Continues a paused interview; also the way on for a running one that is owed its next question (the
 * step after an evaluation could not write it, e.g. the model was down): that question is written now.
 */
export async function resumeInterview(deps: InterviewDeps, snapshot: InterviewSnapshot) {
  const resumed = await deps.db.transaction(async (tx) => {
    const locked = await lockInterview(tx, snapshot.interview.id);
    const { interview } = locked;
    if (interview.status === "active") return locked;
    if (interview.status !== "paused" || !interview.pausedAt) {
      throw new DomainError("PRECONDITION_FAILED", "INTERVIEW_NOT_PAUSED", "Only a paused interview can be resumed.");
    }
    const now = deps.clock.now();
    const pausedMs = interview.pausedMs + (now.getTime() - interview.pausedAt.getTime());
    await tx
      .update(interviews)
      .set({ status: "active", pausedAt: null, pausedMs, updatedAt: now })
      .where(eq(interviews.id, interview.id));
    return {
      ...locked,
      interview: { ...interview, status: "active" as const, pausedAt: null, pausedMs, updatedAt: now },
    };
  });
  return interviewView(await advanceInterview(deps, resumed), deps.clock.now());
}

/** Ends the interview now; the report covers what was answered. The credit is not returned. */
export async function abandonInterview(deps: InterviewDeps, snapshot: InterviewSnapshot) {
  const now = deps.clock.now();
  const after = await deps.db.transaction(async (tx) => {
    const locked = await lockInterview(tx, snapshot.interview.id);
    if (locked.interview.status !== "active" && locked.interview.status !== "paused") {
      throw new DomainError("PRECONDITION_FAILED", "INTERVIEW_ENDED", "This interview has already ended.");
    }
    return { ...locked, interview: await finishInterview(tx, now, locked, "abandoned") };
  });
  return interviewView(after, now);
}

/**
 * Answer the last evaluated question once more. Both attempts are kept; the report uses the latest.
 * The next question, if it was already written but not answered, is dropped and written again after
 * the retry (nothing the candidate wrote is lost).
 */
export async function retryQuestion(deps: InterviewDeps, snapshot: InterviewSnapshot) {
  const now = deps.clock.now();
  const after = await deps.db.transaction(async (tx) => {
    const { locked, active } = await lockForChange(tx, snapshot, now);
    if (!active) return locked;
    const { turns } = locked;
    const evaluated = turns.findLast((turn) => turn.evaluationStatus === "evaluated");
    if (!evaluated || !canRetry(turns, evaluated)) {
      throw new DomainError(
        "PRECONDITION_FAILED",
        "RETRY_NOT_AVAILABLE",
        "This question cannot be retried (one retry per question, before moving on).",
      );
    }
    const kept = turns.filter((turn) => turn.position <= evaluated.position);
    const unanswered = turns.filter((turn) => turn.position > evaluated.position).map((turn) => turn.id);
    if (unanswered.length > 0) await tx.delete(interviewTurns).where(inArray(interviewTurns.id, unanswered));
    const retry = await insertTurn(tx, locked.interview.id, evaluated.position + 1, evaluated.question, now, 2);
    return { interview: locked.interview, turns: [...kept, retry] };
  });
  if (after.interview.status !== "active") {
    throw new DomainError("PRECONDITION_FAILED", "INTERVIEW_NOT_ACTIVE", "Resume the interview to retry a question.");
  }
  return interviewView(after, now);
}

export async function listInterviews(
  deps: { db: Database; clock: InterviewDeps["clock"] },
  viewer: Viewer,
  input: { limit: number; cursor?: string | undefined },
) {
  const cursorRow = input.cursor
    ? (
        await deps.db
          .select({ createdAt: interviews.createdAt, id: interviews.id })
          .from(interviews)
          .where(and(eq(interviews.id, input.cursor), eq(interviews.userId, viewer.userId)))
      )[0]
    : undefined;
  const rows = await deps.db
    .select({
      id: interviews.id,
      status: interviews.status,
      endReason: interviews.endReason,
      plan: interviews.plan,
      overallPercent: interviews.overallPercent,
      createdAt: interviews.createdAt,
      startedAt: interviews.startedAt,
      pausedAt: interviews.pausedAt,
      pausedMs: interviews.pausedMs,
      endedAt: interviews.endedAt,
    })
    .from(interviews)
    .where(
      and(
        eq(interviews.userId, viewer.userId),
        // Drills are listed by nothing but the drill they are (drill.start resumes an open one).
        eq(interviews.kind, "interview"),
        cursorRow
          ? or(
              lt(interviews.createdAt, cursorRow.createdAt),
              and(eq(interviews.createdAt, cursorRow.createdAt), lt(interviews.id, cursorRow.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(interviews.createdAt), desc(interviews.id))
    .limit(input.limit + 1);
  const now = deps.clock.now();
  const page = rows.slice(0, input.limit);
  return {
    items: page.map((row) => {
      const plan = decodePlan(row.plan);
      // A list shows no turns, so an interview whose time ran out reads as ended here even if an answer
      // given in time is still being graded (get shows that one as running until its result is stored).
      const timedOut = row.status === "active" && timeLeftMs({ ...row, plan }, now) === 0;
      return {
        id: row.id,
        status: timedOut ? ("completed" as const) : row.status,
        endReason: timedOut ? ("time_limit" as const) : row.endReason,
        difficulty: plan.difficulty,
        topics: plan.topics.map((topic) => TOPIC_LABELS[topic]),
        overallPercent: row.overallPercent,
        createdAt: row.createdAt,
        endedAt: timedOut ? now : row.endedAt,
      };
    }),
    nextCursor: rows.length > input.limit ? page.at(-1)?.id : undefined,
  };
}

/** Every question, answer and evaluation in order, from the snapshot (no further read). */
export function getTranscript(deps: Pick<InterviewDeps, "clock">, snapshot: InterviewSnapshot) {
  const { interview, turns } = presentAsOf(snapshot, deps.clock.now());
  return {
    interviewId: interview.id,
    plan: interview.plan,
    status: interview.status,
    turns: turns.map((turn) => ({
      turnId: turn.id,
      position: turn.position,
      topic: turn.question.topic,
      topicLabel: TOPIC_LABELS[turn.question.topic],
      kind: turn.question.kind,
      attempt: turn.attempt,
      question: turn.question.text,
      answer: turn.answer,
      answeredAt: turn.answeredAt,
      evaluation: turn.evaluation,
      codeResult: turn.codeResult,
      assists: turn.assists,
      delivery: turn.delivery,
      diagram: turn.diagram,
    })),
  };
}

export function getReport(deps: Pick<InterviewDeps, "clock">, snapshot: InterviewSnapshot) {
  const { interview } = presentAsOf(snapshot, deps.clock.now());
  if (!interview.report) {
    throw new DomainError("PRECONDITION_FAILED", "REPORT_NOT_READY", "The report is ready when the interview ends.");
  }
  return {
    interviewId: interview.id,
    status: interview.status,
    endReason: interview.endReason,
    endedAt: interview.endedAt,
    report: interview.report,
  };
}

export function exportMarkdown(deps: Pick<InterviewDeps, "clock">, snapshot: InterviewSnapshot) {
  const { report } = getReport(deps, snapshot);
  const { interview, turns } = snapshot;
  const day = interview.createdAt.toISOString().slice(0, 10);
  const markdown = renderInterviewMarkdown({
    title: `Interview of ${day}`,
    exportedAt: deps.clock.now(),
    plan: interview.plan,
    report,
    turns: turns.map(toEngineTurn),
  });
  return { filename: `interview-${day}-${interview.id.slice(0, 8)}.md`, markdown };
}
