// Plans, subscription statuses, credit kinds and ledger reasons in words, for the billing page and
// the dashboard (the API sends ids: "premium", "past_due", "upgrade_grant").
import type { RouterOutputs } from "@interviewer/api";

type SubscriptionPlan = NonNullable<RouterOutputs["billing"]["status"]["plan"]>;
type SubscriptionStatus = NonNullable<RouterOutputs["billing"]["status"]["subscription"]>["status"];
type LedgerEntry = RouterOutputs["billing"]["ledger"]["entries"][number];

export const PLAN_NAMES: Record<SubscriptionPlan, string> = { pro: "Pro", premium: "Premium" };

export const SUBSCRIPTION_STATUS_LABELS: Record<SubscriptionStatus, string> = {
  on_trial: "Trial",
  active: "Active",
  paused: "Paused",
  past_due: "Payment overdue",
  unpaid: "Unpaid",
  cancelled: "Cancelled",
  expired: "Ended",
};

export const CREDIT_KIND_LABELS: Record<LedgerEntry["kind"], string> = {
  individual: "One-time",
  subscription: "Subscription",
};

export const LEDGER_REASON_LABELS: Record<LedgerEntry["reason"], string> = {
  signup_grant: "Welcome credit",
  purchase: "Purchase",
  purchase_refund: "Purchase refunded",
  subscription_grant: "Monthly subscription credits",
  upgrade_grant: "Plan upgrade credits",
  subscription_forfeit: "Subscription ended",
  interview_spend: "Interview started",
  interview_refund: "Interview refunded",
  admin_adjustment: "Adjustment by support",
};

/** "Pro", or "Pay as you go" without a plan. */
export function planName(plan: SubscriptionPlan | null): string {
  return plan ? PLAN_NAMES[plan] : "Pay as you go";
}
