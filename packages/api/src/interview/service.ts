// The interview's lifecycle and read side: get, pause, resume, abandon, retry a question, list,
// transcript, report and Markdown export. Turns (answer + evaluation) are in answer-turn.ts; starting
// is in create-interview.ts.
import { type Interview, schema } from "@interviewer/db";
import { type InterviewReport, renderInterviewMarkdown, TOPIC_LABELS } from "@interviewer/engine";
import { and, desc, eq, inArray, lt, or } from "drizzle-orm";
import type { Viewer } from "../auth/viewer.ts";
import { DomainError } from "../errors.ts";
import { advanceInterview, type InterviewDeps, insertTurn } from "./advance-interview.ts";
import { finishInterview } from "./finish-interview.ts";
import { findInterviewForViewer, loadTurns, planOf, timeLeftMs, toEngineTurn } from "./interview-records.ts";
import { canRetry, interviewView } from "./interview-view.ts";

const { interviews, interviewTurns } = schema;

/**
 * Current state. Also does the server's bookkeeping an idle interview may be owed: finishing it when
 * its time limit has passed, or writing the next question if an earlier attempt failed.
 */
export async function getInterview(deps: InterviewDeps, viewer: Viewer, interviewId: string) {
  let interview = await enforceDeadline(deps, viewer, interviewId);
  let turns = await loadTurns(deps.db, interviewId);
  const open = turns.at(-1);
  if (interview.status === "active" && open && open.evaluationStatus === "evaluated") {
    await advanceInterview(deps, viewer, interviewId);
    interview = await findInterviewForViewer(deps.db, viewer, interviewId);
    turns = await loadTurns(deps.db, interviewId);
  }
  return interviewView(interview, turns, deps.clock.now());
}

/**
 * Finishes an active interview whose time is up, unless an answer given in time is still being
 * graded. Returns the interview as it is afterwards (callers need it anyway: one read, not two).
 */
export async function enforceDeadline(deps: InterviewDeps, viewer: Viewer, interviewId: string): Promise<Interview> {
  const interview = await findInterviewForViewer(deps.db, viewer, interviewId);
  if (interview.status !== "active" || timeLeftMs(interview, deps.clock.now()) !== 0) return interview;
  await deps.db.transaction(async (tx) => {
    const locked = await findInterviewForViewer(tx, viewer, interviewId, { forUpdate: true });
    const turns = await loadTurns(tx, interviewId);
    if (locked.status !== "active" || turns.some((turn) => turn.evaluationStatus === "pending")) return;
    await finishInterview(tx, deps.clock.now(), locked, turns, "time_limit");
  });
  return findInterviewForViewer(deps.db, viewer, interviewId);
}

export async function pauseInterview(deps: InterviewDeps, viewer: Viewer, interviewId: string) {
  await enforceDeadline(deps, viewer, interviewId);
  await deps.db.transaction(async (tx) => {
    const interview = await findInterviewForViewer(tx, viewer, interviewId, { forUpdate: true });
    if (interview.status === "paused") return;
    if (interview.status !== "active") {
      throw new DomainError("PRECONDITION_FAILED", "INTERVIEW_NOT_ACTIVE", "Only a running interview can be paused.");
    }
    const now = deps.clock.now();
    await tx
      .update(interviews)
      .set({ status: "paused", pausedAt: now, updatedAt: now })
      .where(eq(interviews.id, interviewId));
  });
  return getInterview(deps, viewer, interviewId);
}

export async function resumeInterview(deps: InterviewDeps, viewer: Viewer, interviewId: string) {
  await deps.db.transaction(async (tx) => {
    const interview = await findInterviewForViewer(tx, viewer, interviewId, { forUpdate: true });
    if (interview.status === "active") return;
    if (interview.status !== "paused" || !interview.pausedAt) {
      throw new DomainError("PRECONDITION_FAILED", "INTERVIEW_NOT_PAUSED", "Only a paused interview can be resumed.");
    }
    const now = deps.clock.now();
    await tx
      .update(interviews)
      .set({
        status: "active",
        pausedAt: null,
        pausedMs: interview.pausedMs + (now.getTime() - interview.pausedAt.getTime()),
        updatedAt: now,
      })
      .where(eq(interviews.id, interviewId));
  });
  return getInterview(deps, viewer, interviewId);
}

/** Ends the interview now; the report covers what was answered. The credit is not returned. */
export async function abandonInterview(deps: InterviewDeps, viewer: Viewer, interviewId: string) {
  await deps.db.transaction(async (tx) => {
    const interview = await findInterviewForViewer(tx, viewer, interviewId, { forUpdate: true });
    if (interview.status !== "active" && interview.status !== "paused") {
      throw new DomainError("PRECONDITION_FAILED", "INTERVIEW_ENDED", "This interview has already ended.");
    }
    await finishInterview(tx, deps.clock.now(), interview, await loadTurns(tx, interviewId), "abandoned");
  });
  return getInterview(deps, viewer, interviewId);
}

