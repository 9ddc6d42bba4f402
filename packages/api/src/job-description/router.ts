// jobDescription.*: what the new-interview page shows before any credit is spent. Thin: call the service.
import { rateLimited } from "../rate-limit/rate-limited.ts";
import { protectedProcedure, publicProcedure, router } from "../trpc.ts";
import { consumePreviewAllowance } from "./preview-limit.ts";
import {
  ZPlanningGuideResponseSchema,
  ZPreviewJobDescriptionRequestSchema,
  ZPreviewJobDescriptionResponseSchema,
} from "./schemas.ts";
import { planningGuide, previewJobDescription } from "./service.ts";

export const jobDescriptionRouter = router({
  /**
   * The analysis (level, stack, domain, responsibilities) interview.create would make of this text, and
   * the difficulty "auto" would pick. Free: no credit, no write. Limited per client and per account,
   * since on the OpenAI provider each call is a model call. A mutation so the text travels in the body.
   */
  preview: protectedProcedure
    .input(ZPreviewJobDescriptionRequestSchema)
    .use(rateLimited("jobDescription.preview"))
    .use(async ({ ctx, next }) => {
      await consumePreviewAllowance(ctx, ctx.viewer.userId);
      return next();
    })
    .output(ZPreviewJobDescriptionResponseSchema)
    .mutation(({ ctx, input, signal }) => previewJobDescription(ctx, input.jobDescription, signal)),

  /** The job description's length limit, "auto" without one, and the score scale answers are graded on. */
  planningGuide: publicProcedure.output(ZPlanningGuideResponseSchema).query(() => planningGuide()),
});
