// Lemon Squeezy webhook -> effects. The HTTP route (apps/server/src/plugins/lemonsqueezy-webhook.ts)
// hands over the raw body and the X-Signature header; this decides the answer:
// 401 bad or missing signature (nothing read, nothing changed), 400 a body that is not the event it
// says it is (unparseable JSON, a missing field, a date that is not an ISO date-time: read whole
// before anything is stored, so nothing is), 200 otherwise.
// Exactly once: the delivery's key (meta.webhook_id, else SHA-256 of the raw body) is inserted into
// billing_webhook_events in the same transaction as its effects; if the insert finds the key already
// there (a replay, a retry, or a concurrent twin that committed first) nothing else happens. The
// caller answers 200 only after this returns, i.e. after the commit.
import { createHash } from "node:crypto";
import {
  type Database,
  type DatabaseOrTransaction,
  type WebhookOutcome as StoredWebhookOutcome,
  schema,
} from "@interviewer/db";
import { and, eq, isNotNull } from "drizzle-orm";
import { z } from "zod";
import { findUserByEmail } from "../../auth/find-user.ts";
import { enqueueMail } from "../../mail/outbox.ts";
import type { Logger } from "../../shared/logger.ts";
import { reclaimCredits } from "../credits/credit-grants.ts";
import { applyCreditChange } from "../credits/credit-ledger.ts";
import { planForVariant, planName, plans } from "../plans.ts";
import {
  applySubscriptionSnapshot,
  type BillingStateDeps,
  billingUrl,
  claimSubscriptionForNamedOwner,
  lockBillingResource,
  recordSubscriptionInvoice,
  setSubscriptionStatusFrom,
  subscriptionHadOwner,
} from "./subscription-state.ts";
import {
  customUserId,
  type LemonSqueezyWebhook,
  type Order,
  readLemonSqueezyWebhook,
  type SubscriptionInvoice,
  type WebhookResource,
  webhookTestMode,
} from "./webhook-payload.ts";
import { verifyLemonSqueezySignature } from "./webhook-signature.ts";

export interface WebhookDeps extends BillingStateDeps {
  db: Database;
  logger: Logger;
  webhookSecret: string;
}

/** What a delivery came to ("processing" is only ever seen inside its own transaction). */
export type WebhookOutcome = Exclude<StoredWebhookOutcome, "processing">;

export interface WebhookResult {
  status: 200 | 400 | 401;
  outcome: WebhookOutcome;
  /** With a 400: what is wrong with the body, for whoever reads the delivery log. */
  message?: string;
}

export async function receiveLemonSqueezyWebhook(
  deps: WebhookDeps,
  rawBody: Buffer,
  signature: string | undefined,
): Promise<WebhookResult> {
  if (!verifyLemonSqueezySignature(rawBody, signature, deps.webhookSecret)) {
    return { status: 401, outcome: "bad_signature" };
  }
  const read = readLemonSqueezyWebhook(rawBody);
  if (!read.ok) {
    deps.logger.warn({ reason: read.message }, "lemon squeezy webhook refused: bad payload");
    return { status: 400, outcome: "bad_payload", message: read.message };
  }
  const { event, resource } = read;
  const log = { event: event.meta.event_name, webhookId: event.meta.webhook_id, resourceId: event.data.id };
  if (webhookTestMode(event) !== deps.settings.billing.testMode) {
    // Acknowledged so Lemon Squeezy stops retrying; a test purchase must never grant live credits.
    deps.logger.warn(
      { ...log, configuredTestMode: deps.settings.billing.testMode },
      "webhook test_mode mismatch: ignored",
    );
    return { status: 200, outcome: "ignored_test_mode_mismatch" };
  }
  const eventKey = event.meta.webhook_id ?? `sha256:${createHash("sha256").update(rawBody).digest("hex")}`;
  try {
    const outcome = await deps.db.transaction(async (tx) => {
      const claimed = await tx
        .insert(schema.billingWebhookEvents)
        .values({
          eventKey,
          eventName: event.meta.event_name,
          resourceType: event.data.type,
          resourceId: event.data.id,
          outcome: "processing",
          receivedAt: deps.clock.now(),
        })
        .onConflictDoNothing()
        .returning({ eventKey: schema.billingWebhookEvents.eventKey });
      if (claimed.length === 0) return "duplicate" as const;
      const result = await applyWebhookEvent(tx, deps, event, resource, eventKey);
      await tx
        .update(schema.billingWebhookEvents)
        .set({ outcome: result })
        .where(eq(schema.billingWebhookEvents.eventKey, eventKey));
      return result;
    });
    deps.logger.info({ ...log, outcome }, "lemon squeezy webhook processed");
    return { status: 200, outcome };
  } catch (error) {
    // Read up front, so this is only a safety net: the whole transaction rolled back.
    if (error instanceof z.ZodError) {
      deps.logger.warn({ ...log, issues: error.issues }, "webhook payload has an unexpected shape");
      return { status: 400, outcome: "bad_payload", message: "The event's attributes have an unexpected shape." };
    }
    throw error;
  }
}

