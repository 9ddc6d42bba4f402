// interview.*: thin procedures over the interview services. Every procedure loads the interview
// through the ownership check, so another user's interview is NOT_FOUND everywhere.
import type { ApiContext } from "../context.ts";
import { protectedProcedure, router, toTRPCError } from "../trpc.ts";
import { evaluateTurn, evaluateTurnToEnd, submitAnswer } from "./answer-turn.ts";
import { createInterview } from "./create-interview.ts";
import {
  ZAnswerRequestSchema,
  ZCreateInterviewRequestSchema,
  ZInterviewIdRequestSchema,
  ZListInterviewsRequestSchema,
  ZTurnRequestSchema,
} from "./schemas.ts";
import * as interviewService from "./service.ts";

export const interviewRouter = router({
  /** Spends one credit; NO_CREDITS (PAYMENT_REQUIRED) when there is none. */
  create: protectedProcedure.input(ZCreateInterviewRequestSchema).mutation(async ({ ctx, input }) => {
    const { interviewId } = await createInterview(ctx, ctx.viewer, input, ctx.request.logger);
    return interviewService.getInterview(ctx, ctx.viewer, interviewId);
  }),

  get: protectedProcedure
    .input(ZInterviewIdRequestSchema)
    .query(({ ctx, input }) => interviewService.getInterview(ctx, ctx.viewer, input.interviewId)),

  /** Stores the answer and evaluates it (non-streaming). Retrying evaluates once and charges nothing. */
  answer: protectedProcedure.input(ZAnswerRequestSchema).mutation(async ({ ctx, input }) => {
    await submitAnswer(turnDeps(ctx), ctx.viewer, input);
    const evaluation = await evaluateTurnToEnd(turnDeps(ctx), ctx.viewer, input);
    return { evaluation, interview: await interviewService.getInterview(ctx, ctx.viewer, input.interviewId) };
  }),

  /** Stores the answer only; follow `evaluation` to receive the feedback as it is written. */
  submitAnswer: protectedProcedure
    .input(ZAnswerRequestSchema)
    .mutation(({ ctx, input }) => submitAnswer(turnDeps(ctx), ctx.viewer, input)),

  /**
   * The evaluation of a stored answer as a stream (SSE): feedback pieces, then the result. Reconnecting
   * replays the live stream or returns the stored result; it never evaluates twice.
   */
  evaluation: protectedProcedure.input(ZTurnRequestSchema).subscription(async function* ({ ctx, input, signal }) {
    try {
      yield* evaluateTurn(turnDeps(ctx), ctx.viewer, input, signal);
    } catch (error) {
      throw toTRPCError(error);
    }
  }),

  retryQuestion: protectedProcedure
    .input(ZInterviewIdRequestSchema)
    .mutation(({ ctx, input }) => interviewService.retryQuestion(ctx, ctx.viewer, input.interviewId)),

  pause: protectedProcedure
    .input(ZInterviewIdRequestSchema)
    .mutation(({ ctx, input }) => interviewService.pauseInterview(ctx, ctx.viewer, input.interviewId)),

  resume: protectedProcedure
    .input(ZInterviewIdRequestSchema)
    .mutation(({ ctx, input }) => interviewService.resumeInterview(ctx, ctx.viewer, input.interviewId)),

  abandon: protectedProcedure
    .input(ZInterviewIdRequestSchema)
    .mutation(({ ctx, input }) => interviewService.abandonInterview(ctx, ctx.viewer, input.interviewId)),

  list: protectedProcedure
    .input(ZListInterviewsRequestSchema)
    .query(({ ctx, input }) => interviewService.listInterviews(ctx, ctx.viewer, input)),

  transcript: protectedProcedure
    .input(ZInterviewIdRequestSchema)
    .query(({ ctx, input }) => interviewService.getTranscript(ctx, ctx.viewer, input.interviewId)),

  report: protectedProcedure
    .input(ZInterviewIdRequestSchema)
    .query(({ ctx, input }) => interviewService.getReport(ctx, ctx.viewer, input.interviewId)),

  exportMarkdown: protectedProcedure
    .input(ZInterviewIdRequestSchema)
    .query(({ ctx, input }) => interviewService.exportMarkdown(ctx, ctx.viewer, input.interviewId)),
});

/** Evaluations outlive their request (see answer-turn.ts), so they log through the request's logger. */
function turnDeps(ctx: ApiContext) {
  return { ...ctx, logger: ctx.request.logger };
}
