// drill.*: spaced-repetition drills on what the candidate missed. Cards are made when interview
// answers are graded; drill.start runs a short, free practice session on the due ones (an interview of
// kind "drill": the interview.* procedures answer, stream, transcribe and report it). Thin: call the
// services.
import { interviewView } from "../interview/interview-view.ts";
import { loadInterviewForViewer } from "../interview/load-interview.ts";
import { ZInterviewViewResponseSchema } from "../interview/schemas.ts";
import { rateLimited } from "../rate-limit/rate-limited.ts";
import { protectedProcedure, router } from "../trpc.ts";
import { consumeDrillStartAllowance } from "./drill-start-limit.ts";
import {
  ZDismissCardRequestSchema,
  ZDismissCardResponseSchema,
  ZDrillCardsRequestSchema,
  ZDrillCardsResponseSchema,
  ZDrillDueRequestSchema,
  ZDrillDueResponseSchema,
  ZDrillSkillsRequestSchema,
  ZDrillSkillsResponseSchema,
} from "./schemas.ts";
import { dismissCard, listCards, readDue, readSkills } from "./service.ts";
import { startDrill } from "./start-drill.ts";

export const drillRouter = router({
  /** Cards due now (the first few, most overdue first), with how many are due now, today and in all. */
  due: protectedProcedure
    .input(ZDrillDueRequestSchema)
    .output(ZDrillDueResponseSchema)
    .query(({ ctx, input }) => readDue(ctx, ctx.viewer, input)),

  /** All of the viewer's cards in due order, a page at a time. */
  cards: protectedProcedure
    .input(ZDrillCardsRequestSchema)
    .output(ZDrillCardsResponseSchema)
    .query(({ ctx, input }) => listCards(ctx, ctx.viewer, input)),

  /**
   * Starts a drill on the due cards (or resumes the open one) and returns it as interview.get would.
   * Free of credit; NOTHING_DUE (PRECONDITION_FAILED) when no card is due; RATE_LIMITED per account per
   * day and per client address.
   */
  start: protectedProcedure
    .use(rateLimited("drill.start"))
    .use(async ({ ctx, next }) => {
      await consumeDrillStartAllowance(ctx, ctx.viewer.userId);
      return next();
    })
    .output(ZInterviewViewResponseSchema)
    .mutation(async ({ ctx }) => {
      const { interviewId } = await startDrill(ctx, ctx.viewer, ctx.request.logger);
      return interviewView(await loadInterviewForViewer(ctx.db, ctx.viewer, interviewId), ctx.clock.now());
    }),

  /** Per topic: weekly mean score of graded answers (interviews and drills), its latest strength, and cards due. */
  skills: protectedProcedure
    .input(ZDrillSkillsRequestSchema)
    .output(ZDrillSkillsResponseSchema)
    .query(({ ctx, input }) => readSkills(ctx, ctx.viewer, input)),

  /** Deletes one of the viewer's cards; another user's card (or an unknown id) is NOT_FOUND. */
  dismiss: protectedProcedure
    .input(ZDismissCardRequestSchema)
    .output(ZDismissCardResponseSchema)
    .mutation(({ ctx, input }) => dismissCard(ctx, ctx.viewer, input)),
});
