// billing.*: plans, checkout, subscription management, status and credit history. Thin: validate,
// call the service.
import { protectedProcedure, router } from "../trpc.ts";
import {
  ZBillingStatusResponseSchema,
  ZChangePlanRequestSchema,
  ZCheckoutRequestSchema,
  ZCheckoutResponseSchema,
  ZLedgerRequestSchema,
  ZLedgerResponseSchema,
  ZPlansResponseSchema,
} from "./schemas.ts";
import * as billingService from "./service.ts";

export const billingRouter = router({
  plans: protectedProcedure.output(ZPlansResponseSchema).query(({ ctx }) => billingService.listPlans(ctx)),

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