/**
 * Answer the last evaluated question once more. Both attempts are kept; the report uses the latest.
 * The next question, if it was already written but not answered, is dropped and written again after
 * the retry (nothing the candidate wrote is lost).
 */
export async function retryQuestion(deps: InterviewDeps, viewer: Viewer, interviewId: string) {
  await enforceDeadline(deps, viewer, interviewId);
  await deps.db.transaction(async (tx) => {
    const interview = await findInterviewForViewer(tx, viewer, interviewId, { forUpdate: true });
    if (interview.status !== "active") {
      throw new DomainError("PRECONDITION_FAILED", "INTERVIEW_NOT_ACTIVE", "Resume the interview to retry a question.");
    }
    const turns = await loadTurns(tx, interviewId);
    const evaluated = [...turns].reverse().find((turn) => turn.evaluationStatus === "evaluated");
    if (!evaluated || !canRetry(turns, evaluated)) {
      throw new DomainError(
        "PRECONDITION_FAILED",
        "RETRY_NOT_AVAILABLE",
        "This question cannot be retried (one retry per question, before moving on).",
      );
    }
    const unanswered = turns.filter((turn) => turn.position > evaluated.position).map((turn) => turn.id);
    if (unanswered.length > 0) await tx.delete(interviewTurns).where(inArray(interviewTurns.id, unanswered));
    await insertTurn(tx, interviewId, evaluated.position + 1, toEngineTurn(evaluated).question, deps.clock.now(), 2);
  });
  return getInterview(deps, viewer, interviewId);
}

export async function listInterviews(
  deps: InterviewDeps,
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
      endedAt: interviews.endedAt,
    })
    .from(interviews)
    .where(
      and(
        eq(interviews.userId, viewer.userId),
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
  const page = rows.slice(0, input.limit);
  return {
    items: page.map((row) => {
      const plan = row.plan as unknown as ReturnType<typeof planOf>;
      return {
        id: row.id,
        status: row.status,
        endReason: row.endReason,
        difficulty: plan.difficulty,
        topics: plan.topics.map((topic) => TOPIC_LABELS[topic]),
        overallPercent: row.overallPercent,
        createdAt: row.createdAt,
        endedAt: row.endedAt,
      };
    }),
    nextCursor: rows.length > input.limit ? page.at(-1)?.id : undefined,
  };
}

/** Every question, answer and evaluation in order: two queries whatever the length. */
export async function getTranscript(deps: InterviewDeps, viewer: Viewer, interviewId: string) {
  const interview = await findInterviewForViewer(deps.db, viewer, interviewId);
  const turns = await loadTurns(deps.db, interviewId);
  return {
    interviewId: interview.id,
    plan: planOf(interview),
    status: interview.status,
    turns: turns.map((turn) => {
      const engineTurn = toEngineTurn(turn);
      return {
        turnId: turn.id,
        position: turn.position,
        topic: engineTurn.question.topic,
        topicLabel: TOPIC_LABELS[engineTurn.question.topic],
        kind: engineTurn.question.kind,
        attempt: turn.attempt,
        question: engineTurn.question.text,
        answer: turn.answer,
        answeredAt: turn.answeredAt,
        evaluation: engineTurn.evaluation,
      };
    }),
  };
}

export async function getReport(deps: InterviewDeps, viewer: Viewer, interviewId: string) {
  const interview = await enforceDeadline(deps, viewer, interviewId);
  if (!interview.report) {
    throw new DomainError("PRECONDITION_FAILED", "REPORT_NOT_READY", "The report is ready when the interview ends.");
  }
  return {
    interviewId: interview.id,
    status: interview.status,
    endReason: interview.endReason,
    endedAt: interview.endedAt,
    report: interview.report as unknown as InterviewReport,
  };
}

export async function exportMarkdown(deps: InterviewDeps, viewer: Viewer, interviewId: string) {
  const { report } = await getReport(deps, viewer, interviewId);
  const interview = await findInterviewForViewer(deps.db, viewer, interviewId);
  const turns = await loadTurns(deps.db, interviewId);
  const markdown = renderInterviewMarkdown({
    title: `Interview of ${interview.createdAt.toISOString().slice(0, 10)}`,
    exportedAt: deps.clock.now(),
    plan: planOf(interview),
    report,
    turns: turns.map(toEngineTurn),
  });
  return {
    filename: `interview-${interview.createdAt.toISOString().slice(0, 10)}-${interview.id.slice(0, 8)}.md`,
    markdown,
  };
}
