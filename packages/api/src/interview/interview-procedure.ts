// The interview resource procedure (cal.com's pattern): every procedure that names an interview goes
// through this middleware, which loads the interview with its turns in one statement, authorises it
// (someone else's interview is NOT_FOUND, exactly like a missing one) and hands the snapshot to the
// procedure as `ctx.snapshot`. Procedures never read the interview again unless they change it.
import { protectedProcedure } from "../trpc.ts";
import { loadInterviewForViewer } from "./load-interview.ts";
import { ZInterviewIdRequestSchema } from "./schemas.ts";

export const interviewProcedure = protectedProcedure
  .input(ZInterviewIdRequestSchema)
  .use(async ({ ctx, input, next }) =>
    next({ ctx: { snapshot: await loadInterviewForViewer(ctx.db, ctx.viewer, input.interviewId) } }),
  );
