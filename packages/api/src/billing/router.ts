// billing.*: plans, checkout, subscription management, status and credit history. Thin: validate,
// call the service. The price table and the sign-up offer are public: the landing page shows them to
// visitors, and they read configuration only (no database), so they need no rate limit.
import { protectedProcedure, publicProcedure, router } from "../trpc.ts";
import { publicPlans } from "./plans.ts";
import {
  ZBillingStatusResponseSchema,
  ZChangePlanRequestSchema,
  ZCheckoutRequestSchema,
  ZCheckoutResponseSchema,
  ZLedgerRequestSchema,
  ZLedgerResponseSchema,
  ZPlansResponseSchema,
  ZSignupOfferResponseSchema,
} from "./schemas.ts";
import * as billingService from "./service.ts";

export const billingRouter = router({
  plans: publicProcedure.output(ZPlansResponseSchema).query(({ ctx }) => publicPlans(ctx.settings.billing)),

  signupOffer: publicProcedure
    .output(ZSignupOfferResponseSchema)
    .query(({ ctx }) => ({ freeCredits: ctx.settings.billing.freeCreditsOnSignup })),

  checkout: protectedProcedure
    .input(ZCheckoutRequestSchema)
    .output(ZCheckoutResponseSchema)
    .mutation(({ ctx, input }) => billingService.startCheckout(ctx, ctx.viewer, input.plan)),

  cancel: protectedProcedure
    .output(ZBillingStatusResponseSchema)
    .mutation(({ ctx }) => billingService.cancelSubscription(ctx, ctx.viewer)),

  resume: protectedProcedure
    .output(ZBillingStatusResponseSchema)
    .mutation(({ ctx }) => billingService.resumeSubscription(ctx, ctx.viewer)),

  changePlan: protectedProcedure
    .input(ZChangePlanRequestSchema)
    .output(ZBillingStatusResponseSchema)
    .mutation(({ ctx, input }) => billingService.changePlan(ctx, ctx.viewer, input.plan)),

  status: protectedProcedure
    .output(ZBillingStatusResponseSchema)
    .query(({ ctx }) => billingService.getStatus(ctx, ctx.viewer)),

  ledger: protectedProcedure
    .input(ZLedgerRequestSchema)
    .output(ZLedgerResponseSchema)
    .query(({ ctx, input }) => billingService.listLedger(ctx, ctx.viewer, input)),
});