async function applyWebhookEvent(
  tx: DatabaseOrTransaction,
  deps: WebhookDeps,
  event: LemonSqueezyWebhook,
  resource: WebhookResource,
  eventKey: string,
): Promise<WebhookOutcome> {
  const name = event.meta.event_name;
  if (resource.kind === "subscription") {
    const { snapshot } = resource;
    const userId = await resolveUser(tx, event, {
      subscriptionId: snapshot.subscriptionId,
      customerId: snapshot.customerId,
      email: snapshot.userEmail,
    });
    // Stored even without a known user: a later event (or the invoice) may still name the owner.
    const { ownerId } = await applySubscriptionSnapshot(tx, deps, snapshot, { userId, referenceId: eventKey });
    return ownerId ? "applied" : "ignored_no_user";
  }
  if (resource.kind === "order") {
    if (name === "order_created") return orderCreated(tx, deps, event, resource.order, eventKey);
    if (name === "order_refunded") return orderRefunded(tx, deps, resource.order, eventKey);
    return "ignored_unknown_event";
  }
  if (resource.kind !== "invoice") return "ignored_unknown_event";
  const { invoice } = resource;
  switch (name) {
    case "subscription_payment_success": {
      const userId = await resolveUser(tx, event, invoice);
      // Stored even without a known owner: it is granted when a later event names one.
      const { ownerId } = await recordSubscriptionInvoice(tx, deps, invoice, { userId, referenceId: eventKey });
      return ownerId ? "applied" : "ignored_no_user";
    }
    case "subscription_payment_failed": {
      const userId = await resolveUser(tx, event, invoice);
      await claimSubscriptionForNamedOwner(tx, deps, invoice.subscriptionId, { userId, referenceId: eventKey });
      await setSubscriptionStatusFrom(tx, deps, invoice.subscriptionId, ["active", "on_trial"], "past_due");
      if (!userId) return "ignored_no_user";
      const [user] = await tx.select().from(schema.users).where(eq(schema.users.id, userId));
      const [subscription] = await tx
        .select({ plan: schema.billingSubscriptions.plan })
        .from(schema.billingSubscriptions)
        .where(eq(schema.billingSubscriptions.lsSubscriptionId, invoice.subscriptionId));
      if (user) {
        await enqueueMail(tx, deps.clock, user.email, "payment_failed", {
          displayName: user.displayName,
          planName: planName(subscription?.plan ?? null),
          billingUrl: billingUrl(deps.settings),
        });
      }
      return "applied";
    }
    case "subscription_payment_recovered": {
      // The credits come with the subscription_payment_success sent alongside; this only heals the
      // status (and claims a never-owned subscription for the account it names).
      const userId = await resolveUser(tx, event, invoice);
      await claimSubscriptionForNamedOwner(tx, deps, invoice.subscriptionId, { userId, referenceId: eventKey });
      await setSubscriptionStatusFrom(tx, deps, invoice.subscriptionId, ["past_due", "unpaid"], "active");
      return "applied";
    }
    case "subscription_payment_refunded":
      return invoiceRefunded(tx, deps, event, invoice, eventKey);
    default:
      return "ignored_unknown_event";
  }
}

/**
 * Who an event is about: the user id our checkout passed in custom_data; else the owner of the stored
 * subscription (or customer); else the account with the buyer's email. A stored subscription whose
 * owner is gone (deleted account) resolves to nobody rather than to someone who reuses the address;
 * one that never had an owner (bought before sign-up) falls through to the customer and the email.
 */
async function resolveUser(
  tx: DatabaseOrTransaction,
  event: LemonSqueezyWebhook,
  hints: {
    subscriptionId?: string | null;
    customerId?: string | null;
    userEmail?: string | null;
    email?: string | null;
  },
): Promise<string | null> {
  const { users, billingSubscriptions } = schema;
  const fromCustom = customUserId(event);
  if (fromCustom) {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, fromCustom));
    if (user) return user.id;
  }
  if (hints.subscriptionId) {
    const [stored] = await tx
      .select({ userId: billingSubscriptions.userId })
      .from(billingSubscriptions)
      .where(eq(billingSubscriptions.lsSubscriptionId, hints.subscriptionId));
    if (stored?.userId) return stored.userId;
    if (stored && (await subscriptionHadOwner(tx, hints.subscriptionId))) return null;
  }
  if (hints.customerId) {
    const [stored] = await tx
      .select({ userId: billingSubscriptions.userId })
      .from(billingSubscriptions)
      .where(and(eq(billingSubscriptions.lsCustomerId, hints.customerId), isNotNull(billingSubscriptions.userId)))
      .limit(1);
    if (stored?.userId) return stored.userId;
  }
  const email = hints.userEmail ?? hints.email;
  if (email) {
    const user = await findUserByEmail(tx, email);
    if (user) return user.id;
  }
  return null;
}

