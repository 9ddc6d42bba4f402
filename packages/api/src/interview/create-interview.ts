// Starting an interview costs one credit. Everything that reads the candidate's own text comes first,
// before any credit moves: the job description is analysed (the step that chokes on hostile text), and a
// failure there costs nothing. Then one transaction creates the interview and spends the credit, so two
// concurrent starts with one credit create one interview. The first question is written after that
// commit (a model call, and a model-written coding question's check in the sandbox, must not hold a
// transaction open); if it fails, the interview is marked failed and the credit refunded, again in
// one transaction, and the candidate is told their credit is back.
import { schema } from "@interviewer/db";
import {
  EngineError,
  type JobDescriptionAnalysis,
  type ParsedInterviewPlanInput,
  resolveInterviewPlan,
} from "@interviewer/engine";
import { eq } from "drizzle-orm";
import type { Viewer } from "../auth/viewer.ts";
import { readCreditBalance } from "../billing/credits/credit-ledger.ts";
import {
  noCreditsError,
  refundInterviewCredit,
  spendCreditForInterview,
} from "../billing/credits/interview-spending.ts";
import { subscriptionCreditsUsable } from "../billing/credits/subscription-usability.ts";
import { DomainError } from "../errors.ts";
import { resumeSnapshotForInterview } from "../resume/interview-snapshot.ts";
import type { Logger } from "../shared/logger.ts";
import { type InterviewDeps, insertTurn, writeNextQuestion } from "./advance-interview.ts";
import { decodeInterview } from "./interview-codec.ts";
import { lockInterview } from "./load-interview.ts";

export async function createInterview(
  deps: InterviewDeps,
  viewer: Viewer,
  input: ParsedInterviewPlanInput & { useResume?: boolean; voice?: boolean },
  logger: Logger,
): Promise<{ interviewId: string }> {
  // Fail fast without a credit, so analysis (a model call on the OpenAI provider) is never free to
  // trigger. Only a hint: the spend below is what decides, under the balance row's lock.
  await assertHasUsableCredit(deps, viewer.userId);
  const analysis = input.jobDescription ? await analyzeBeforeSpending(deps, input.jobDescription, logger) : null;
  const plan = resolveInterviewPlan(input, analysis);

  const now = deps.clock.now();
  const interviewId = await deps.db.transaction(async (tx) => {
    const resumeAnalysis = input.useResume ? await resumeSnapshotForInterview(tx, viewer.userId) : null;
    const [created] = await tx
      .insert(schema.interviews)
      .values({
        userId: viewer.userId,
        status: "preparing",
        plan,
        jobDescription: input.jobDescription,
        jobAnalysis: analysis,
        resumeAnalysis,
        voice: input.voice ?? false,
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
    const startedAt = deps.clock.now();
    const interview = { ...(await loadInterview(deps, interviewId)), status: "active" as const, startedAt };
    const first = await writeNextQuestion({ ...deps, logger }, { interview, turns: [] });
    if (typeof first === "string") throw new Error(`the plan produced no first question (${first})`);
    await deps.db.transaction(async (tx) => {
      await tx
        .update(schema.interviews)
        .set({ status: "active", startedAt, updatedAt: startedAt })
        .where(eq(schema.interviews.id, interviewId));
      if ((await lockInterview(tx, interviewId)).turns.length === 0)
        await insertTurn(tx, interviewId, 0, first, startedAt);
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

async function assertHasUsableCredit(deps: InterviewDeps, userId: string): Promise<void> {
  const balance = await readCreditBalance(deps.db, userId);
  if (balance.individual > 0) return;
  if (balance.subscription > 0 && (await subscriptionCreditsUsable(deps.db, userId, deps.clock.now()))) return;
  throw noCreditsError();
}

/** The provider's analysis; text it rejects is the caller's to fix, anything else is ours (no credit spent). */
async function analyzeBeforeSpending(
  deps: InterviewDeps,
  jobDescription: string,
  logger: Logger,
): Promise<JobDescriptionAnalysis> {
  try {
    return (await deps.interviewer.analyzeJobDescription(jobDescription)).analysis;
  } catch (error) {
    if (error instanceof EngineError) {
      throw new DomainError("BAD_REQUEST", error.reason, error.message, {
        fieldErrors: { jobDescription: [error.message] },
      });
    }
    logger.error({ err: error }, "job description could not be analysed; no credit was spent");
    throw new DomainError(
      "SERVICE_UNAVAILABLE",
      "INTERVIEW_START_FAILED",
      "We could not prepare your interview right now. No credit was used; please try again.",
    );
  }
}

async function loadInterview(deps: InterviewDeps, interviewId: string) {
  const [row] = await deps.db.select().from(schema.interviews).where(eq(schema.interviews.id, interviewId));
  if (!row) throw new Error(`interview ${interviewId} vanished while starting`);
  return decodeInterview(row);
}
