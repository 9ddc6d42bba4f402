// What a user's billing looks like right now, from their balance and subscriptions: which
// subscription to show (the live one, else the newest), whether its credits may be spent, and what
// the next interview can draw on. Pure, so billing.status and dashboard.summary compute it the same
// way from whatever single read fetched the rows.
import { SUBSCRIPTION_STATUSES, type SubscriptionStatus } from "@interviewer/db";
import type { SubscriptionSummary } from "./codec.ts";
import type { CreditBalance } from "./credits/credit-ledger.ts";
import { isSubscriptionUsable } from "./credits/subscription-usability.ts";

/** Statuses in which a subscription can still be cancelled, resumed or changed: all but expired. */
export const LIVE_SUBSCRIPTION_STATUSES: SubscriptionStatus[] = SUBSCRIPTION_STATUSES.filter(
  (status) => status !== "expired",
);

/** Live: in a live status, and if cancelled, its paid period not over yet (whatever the status says). */
export function isSubscriptionLive(subscription: Pick<SubscriptionSummary, "status" | "endsAt">, now: Date): boolean {
  if (!LIVE_SUBSCRIPTION_STATUSES.includes(subscription.status)) return false;
  return subscription.status !== "cancelled" || (subscription.endsAt !== null && subscription.endsAt > now);
}

/** `subscriptions` newest first (by Lemon Squeezy's creation time). */
export function billingStatusOf(credits: CreditBalance, subscriptions: readonly SubscriptionSummary[], now: Date) {
  const live = subscriptions.find((subscription) => isSubscriptionLive(subscription, now));
  const shown = live ?? subscriptions[0];
  const usable = live ? isSubscriptionUsable(live, now) : false;
  return {
    plan: shown?.plan ?? null,
    subscription: shown ? { status: shown.status, renewsAt: shown.renewsAt, endsAt: shown.endsAt } : null,
    credits,
    subscriptionCreditsUsable: usable,
    /** What the next interview can draw on right now. */
    usableCredits: credits.individual + (usable ? credits.subscription : 0),
  };
}