async function orderCreated(
  tx: DatabaseOrTransaction,
  deps: WebhookDeps,
  event: LemonSqueezyWebhook,
  order: Order,
  eventKey: string,
): Promise<WebhookOutcome> {
  await lockBillingResource(tx, `ls-order:${order.orderId}`);
  const userId = await resolveUser(tx, event, { customerId: order.customerId, email: order.userEmail });
  const plan = planForVariant(deps.settings.billing, order.variantId);
  // Subscription orders grant nothing here: their credits come with each paid invoice.
  const credits = plan === "individual" && userId ? plans.individual.credits : 0;
  const inserted = await tx
    .insert(schema.billingPurchases)
    .values({
      kind: "order",
      lsId: order.orderId,
      userId,
      variantId: order.variantId,
      creditsGranted: credits,
      lsCreatedAt: order.createdAt,
      createdAt: deps.clock.now(),
    })
    .onConflictDoNothing()
    .returning({ lsId: schema.billingPurchases.lsId });
  // Already known: its refund arrived first (nothing to grant any more) or it was recorded before.
  if (inserted.length === 0) return "applied";
  if (!userId) return "ignored_no_user";
  if (credits === 0) return "applied";
  await applyCreditChange(tx, deps.clock, {
    userId,
    kind: "individual",
    delta: credits,
    reason: "purchase",
    referenceType: "webhook_event",
    referenceId: eventKey,
    idempotencyKey: `order:${order.orderId}`,
    details: { orderId: order.orderId, plan },
  });
  const [user] = await tx.select().from(schema.users).where(eq(schema.users.id, userId));
  if (user) {
    await enqueueMail(tx, deps.clock, user.email, "purchase_confirmed", {
      displayName: user.displayName,
      planName: plans.individual.name,
      creditsGranted: credits,
      billingUrl: billingUrl(deps.settings),
    });
  }
  return "applied";
}

async function orderRefunded(
  tx: DatabaseOrTransaction,
  deps: WebhookDeps,
  order: Order,
  eventKey: string,
): Promise<WebhookOutcome> {
  await lockBillingResource(tx, `ls-order:${order.orderId}`);
  const now = deps.clock.now();
  const { billingPurchases } = schema;
  const [existing] = await tx
    .select()
    .from(billingPurchases)
    .where(and(eq(billingPurchases.kind, "order"), eq(billingPurchases.lsId, order.orderId)));
  if (!existing) {
    // The refund overtook the order: remember it, so the late order_created grants nothing.
    await tx.insert(billingPurchases).values({
      kind: "order",
      lsId: order.orderId,
      variantId: order.variantId,
      creditsGranted: 0,
      refundedAt: now,
      lsCreatedAt: order.createdAt,
      createdAt: now,
    });
    return "applied";
  }
  await takeBackPurchase(tx, deps, existing, "individual", eventKey);
  return "applied";
}

async function invoiceRefunded(
  tx: DatabaseOrTransaction,
  deps: WebhookDeps,
  event: LemonSqueezyWebhook,
  invoice: SubscriptionInvoice,
  eventKey: string,
): Promise<WebhookOutcome> {
  await lockBillingResource(tx, `ls-subscription:${invoice.subscriptionId}`);
  const now = deps.clock.now();
  const { billingPurchases } = schema;
  const [existing] = await tx
    .select()
    .from(billingPurchases)
    .where(and(eq(billingPurchases.kind, "invoice"), eq(billingPurchases.lsId, invoice.invoiceId)));
  if (!existing) {
    // Refund before the payment: record it refunded, so the late payment grants nothing.
    const userId = await resolveUser(tx, event, invoice);
    await tx.insert(billingPurchases).values({
      kind: "invoice",
      lsId: invoice.invoiceId,
      userId,
      lsSubscriptionId: invoice.subscriptionId,
      variantId: invoice.variantId,
      billingReason: invoice.billingReason,
      refundedAt: now,
      lsCreatedAt: invoice.createdAt,
      createdAt: now,
    });
    return "applied";
  }
  await takeBackPurchase(tx, deps, existing, "subscription", eventKey);
  return "applied";
}

/**
 * A refund takes back what the purchase granted, as far as it is unspent (never below zero), and
 * records how much came back. A purchase is refunded once, whatever the number of refund events.
 */
async function takeBackPurchase(
  tx: DatabaseOrTransaction,
  deps: WebhookDeps,
  purchase: typeof schema.billingPurchases.$inferSelect,
  kind: "individual" | "subscription",
  eventKey: string,
): Promise<void> {
  if (purchase.refundedAt) return;
  const { billingPurchases } = schema;
  let reclaimed = 0;
  if (purchase.userId && (purchase.creditsGranted ?? 0) > 0) {
    const result = await reclaimCredits(tx, deps.clock, {
      userId: purchase.userId,
      kind,
      amount: purchase.creditsGranted ?? 0,
      referenceId: eventKey,
      idempotencyKey: `refund:${purchase.kind}:${purchase.lsId}`,
    });
    reclaimed = result.reclaimed;
  }
  await tx
    .update(billingPurchases)
    .set({ refundedAt: deps.clock.now(), creditsReclaimed: reclaimed })
    .where(and(eq(billingPurchases.kind, purchase.kind), eq(billingPurchases.lsId, purchase.lsId)));
}
