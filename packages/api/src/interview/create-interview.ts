// Starting an interview costs one credit. The credit is spent in the same transaction that creates
// the interview, so two concurrent starts with one credit create one interview. The job description
// analysis and the first question are produced after that commit (a model call must not hold a
// transaction open); if they fail, the interview is marked failed and the credit refunded, again in
// one transaction, and the candidate is told their credit is back.
import { schema } from "@interviewer/db";
import { type JobDescriptionAnalysis, type ParsedInterviewPlanInput, resolveInterviewPlan } from "@interviewer/engine";
import { eq } from "drizzle-orm";
import { refundInterviewCredit, spendCreditForInterview } from "../billing/ledger-service.ts";
import { DomainError } from "../errors.ts";
import type { Viewer } from "../trpc.ts";
import { type InterviewDeps, insertTurn, writeNextQuestion } from "./advance-interview.ts";
import { loadTurns } from "./interview-records.ts";

export async function createInterview(
  deps: InterviewDeps,
  viewer: Viewer,
  input: ParsedInterviewPlanInput,
  logger: { error(obj: object, msg?: string): void },
): Promise<{ interviewId: string }> {
  const now = deps.clock.now();
  // Provisional plan (difficulty may still be "auto"); replaced once the job description is analysed.
  const provisional = resolveInterviewPlan(input, null);
  const interviewId = await deps.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(schema.interviews)
      .values({
        userId: viewer.userId,
        status: "preparing",
        plan: provisional as unknown as Record<string, unknown>,
        jobDescription: input.jobDescription,
        provider: deps.interviewer.kind,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: schema.interviews.id });
    if (!created) throw new Error("interview insert returned nothing");
    await spendCreditForInterview(tx, deps.clock, { userId: viewer.userId, interviewId: created.id });
    return created.id;
  });

  try {
    let analysis: JobDescriptionAnalysis | null = null;
    if (input.jobDescription) {
      analysis = (await deps.interviewer.analyzeJobDescription(input.jobDescription)).analysis;
    }
    const plan = resolveInterviewPlan(input, analysis);
    const startedAt = deps.clock.now();
    const interview = {
      ...(await loadInterview(deps, interviewId)),
      plan: plan as unknown as Record<string, unknown>,
      jobAnalysis: analysis as unknown as Record<string, unknown> | null,
      status: "active",
      startedAt,
    };
    const first = await writeNextQuestion(deps, interview, []);
    if (typeof first === "string") throw new Error(`the plan produced no first question (${first})`);
    await deps.db.transaction(async (tx) => {
      await tx
        .update(schema.interviews)
        .set({
          plan: interview.plan,
          jobAnalysis: interview.jobAnalysis,
          status: "active",
          startedAt,
          updatedAt: startedAt,
        })
        .where(eq(schema.interviews.id, interviewId));
      if ((await loadTurns(tx, interviewId)).length === 0) await insertTurn(tx, interviewId, 0, first, startedAt);
    });
    return { interviewId };
  } catch (error) {
    logger.error({ err: error, interviewId }, "interview could not start; refunding its credit");
    await deps.db.transaction(async (tx) => {
      await tx
        .update(schema.interviews)
        .set({
          status: "failed",
          endReason: "failed",
          failureReason: error instanceof Error ? error.message.slice(0, 500) : "unknown error",
          endedAt: deps.clock.now(),
          updatedAt: deps.clock.now(),
        })
        .where(eq(schema.interviews.id, interviewId));
      await refundInterviewCredit(tx, deps.clock, { userId: viewer.userId, interviewId });
    });
    throw new DomainError(
      "SERVICE_UNAVAILABLE",
      "INTERVIEW_START_FAILED",
      "We could not prepare your interview right now. Your credit was returned; please try again.",
    );
  }
}

async function loadInterview(deps: InterviewDeps, interviewId: string) {
  const [row] = await deps.db.select().from(schema.interviews).where(eq(schema.interviews.id, interviewId));
  if (!row) throw new Error(`interview ${interviewId} vanished while starting`);
  return row;
}
