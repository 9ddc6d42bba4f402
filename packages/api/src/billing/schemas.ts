// Input and output schemas of billing.*, named for their procedures; the types flow to every client.
import {
  CREDIT_KINDS,
  CREDIT_REASONS,
  CREDIT_REFERENCE_TYPES,
  SUBSCRIPTION_PLANS,
  SUBSCRIPTION_STATUSES,
} from "@interviewer/db";
import { z } from "zod";
import { planIds } from "./plans.ts";

export const ZPlanSchema = z.enum(planIds);
export const ZSubscriptionPlanSchema = z.enum(SUBSCRIPTION_PLANS);
export const ZSubscriptionStatusSchema = z.enum(SUBSCRIPTION_STATUSES);

export const ZPlansResponseSchema = z.array(
  z.object({
    id: ZPlanSchema,
    name: z.string(),
    billing: z.enum(["one_time", "monthly"]),
    interval: z.enum(["once", "month"]),
    credits: z.number().int(),
    description: z.string(),
    includes: z.array(z.string()),
    priceMinorUnits: z.number().int().nonnegative(),
    currency: z.string().length(3),
    available: z.boolean(),
  }),
);

export const ZSignupOfferResponseSchema = z.object({
  /** Interview credits a new account gets (FREE_CREDITS_ON_SIGNUP); 0 when this deployment gives none. */
  freeCredits: z.number().int().nonnegative(),
});

export const ZCheckoutRequestSchema = z.object({ plan: ZPlanSchema });
export const ZCheckoutResponseSchema = z.object({ url: z.url() });

export const ZChangePlanRequestSchema = z.object({ plan: ZSubscriptionPlanSchema });

export const ZBillingStatusResponseSchema = z.object({
  plan: ZSubscriptionPlanSchema.nullable(),
  subscription: z
    .object({ status: ZSubscriptionStatusSchema, renewsAt: z.date().nullable(), endsAt: z.date().nullable() })
    .nullable(),
  credits: z.object({ individual: z.number().int(), subscription: z.number().int() }),
  subscriptionCreditsUsable: z.boolean(),
  usableCredits: z.number().int(),
});

export const ZLedgerRequestSchema = z.object({
  cursor: z.number().int().positive().nullish(),
  limit: z.number().int().min(1).max(100).default(20),
});

export const ZLedgerResponseSchema = z.object({
  entries: z.array(
    z.object({
      id: z.number().int(),
      kind: z.enum(CREDIT_KINDS),
      delta: z.number().int(),
      balanceAfter: z.number().int(),
      reason: z.enum(CREDIT_REASONS),
      referenceType: z.enum(CREDIT_REFERENCE_TYPES),
      createdAt: z.date(),
    }),
  ),
  nextCursor: z.number().int().nullable(),
});
