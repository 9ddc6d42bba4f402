// dashboard.*: the candidate's progress at a glance. Thin: call the service.
import { protectedProcedure, router } from "../trpc.ts";
import { ZDashboardSummaryResponseSchema } from "./schemas.ts";
import { getDashboardSummary } from "./service.ts";

export const dashboardRouter = router({
  summary: protectedProcedure
    .output(ZDashboardSummaryResponseSchema)
    .query(({ ctx }) => getDashboardSummary(ctx, ctx.viewer)),
});
