// The plans we sell, what they cost and how they map to Lemon Squeezy variants. The variant ids and
// the prices come from configuration (LEMONSQUEEZY_VARIANT_*, PLAN_PRICE_*, PLAN_CURRENCY), so the
// same code serves the test store, the live store and the local simulator.
import type { BillingSettings, PlanPricing } from "../settings.ts";

export const planIds = ["individual", "pro", "premium"] as const;
export type PlanId = (typeof planIds)[number];
export type SubscriptionPlanId = Exclude<PlanId, "individual">;

export interface PlanDefinition {
  id: PlanId;
  name: string;
  /** one_time: credits once per order; monthly: credits once per paid subscription invoice. */
  billing: "one_time" | "monthly";
  credits: number;
  description: string;
  /** What a buyer gets besides the credits, one line each, as the price table lists it. */
  includes: readonly string[];
}

/** Every plan runs the same interviews; they differ only in how many credits arrive and when. */
const EVERY_INTERVIEW = "Every topic and difficulty, tailored to a job description";
const FULL_REPORT = "Scored feedback on every answer and a report with a study list";

export const plans: Record<PlanId, PlanDefinition> = {
  individual: {
    id: "individual",
    name: "Individual",
    billing: "one_time",
    credits: 1,
    description: "One interview credit. Never expires.",
    includes: ["The credit never expires", EVERY_INTERVIEW, FULL_REPORT],
  },
  pro: {
    id: "pro",
    name: "Pro",
    billing: "monthly",
    credits: 10,
    description: "10 interview credits every month; unused credits roll over while you stay subscribed.",
    includes: ["Unused credits roll over while you stay subscribed", EVERY_INTERVIEW, FULL_REPORT, "Cancel any time"],
  },
  premium: {
    id: "premium",
    name: "Premium",
    billing: "monthly",
    credits: 20,
    description: "20 interview credits every month; unused credits roll over while you stay subscribed.",
    includes: ["Unused credits roll over while you stay subscribed", EVERY_INTERVIEW, FULL_REPORT, "Cancel any time"],
  },
};

/** The prices when a deployment configures none (PLAN_PRICE_*, PLAN_CURRENCY): US dollars, in cents. */
export const DEFAULT_PLAN_PRICING: PlanPricing = {
  currency: "USD",
  prices: { individual: 900, pro: 2900, premium: 4900 },
};

export interface PublicPlan {
  id: PlanId;
  name: string;
  billing: PlanDefinition["billing"];
  /** How often the price is charged: once, or every month. */
  interval: "once" | "month";
  credits: number;
  description: string;
  includes: string[];
  /** In the currency's minor units: 2900 is $29.00; 500 is ¥500 (JPY has none). */
  priceMinorUnits: number;
  currency: string;
  available: boolean;
}

/**
 * The price table anyone may read (billing.plans): each plan with its price, currency and billing
 * interval, and whether this deployment can sell it (a store without the plan's variant cannot).
 */
export function publicPlans(settings: BillingSettings): PublicPlan[] {
  const pricing = settings.pricing ?? DEFAULT_PLAN_PRICING;
  return planIds.map((id) => {
    const plan = plans[id];
    return {
      id,
      name: plan.name,
      billing: plan.billing,
      interval: plan.billing === "monthly" ? "month" : "once",
      credits: plan.credits,
      description: plan.description,
      includes: [...plan.includes],
      priceMinorUnits: pricing.prices[id],
      currency: pricing.currency,
      available: settings.variants[id] !== "",
    };
  });
}

export function isSubscriptionPlan(plan: PlanId): plan is SubscriptionPlanId {
  return plans[plan].billing === "monthly";
}

/** Our plan for a Lemon Squeezy variant id (numbers in payloads, strings in config), if it is one of ours. */
export function planForVariant(
  settings: BillingSettings,
  variantId: string | number | null | undefined,
): PlanId | null {
  if (variantId === null || variantId === undefined) return null;
  const id = String(variantId);
  return planIds.find((plan) => settings.variants[plan] === id) ?? null;
}

export function subscriptionCredits(plan: SubscriptionPlanId | null): number {
  return plan ? plans[plan].credits : 0;
}

/** For emails; a subscription to a variant that is none of our plans is just "Subscription". */
export function planName(plan: PlanId | null): string {
  return plan ? plans[plan].name : "Subscription";
}
