// When subscription credits may be spent: while a subscription is active (or on trial), or cancelled
// but still inside the period that was paid for. Paused, past due, unpaid, expired or past its end:
// the credits stay on the balance but wait (they come back on resume; expiry forfeits them).
import { type DatabaseOrTransaction, type SubscriptionStatus, schema } from "@interviewer/db";
import { eq } from "drizzle-orm";

export function isSubscriptionUsable(
  subscription: { status: SubscriptionStatus; endsAt: Date | null },
  now: Date,
): boolean {
  if (subscription.endsAt && subscription.endsAt.getTime() <= now.getTime()) return false;
  if (subscription.status === "active" || subscription.status === "on_trial") return true;
  return subscription.status === "cancelled" && subscription.endsAt !== null;
}

/** Whether any of the user's subscriptions makes their subscription credits usable right now. */
export async function subscriptionCreditsUsable(
  db: DatabaseOrTransaction,
  userId: string,
  now: Date,
): Promise<boolean> {
  const rows = await db
    .select({ status: schema.billingSubscriptions.status, endsAt: schema.billingSubscriptions.endsAt })
    .from(schema.billingSubscriptions)
    .where(eq(schema.billingSubscriptions.userId, userId));
  return rows.some((row) => isSubscriptionUsable(row, now));
}
