// dashboard.*: the candidate's progress at a glance, and the interview history page by page. Thin:
// call the service.
import { protectedProcedure, router } from "../trpc.ts";
import {
  ZDashboardHistoryRequestSchema,
  ZDashboardHistoryResponseSchema,
  ZDashboardSummaryResponseSchema,
} from "./schemas.ts";
import { getDashboardHistory, getDashboardSummary } from "./service.ts";

export const dashboardRouter = router({
  summary: protectedProcedure
    .output(ZDashboardSummaryResponseSchema)
    .query(({ ctx }) => getDashboardSummary(ctx, ctx.viewer)),

  /** Cursor-paginated, newest first, to the very first interview. */
  history: protectedProcedure
    .input(ZDashboardHistoryRequestSchema)
    .output(ZDashboardHistoryResponseSchema)
    .query(({ ctx, input }) => getDashboardHistory(ctx, ctx.viewer, input)),
});
