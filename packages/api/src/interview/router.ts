// interview.*: thin procedures over the interview services. Every procedure that names an interview
// is an interviewProcedure: it receives the interview and its turns, loaded and authorised once (another
// user's interview is NOT_FOUND everywhere), and never reads them again unless it changes them.
import type { ApiContext } from "../context.ts";
import { rateLimited } from "../rate-limit/rate-limited.ts";
import { protectedProcedure, router, toTRPCError } from "../trpc.ts";
import { answerAndEvaluate, evaluateTurn, skipQuestion, submitAnswer } from "./answer-turn.ts";
import { askInterviewer } from "./ask-interviewer.ts";
import { createInterview } from "./create-interview.ts";
import { interviewProcedure } from "./interview-procedure.ts";
import { interviewView } from "./interview-view.ts";
import { loadInterviewForViewer } from "./load-interview.ts";
import { runExamples } from "./run-code.ts";
import {
  ZAnswerRequestSchema,
  ZAnswerResponseSchema,
  ZAskRequestSchema,
  ZAskResponseSchema,
  ZCodeRunResponseSchema,
  ZCreateInterviewRequestSchema,
  ZEvaluationEventResponseSchema,
  ZExportMarkdownResponseSchema,
  ZInterviewViewResponseSchema,
  ZListInterviewsRequestSchema,
  ZListInterviewsResponseSchema,
  ZReportResponseSchema,
  ZRunCodeRequestSchema,
  ZSkipQuestionRequestSchema,
  ZTranscriptResponseSchema,
  ZTurnRequestSchema,
} from "./schemas.ts";
import * as interviewService from "./service.ts";

