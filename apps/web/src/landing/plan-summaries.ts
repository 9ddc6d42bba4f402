// The plans as the public landing page describes them. billing.plans needs a signed-in user, so the
// landing page keeps this short summary; the ids are checked against the API's PlanId type. Prices
// are configured in the payment provider's store (not in this codebase), so they are shown at checkout.
import type { PlanId } from "@interviewer/api";

export const PLAN_SUMMARIES: Record<PlanId, { name: string; credits: string; billing: string; blurb: string }> = {
  individual: {
    name: "Individual",
    credits: "1 interview",
    billing: "one-time",
    blurb: "One credit that never expires.",
  },
  pro: {
    name: "Pro",
    credits: "10 interviews a month",
    billing: "monthly",
    blurb: "Unused credits roll over while subscribed.",
  },
  premium: {
    name: "Premium",
    credits: "20 interviews a month",
    billing: "monthly",
    blurb: "For an intense search: practise daily.",
  },
};
