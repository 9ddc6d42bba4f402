// resume.*: the signed-in user's résumé. Every procedure acts on the viewer's own résumé (there is no
// id to pass), so another user's is unreachable. Thin: validate, limit, call the service.
// resume.upload takes the file as base64 in JSON; the HTTP server lets its larger body through on this
// path only (apps/server plugins/large-body-routes.ts).
import { rateLimited } from "../rate-limit/rate-limited.ts";
import { protectedProcedure, router } from "../trpc.ts";
import {
  ZDeleteResumeResponseSchema,
  ZGetResumeResponseSchema,
  ZResumeSchema,
  ZUpdateResumeAnalysisRequestSchema,
  ZUploadResumeRequestSchema,
} from "./schemas.ts";
import { editResumeAnalysis, readResume, removeResume, uploadResume } from "./service.ts";
import { consumeResumeUploadAllowance } from "./upload-limit.ts";

export const resumeRouter = router({
  /**
   * Parses a PDF or DOCX (at most 2 MB; the type is read from the bytes), analyses it and stores the
   * text and analysis, replacing any earlier résumé. RESUME_TOO_LARGE, RESUME_UNSUPPORTED_TYPE,
   * RESUME_UNREADABLE, RESUME_ENCRYPTED or RESUME_NO_TEXT when it cannot be used (nothing is stored);
   * RATE_LIMITED per account and per client address.
   */
  upload: protectedProcedure
    .input(ZUploadResumeRequestSchema)
    .use(rateLimited("resume.upload"))
    .use(async ({ ctx, next }) => {
      await consumeResumeUploadAllowance(ctx, ctx.viewer.userId);
      return next();
    })
    .output(ZResumeSchema)
    .mutation(({ ctx, input }) => uploadResume(ctx, ctx.viewer, input)),

  /** The viewer's résumé (file name, size, upload time, analysis), or null when they have none. */
  get: protectedProcedure.output(ZGetResumeResponseSchema).query(({ ctx }) => readResume(ctx, ctx.viewer)),

  /** Replaces the analysis with the viewer's edit (validated and bounded); RESUME_NOT_FOUND without a résumé. */
  updateAnalysis: protectedProcedure
    .input(ZUpdateResumeAnalysisRequestSchema)
    .output(ZResumeSchema)
    .mutation(({ ctx, input }) => editResumeAnalysis(ctx, ctx.viewer, input)),

  /** Deletes the viewer's résumé; idempotent. Interviews already tailored keep their snapshot. */
  delete: protectedProcedure.output(ZDeleteResumeResponseSchema).mutation(({ ctx }) => removeResume(ctx, ctx.viewer)),
});
