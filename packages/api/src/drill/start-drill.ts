// drill.start: a short practice session on the cards that are due, free of credit (bounded per account
// per day instead, see drill-start-limit.ts). It is an interview of kind "drill", so the interview room,
// streaming evaluation, transcript and report work as they do for interviews; its plan holds the fixed
// questions (engine drill/drill-plan.ts). A drill already open is resumed rather than a second started.
// As for an interview, the first question is written after the interview row exists and outside any
// transaction (it may be a model call); if it cannot be written, the drill is marked failed.
import { findDueDrillCards, findOpenDrill, schema } from "@interviewer/db";
import { type DueDrillCard, drillInterviewPlan, planDrillItems } from "@interviewer/engine";
import { eq } from "drizzle-orm";
import type { Viewer } from "../auth/viewer.ts";
import { DomainError } from "../errors.ts";
import { type InterviewDeps, insertTurn, writeNextQuestion } from "../interview/advance-interview.ts";
import { decodeInterview } from "../interview/interview-codec.ts";
import { lockInterview } from "../interview/load-interview.ts";
import type { Logger } from "../shared/logger.ts";
import { cardQuestion, topicOf } from "./codec.ts";

/** Due cards read to plan a drill: enough to fill five questions when several cards share one. */
const DUE_CARDS_READ = 40;

export async function startDrill(
  deps: InterviewDeps,
  viewer: Viewer,
  logger: Logger,
): Promise<{ interviewId: string }> {
  const open = await findOpenDrill(deps.db, { userId: viewer.userId });
  if (open) return { interviewId: open.id };

  const now = deps.clock.now();
  const due = await findDueDrillCards(deps.db, { userId: viewer.userId, now, limit: DUE_CARDS_READ });
  const cards = due.flatMap((row): DueDrillCard[] => {
    const topic = topicOf(row.topic);
    if (topic === null) return [];
    const question = row.kind === "key-point" ? cardQuestion(row) : null;
    // A point card whose question no longer parses is drilled as its topic.
    const kind = row.kind === "key-point" && question === null ? "topic" : row.kind;
    return [{ id: row.id, kind, topic, label: row.label, questionId: question?.id ?? null }];
  });
  const items = planDrillItems(cards);
  if (items.length === 0) {
    throw new DomainError(
      "PRECONDITION_FAILED",
      "NOTHING_DUE",
      "No drill cards are due right now. Cards come from points missed in interviews; come back when some are due.",
    );
  }
  const firstQuestion = due.map(cardQuestion).find((question) => question !== null);
  const plan = drillInterviewPlan(items, firstQuestion?.difficulty ?? "mid");

  const [created] = await deps.db
    .insert(schema.interviews)
    .values({
      userId: viewer.userId,
      kind: "drill",
      status: "preparing",
      plan,
      provider: deps.interviewer.kind,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!created) throw new Error("drill insert returned nothing");

  try {
    const startedAt = deps.clock.now();
    const interview = { ...decodeInterview(created), status: "active" as const, startedAt };
    const first = await writeNextQuestion({ ...deps, logger }, { interview, turns: [] });
    if (typeof first === "string") throw new Error(`the drill produced no first question (${first})`);
    await deps.db.transaction(async (tx) => {
      await tx
        .update(schema.interviews)
        .set({ status: "active", startedAt, updatedAt: startedAt })
        .where(eq(schema.interviews.id, created.id));
      if ((await lockInterview(tx, created.id)).turns.length === 0) {
        await insertTurn(tx, created.id, 0, first, startedAt, 1, [...(items[0]?.cardIds ?? [])]);
      }
    });
    return { interviewId: created.id };
  } catch (error) {
    logger.error({ err: error, interviewId: created.id }, "drill could not start");
    const failedAt = deps.clock.now();
    await deps.db
      .update(schema.interviews)
      .set({
        status: "failed",
        endReason: "failed",
        failureReason: error instanceof Error ? error.message.slice(0, 500) : "unknown error",
        endedAt: failedAt,
        updatedAt: failedAt,
      })
      .where(eq(schema.interviews.id, created.id));
    throw new DomainError(
      "SERVICE_UNAVAILABLE",
      "INTERVIEW_START_FAILED",
      "We could not prepare your drill right now; please try again.",
    );
  }
}
