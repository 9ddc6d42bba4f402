// sharing.*: read-only public links to one report. The owner creates, lists and revokes them; the
// report behind a link is public (signed out), limited per client address. Thin: call the service.
import { rateLimited } from "../rate-limit/rate-limited.ts";
import { protectedProcedure, publicProcedure, router } from "../trpc.ts";
import {
  ZCreateShareRequestSchema,
  ZCreateShareResponseSchema,
  ZListSharesRequestSchema,
  ZListSharesResponseSchema,
  ZRevokeShareRequestSchema,
  ZRevokeShareResponseSchema,
  ZSharedReportRequestSchema,
  ZSharedReportResponseSchema,
} from "./schemas.ts";
import { createShareLink, listShareLinks, readSharedReport, revokeShareLink } from "./service.ts";
import { consumeShareCreationAllowance } from "./share-creation-limit.ts";

export const sharingRouter = router({
  /**
   * A new link to the report of one of the viewer's finished interviews; the token is in this answer
   * only. NOT_FOUND for another user's interview, REPORT_NOT_READY before it ends, SHARE_LINK_LIMIT at
   * the live-link cap, RATE_LIMITED per account and per client address.
   */
  create: protectedProcedure
    .input(ZCreateShareRequestSchema)
    .use(rateLimited("sharing.create"))
    .use(async ({ ctx, next }) => {
      await consumeShareCreationAllowance(ctx, ctx.viewer.userId);
      return next();
    })
    .output(ZCreateShareResponseSchema)
    .mutation(({ ctx, input }) => createShareLink(ctx, ctx.viewer, input)),

  /** The viewer's links, newest first, each live, expired or revoked; optionally of one interview. */
  list: protectedProcedure
    .input(ZListSharesRequestSchema)
    .output(ZListSharesResponseSchema)
    .query(({ ctx, input }) => listShareLinks(ctx, ctx.viewer, input)),

  /** Idempotent; another user's link is NOT_FOUND. */
  revoke: protectedProcedure
    .input(ZRevokeShareRequestSchema)
    .output(ZRevokeShareResponseSchema)
    .mutation(({ ctx, input }) => revokeShareLink(ctx, ctx.viewer, input)),

  /** Public: the report behind a live link. Unknown, revoked and expired links are the same NOT_FOUND. */
  report: publicProcedure
    .input(ZSharedReportRequestSchema)
    .use(rateLimited("sharing.report"))
    .output(ZSharedReportResponseSchema)
    .query(({ ctx, input }) => readSharedReport(ctx, input)),
});
