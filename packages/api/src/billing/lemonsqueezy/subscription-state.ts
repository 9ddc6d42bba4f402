// What we know about a user's Lemon Squeezy subscriptions and invoices, and how new facts are merged
// in so that every delivery order ends in the same state:
// - a subscription snapshot replaces the stored one only when its `updated_at` is newer, so a late,
//   older delivery can never roll the state back;
// - a paid invoice is stored first and granted once both its tier (the invoice's variant or its
//   subscription's plan) and its user are known, whichever event brings the missing piece;
// - an upgrade tops up the current paid period to the new tier's credits once; a downgrade only
//   changes the tier, which the next renewal invoice pays out;
// - a subscription stored without an owner (bought before the buyer had an account) is claimed by
//   the first later event that names an account, and its paid invoices are then granted like any
//   other (once each, by their `invoice:` key). One whose owner deleted the account is never claimed.
// All of it runs in the caller's transaction, under a per-subscription advisory lock.
import {
  type DatabaseOrTransaction,
  type InvoiceBillingReason,
  type SubscriptionStatus,
  schema,
} from "@interviewer/db";
import { and, desc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { enqueueMail } from "../../mail/outbox.ts";
import type { ApiSettings } from "../../settings.ts";
import type { Clock } from "../../shared/clock.ts";
import type { SubscriptionSnapshot } from "../billing-adapter.ts";
import { forfeitSubscriptionCredits } from "../credits/credit-grants.ts";
import { applyCreditChange } from "../credits/credit-ledger.ts";
import { subscriptionCreditsUsable } from "../credits/subscription-usability.ts";
import { planForVariant, planName, subscriptionCredits } from "../plans.ts";

export interface BillingStateDeps {
  clock: Clock;
  settings: Pick<ApiSettings, "publicUrl" | "billing">;
}

const { billingSubscriptions, billingPurchases, users } = schema;
/** Invoices that pay for a period (and so grant its credits); "updated" ones only settle a change. */
const PAID_PERIOD_REASONS: InvoiceBillingReason[] = ["initial", "renewal"];

/** Serializes every change to one subscription (or order) across concurrent deliveries. */
export async function lockBillingResource(tx: DatabaseOrTransaction, key: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
}

export function billingUrl(settings: Pick<ApiSettings, "publicUrl">): string {
  return new URL("/billing", `${settings.publicUrl}/`).toString();
}

async function findUser(tx: DatabaseOrTransaction, userId: string) {
  const [user] = await tx
    .select({ id: users.id, email: users.email, displayName: users.displayName })
    .from(users)
    .where(eq(users.id, userId));
  return user;
}

/**
 * Whether a stored subscription ever had an owner: a settled invoice (credits_granted set) only ever
 * happens for a known owner, and survives the owner's account deletion (which only nulls user ids).
 * What tells "never owned" (claimable) from "owner deleted the account" (stays with nobody).
 */
export async function subscriptionHadOwner(tx: DatabaseOrTransaction, subscriptionId: string): Promise<boolean> {
  const [settled] = await tx
    .select({ lsId: billingPurchases.lsId })
    .from(billingPurchases)
    .where(
      and(
        eq(billingPurchases.kind, "invoice"),
        eq(billingPurchases.lsSubscriptionId, subscriptionId),
        isNotNull(billingPurchases.creditsGranted),
      ),
    )
    .limit(1);
  return settled !== undefined;
}

/**
 * Gives a stored, never-owned subscription the owner an event names. Call it under the
 * subscription's lock; the caller then settles its credits. If the subscription has already expired,
 * its still-unpaid-out invoices are closed with no credits: the expiry would have forfeited them.
 * Returns whether it attached the owner.
 */
async function claimUnownedSubscription(
  tx: DatabaseOrTransaction,
  subscriptionId: string,
  userId: string | null,
): Promise<boolean> {
  if (!userId) return false;
  const [stored] = await tx
    .select({ userId: billingSubscriptions.userId, status: billingSubscriptions.status })
    .from(billingSubscriptions)
    .where(eq(billingSubscriptions.lsSubscriptionId, subscriptionId));
  if (!stored || stored.userId || (await subscriptionHadOwner(tx, subscriptionId))) return false;
  if (!(await findUser(tx, userId))) return false;
  await tx
    .update(billingSubscriptions)
    .set({ userId })
    .where(and(eq(billingSubscriptions.lsSubscriptionId, subscriptionId), isNull(billingSubscriptions.userId)));
  if (stored.status === "expired") {
    await tx
      .update(billingPurchases)
      .set({ creditsGranted: 0, userId })
      .where(
        and(
          eq(billingPurchases.kind, "invoice"),
          eq(billingPurchases.lsSubscriptionId, subscriptionId),
          isNull(billingPurchases.creditsGranted),
          isNull(billingPurchases.refundedAt),
        ),
      );
  }
  return true;
}

/**
 * An event that names an account but carries no snapshot or invoice (payment failed / recovered):
 * claims the subscription for that account if it never had an owner, and settles what it paid.
 */
export async function claimSubscriptionForNamedOwner(
  tx: DatabaseOrTransaction,
  deps: BillingStateDeps,
  subscriptionId: string,
  input: { userId: string | null; referenceId: string },
): Promise<void> {
  if (!input.userId) return;
  await lockBillingResource(tx, `ls-subscription:${subscriptionId}`);
  if (await claimUnownedSubscription(tx, subscriptionId, input.userId)) {
    await settleSubscriptionCredits(tx, deps, subscriptionId, input.referenceId);
  }
}

/**
 * Merges a subscription snapshot (from a webhook or an API answer). `userId` is who the event says it
 * belongs to; an already stored owner wins, and a stored subscription that never had one is claimed
 * for it. Returns whether the stored state changed and who owns the subscription now.
 */
export async function applySubscriptionSnapshot(
  tx: DatabaseOrTransaction,
  deps: BillingStateDeps,
  snapshot: SubscriptionSnapshot,
  input: { userId: string | null; referenceId: string },
): Promise<{ changed: boolean; ownerId: string | null }> {
  const id = snapshot.subscriptionId;
  await lockBillingResource(tx, `ls-subscription:${id}`);
  const now = deps.clock.now();
  const [existing] = await tx.select().from(billingSubscriptions).where(eq(billingSubscriptions.lsSubscriptionId, id));
  const plan = planForVariant(deps.settings.billing, snapshot.variantId);
  const fields = {
    lsCustomerId: snapshot.customerId,
    lsOrderId: snapshot.orderId,
    variantId: snapshot.variantId,
    plan: plan === "individual" ? null : plan,
    status: snapshot.status,
    renewsAt: snapshot.renewsAt,
    endsAt: snapshot.endsAt,
    lsUpdatedAt: snapshot.updatedAt,
    updatedAt: now,
  };
  let changed = false;
  if (!existing) {
    await tx.insert(billingSubscriptions).values({
      lsSubscriptionId: id,
      userId: input.userId,
      lsCreatedAt: snapshot.createdAt,
      createdAt: now,
      ...fields,
    });
    changed = true;
  } else if (snapshot.updatedAt.getTime() > existing.lsUpdatedAt.getTime()) {
    await tx.update(billingSubscriptions).set(fields).where(eq(billingSubscriptions.lsSubscriptionId, id));
    changed = true;
  }
  // After the merge, so that claiming sees the newest status (an expired one grants nothing).
  const claimed = existing ? await claimUnownedSubscription(tx, id, input.userId) : false;
  const userId = existing && !claimed ? existing.userId : input.userId;

  if (changed && userId) {
    const previousStatus = existing?.status ?? null;
    const user = await findUser(tx, userId);
    if (user && snapshot.status === "expired" && previousStatus !== "expired") {
      // Another live subscription keeps the pooled subscription credits usable; otherwise they go.
      const otherUsable = await subscriptionCreditsUsable(tx, userId, now);
      const forfeited = otherUsable
        ? 0
        : await forfeitSubscriptionCredits(tx, deps.clock, {
            userId,
            subscriptionId: id,
            referenceId: input.referenceId,
          });
      await enqueueMail(tx, deps.clock, user.email, "subscription_expired", {
        displayName: user.displayName,
        planName: planName(fields.plan),
        creditsForfeited: forfeited,
        billingUrl: billingUrl(deps.settings),
      });
    }
    if (user && snapshot.status === "cancelled" && previousStatus !== "cancelled" && previousStatus !== "expired") {
      await enqueueMail(tx, deps.clock, user.email, "subscription_cancelled", {
        displayName: user.displayName,
        planName: planName(fields.plan),
        endsAt: snapshot.endsAt?.toISOString() ?? null,
        billingUrl: billingUrl(deps.settings),
      });
    }
  }
  await settleSubscriptionCredits(tx, deps, id, input.referenceId);
  return { changed, ownerId: userId };
}

/**
 * Records a subscription invoice (idempotent), claims a never-owned subscription for the account the
 * event names, and grants what is payable. Returns who the invoice's credits belong to (null: nobody
 * known yet, or the owner deleted the account).
 */
export async function recordSubscriptionInvoice(
  tx: DatabaseOrTransaction,
  deps: BillingStateDeps,
  invoice: {
    invoiceId: string;
    subscriptionId: string;
    billingReason: InvoiceBillingReason | null;
    variantId: string | null;
    createdAt: Date;
  },
  input: { userId: string | null; referenceId: string },
): Promise<{ ownerId: string | null }> {
  await lockBillingResource(tx, `ls-subscription:${invoice.subscriptionId}`);
  await tx
    .insert(billingPurchases)
    .values({
      kind: "invoice",
      lsId: invoice.invoiceId,
      userId: input.userId,
      lsSubscriptionId: invoice.subscriptionId,
      variantId: invoice.variantId,
      billingReason: invoice.billingReason,
      lsCreatedAt: invoice.createdAt,
      createdAt: deps.clock.now(),
    })
    .onConflictDoNothing();
  await claimUnownedSubscription(tx, invoice.subscriptionId, input.userId);
  await settleSubscriptionCredits(tx, deps, invoice.subscriptionId, input.referenceId);
  const [subscription] = await tx
    .select({ userId: billingSubscriptions.userId })
    .from(billingSubscriptions)
    .where(eq(billingSubscriptions.lsSubscriptionId, invoice.subscriptionId));
  return { ownerId: subscription ? subscription.userId : input.userId };
}

/**
 * Brings a subscription's credits up to date with what we know: grants each paid, unrefunded
 * invoice that is still pending, then tops the current period up to the current tier (upgrade).
 */
async function settleSubscriptionCredits(
  tx: DatabaseOrTransaction,
  deps: BillingStateDeps,
  subscriptionId: string,
  referenceId: string,
): Promise<void> {
  const [subscription] = await tx
    .select()
    .from(billingSubscriptions)
    .where(eq(billingSubscriptions.lsSubscriptionId, subscriptionId));
  const pending = await tx
    .select()
    .from(billingPurchases)
    .where(
      and(
        eq(billingPurchases.kind, "invoice"),
        eq(billingPurchases.lsSubscriptionId, subscriptionId),
        isNull(billingPurchases.creditsGranted),
        isNull(billingPurchases.refundedAt),
      ),
    )
    .orderBy(billingPurchases.lsCreatedAt);
  for (const invoice of pending) {
    // A stored subscription decides the owner (null = its account was deleted: grant nothing).
    const userId = subscription ? subscription.userId : invoice.userId;
    const invoicePlan = planForVariant(deps.settings.billing, invoice.variantId);
    const plan = invoicePlan === "pro" || invoicePlan === "premium" ? invoicePlan : (subscription?.plan ?? null);
    if (!userId || !plan) continue;
    const credits =
      invoice.billingReason !== null && PAID_PERIOD_REASONS.includes(invoice.billingReason)
        ? subscriptionCredits(plan)
        : 0;
    if (credits > 0) {
      await applyCreditChange(tx, deps.clock, {
        userId,
        kind: "subscription",
        delta: credits,
        reason: "subscription_grant",
        referenceType: "webhook_event",
        referenceId,
        idempotencyKey: `invoice:${invoice.lsId}`,
        details: { invoiceId: invoice.lsId, subscriptionId, plan, billingReason: invoice.billingReason },
      });
      const user = await findUser(tx, userId);
      if (user) {
        await enqueueMail(tx, deps.clock, user.email, "purchase_confirmed", {
          displayName: user.displayName,
          planName: planName(plan),
          creditsGranted: credits,
          billingUrl: billingUrl(deps.settings),
        });
      }
    }
    await tx
      .update(billingPurchases)
      .set({ creditsGranted: credits, userId })
      .where(and(eq(billingPurchases.kind, "invoice"), eq(billingPurchases.lsId, invoice.lsId)));
  }
  if (!subscription) return;

  // The current period is the newest paid invoice that granted a period's credits.
  const [current] = await tx
    .select()
    .from(billingPurchases)
    .where(
      and(
        eq(billingPurchases.kind, "invoice"),
        eq(billingPurchases.lsSubscriptionId, subscriptionId),
        isNotNull(billingPurchases.creditsGranted),
        inArray(billingPurchases.billingReason, PAID_PERIOD_REASONS),
      ),
    )
    .orderBy(desc(billingPurchases.lsCreatedAt))
    .limit(1);
  if (!current) return;
  if (subscription.currentPeriodInvoiceId !== current.lsId) {
    await tx
      .update(billingSubscriptions)
      .set({ currentPeriodInvoiceId: current.lsId })
      .where(eq(billingSubscriptions.lsSubscriptionId, subscriptionId));
  }
  const target = subscriptionCredits(subscription.plan);
  const granted = current.creditsGranted ?? 0;
  if (!subscription.userId || current.refundedAt || granted === 0 || target <= granted) return;
  // Upgrade inside a paid period: the difference, once per period and tier (the key says which).
  await applyCreditChange(tx, deps.clock, {
    userId: subscription.userId,
    kind: "subscription",
    delta: target - granted,
    reason: "upgrade_grant",
    referenceType: "webhook_event",
    referenceId,
    idempotencyKey: `upgrade:${current.lsId}:${target}`,
    details: { invoiceId: current.lsId, subscriptionId, plan: subscription.plan, from: granted, to: target },
  });
  await tx
    .update(billingPurchases)
    .set({ creditsGranted: target })
    .where(and(eq(billingPurchases.kind, "invoice"), eq(billingPurchases.lsId, current.lsId)));
}

/** payment_failed / payment_recovered: the status moves without a subscription snapshot. */
export async function setSubscriptionStatusFrom(
  tx: DatabaseOrTransaction,
  deps: BillingStateDeps,
  subscriptionId: string,
  from: SubscriptionStatus[],
  to: SubscriptionStatus,
): Promise<void> {
  await lockBillingResource(tx, `ls-subscription:${subscriptionId}`);
  await tx
    .update(billingSubscriptions)
    .set({ status: to, updatedAt: deps.clock.now() })
    .where(and(eq(billingSubscriptions.lsSubscriptionId, subscriptionId), inArray(billingSubscriptions.status, from)));
}