export const interviewRouter = router({
  /** Spends one credit; NO_CREDITS (PAYMENT_REQUIRED) when there is none. */
  create: protectedProcedure
    .input(ZCreateInterviewRequestSchema)
    .output(ZInterviewViewResponseSchema)
    .mutation(async ({ ctx, input }) => {
      const { interviewId } = await createInterview(ctx, ctx.viewer, input, ctx.request.logger);
      return interviewView(await loadInterviewForViewer(ctx.db, ctx.viewer, interviewId), ctx.clock.now());
    }),

  /** Pure read: an interview whose time ran out reads as ended even before the sweeper writes it down. */
  get: interviewProcedure
    .output(ZInterviewViewResponseSchema)
    .query(({ ctx }) => interviewService.getInterview(ctx, ctx.snapshot)),

  /** Stores the answer and evaluates it (non-streaming). Retrying evaluates once and charges nothing. */
  answer: interviewProcedure
    .input(ZAnswerRequestSchema)
    .output(ZAnswerResponseSchema)
    .mutation(async ({ ctx, input }) => {
      const { evaluation, after } = await answerAndEvaluate(turnDeps(ctx), ctx.snapshot, input);
      // `after` is there when this call ran the evaluation; a retried request that found it done reads once.
      const current = after ?? (await loadInterviewForViewer(ctx.db, ctx.viewer, input.interviewId));
      return { evaluation, interview: interviewView(current, ctx.clock.now()) };
    }),

  /**
   * Runs code against the open coding question's visible examples in the sandbox: a verdict, the
   * actual value, the output and the time per example. Free (no credit, nothing stored); limited per
   * user: runs per window (RUN_LIMIT), one run at a time (RUN_LIMIT), and RUNNER_BUSY when the server's
   * runners are all taken. CODE_NOT_RUNNABLE for a question graded by reading.
   */
  runCode: interviewProcedure
    .input(ZRunCodeRequestSchema)
    .use(rateLimited("interview.runCode"))
    .output(ZCodeRunResponseSchema)
    .mutation(({ ctx, input, signal }) => runExamples(ctx, ctx.viewer, ctx.snapshot, input, signal)),

  /**
   * A clarifying question about the open question, answered without giving the solution away, or the
   * question's next hint (nudge, direction, key insight; each lowers the score's ceiling). Uses up
   * neither the question nor a credit. QUESTION_CLOSED once it is answered; HINT_LIMIT after 3 hints,
   * CLARIFICATION_LIMIT after 5 questions; rate-limited per user.
   */
  ask: interviewProcedure
    .input(ZAskRequestSchema)
    .use(rateLimited("interview.ask"))
    .output(ZAskResponseSchema)
    .mutation(async ({ ctx, input, signal }) => {
      const { assist, counts, after } = await askInterviewer(turnDeps(ctx), ctx.viewer, ctx.snapshot, input, signal);
      return { assist, counts, interview: interviewView(after, ctx.clock.now()) };
    }),

  /**
   * Stores the answer only and returns the interview (its question now awaiting evaluation); follow
   * `evaluation` to receive the feedback as it is written.
   */
  submitAnswer: interviewProcedure
    .input(ZAnswerRequestSchema)
    .output(ZInterviewViewResponseSchema)
    .mutation(async ({ ctx, input }) =>
      interviewView(await submitAnswer(turnDeps(ctx), ctx.snapshot, input), ctx.clock.now()),
    ),

  /**
   * Skips the open question ("I don't know"): stored like an answer (it scores 1) and returns the
   * interview with the question awaiting evaluation; follow `evaluation` as after submitAnswer.
   */
  skipQuestion: interviewProcedure
    .input(ZSkipQuestionRequestSchema)
    .output(ZInterviewViewResponseSchema)
    .mutation(async ({ ctx, input }) =>
      interviewView(await skipQuestion(turnDeps(ctx), ctx.snapshot, input), ctx.clock.now()),
    ),

  /**
   * The evaluation of a stored answer as a stream (SSE): feedback pieces, then the result. Reconnecting
   * replays the live stream or returns the stored result; it never evaluates twice. Each event is
   * checked against its schema here (tRPC's .output() does not apply to a stream).
   */
  evaluation: interviewProcedure.input(ZTurnRequestSchema).subscription(async function* ({ ctx, input, signal }) {
    try {
      for await (const event of evaluateTurn(turnDeps(ctx), ctx.snapshot, input, signal)) {
        if (event.type === "feedback" || event.type === "reset" || event.type === "result") {
          yield ZEvaluationEventResponseSchema.parse(event);
        }
      }
    } catch (error) {
      throw toTRPCError(error);
    }
  }),

  retryQuestion: interviewProcedure
    .output(ZInterviewViewResponseSchema)
    .mutation(({ ctx }) => interviewService.retryQuestion(turnDeps(ctx), ctx.snapshot)),

  pause: interviewProcedure
    .output(ZInterviewViewResponseSchema)
    .mutation(({ ctx }) => interviewService.pauseInterview(ctx, ctx.snapshot)),

  /** Continues a paused interview, or writes the next question a running one is owed. */
  resume: interviewProcedure
    .output(ZInterviewViewResponseSchema)
    .mutation(({ ctx }) => interviewService.resumeInterview(turnDeps(ctx), ctx.snapshot)),

  abandon: interviewProcedure
    .output(ZInterviewViewResponseSchema)
    .mutation(({ ctx }) => interviewService.abandonInterview(ctx, ctx.snapshot)),

  list: protectedProcedure
    .input(ZListInterviewsRequestSchema)
    .output(ZListInterviewsResponseSchema)
    .query(({ ctx, input }) => interviewService.listInterviews(ctx, ctx.viewer, input)),

  transcript: interviewProcedure
    .output(ZTranscriptResponseSchema)
    .query(({ ctx }) => interviewService.getTranscript(ctx, ctx.snapshot)),

  report: interviewProcedure
    .output(ZReportResponseSchema)
    .query(({ ctx }) => interviewService.getReport(ctx, ctx.snapshot)),

  exportMarkdown: interviewProcedure
    .output(ZExportMarkdownResponseSchema)
    .query(({ ctx }) => interviewService.exportMarkdown(ctx, ctx.snapshot)),
});

/**
 * For services that log through the request's logger: evaluations (which outlive their request, see
 * answer-turn.ts) and the checks of model-written questions (ask-checked-question.ts).
 */
function turnDeps(ctx: ApiContext) {
  return { ...ctx, logger: ctx.request.logger };
}
