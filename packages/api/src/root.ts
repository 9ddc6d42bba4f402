// The whole API: one router per domain, assembled here. Clients import only `type AppRouter`.
import { accountRouter } from "./account/router.ts";
import { authRouter } from "./auth/router.ts";
import { billingRouter } from "./billing/router.ts";
import { dashboardRouter } from "./dashboard/router.ts";
import { drillRouter } from "./drill/router.ts";
import { interviewRouter } from "./interview/router.ts";
import { jobDescriptionRouter } from "./job-description/router.ts";
import { resumeRouter } from "./resume/router.ts";
import { sharingRouter } from "./sharing/router.ts";
import { systemRouter } from "./system/router.ts";
import { router } from "./trpc.ts";
import { voiceRouter } from "./voice/router.ts";

export const appRouter = router({
  system: systemRouter,
  auth: authRouter,
  account: accountRouter,
  billing: billingRouter,
  interview: interviewRouter,
  jobDescription: jobDescriptionRouter,
  dashboard: dashboardRouter,
  sharing: sharingRouter,
  resume: resumeRouter,
  drill: drillRouter,
  voice: voiceRouter,
});

export type AppRouter = typeof appRouter;
