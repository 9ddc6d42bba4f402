// dashboard.*: the candidate's progress at a glance.
import { protectedProcedure, router } from "../trpc.ts";
import { getDashboardSummary } from "./service.ts";

export const dashboardRouter = router({
  summary: protectedProcedure.query(({ ctx }) => getDashboardSummary(ctx, ctx.viewer)),
});
