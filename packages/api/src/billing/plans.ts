// The plans we sell and how they map to Lemon Squeezy variants. The variant ids come from
// configuration (LEMONSQUEEZY_VARIANT_*), so the same code serves the test store, the live store and
// the local simulator.
import type { BillingSettings } from "../settings.ts";

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
}

export const plans: Record<PlanId, PlanDefinition> = {
  individual: {
    id: "individual",
    name: "Individual",
    billing: "one_time",
    credits: 1,
    description: "One interview credit. Never expires.",
  },
  pro: {
    id: "pro",
    name: "Pro",
    billing: "monthly",
    credits: 10,
    description: "10 interview credits every month; unused credits roll over while you stay subscribed.",
  },
  premium: {
    id: "premium",
    name: "Premium",
    billing: "monthly",
    credits: 20,
    description: "20 interview credits every month; unused credits roll over while you stay subscribed.",
  },
};

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
