// The local billing simulator: the BillingAdapter used when no Lemon Squeezy API key is configured
// (never in production). Checkout is a page on our own server (/dev/billing, see
// apps/server/src/plugins/dev-billing.ts); paying there, or any action on that page, makes this
// module POST correctly signed Lemon Squeezy-shaped webhooks to our own webhook route over HTTP, so
// the real signature check, exactly-once and ledger path runs. Subscription state is read back from
// billing_subscriptions, i.e. from what the webhooks did.
import { createHash, createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { type Database, schema } from "@interviewer/db";
import { and, desc, eq, isNotNull, isNull } from "drizzle-orm";
import { z } from "zod";
import type { BillingSettings } from "../../settings.ts";
import type { Clock } from "../../shared/clock.ts";
import { type BillingAdapter, BillingProviderError, type CheckoutRequest } from "../billing-adapter.ts";
import { signLemonSqueezyPayload } from "../lemonsqueezy/webhook-signature.ts";
import { type PlanId, planIds } from "../plans.ts";
import { invoicePayload, orderPayload, type SimulatedSubscription, subscriptionPayload } from "./simulator-payloads.ts";

export interface BillingSimulatorOptions {
  db: Database;
  clock: Clock;
  billing: BillingSettings;
  publicUrl: string;
  webhookSecret: string;
  /** Our own webhook route on the listening address; known only once the server listens. */
  webhookUrl: () => string;
}

export interface SimulatedCheckout {
  userId: string;
  email: string;
  displayName: string;
  plan: PlanId;
  variantId: string;
  redirectUrl: string;
  /** Makes paying twice for one checkout the same purchase (same ids, same webhook ids). */
  nonce: string;
  expiresAt: number;
}

export interface BillingSimulator extends BillingAdapter {
  readonly name: "simulator";
  /** The checkout a reference stands for, if its signature is ours and it has not expired. */
  readCheckout(reference: string): SimulatedCheckout | null;
  pay(checkout: SimulatedCheckout): Promise<void>;
  renew(subscriptionId: string): Promise<void>;
  failPayment(subscriptionId: string): Promise<void>;
  expire(subscriptionId: string): Promise<void>;
  pause(subscriptionId: string): Promise<void>;
  unpause(subscriptionId: string): Promise<void>;
  refundLatestInvoice(subscriptionId: string): Promise<void>;
  refundOrder(orderId: string): Promise<void>;
}

const ZSimulatedCheckoutSchema = z.object({
  userId: z.string(),
  email: z.string(),
  displayName: z.string(),
  plan: z.enum(planIds),
  variantId: z.string(),
  redirectUrl: z.string(),
  nonce: z.string(),
  expiresAt: z.number(),
});

const CHECKOUT_TTL_MS = 60 * 60 * 1000;
const PERIOD_MS = 30 * 24 * 60 * 60 * 1000;

export function createBillingSimulator(options: BillingSimulatorOptions): BillingSimulator {
  const { db, clock } = options;
  const testMode = options.billing.testMode;
  const signingKey = createHash("sha256").update(`simulator-checkout:${options.webhookSecret}`).digest();

  const sign = (payload: string) => createHmac("sha256", signingKey).update(payload).digest("base64url");
  /** Lemon Squeezy ids are numbers; derive them from a seed so a repeated action repeats its ids. */
  const idFrom = (seed: string) =>
    String(
      1_000_000_000 +
        (Number.parseInt(createHash("sha256").update(seed).digest("hex").slice(0, 12), 16) % 8_000_000_000),
    );

  async function deliver(payload: unknown): Promise<void> {
    const body = JSON.stringify(payload);
    const eventName = (payload as { meta: { event_name: string } }).meta.event_name;
    const response = await fetch(options.webhookUrl(), {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-event-name": eventName,
        "x-signature": signLemonSqueezyPayload(body, options.webhookSecret),
      },
      body,
    });
    if (response.status !== 200) {
      throw new BillingProviderError(
        "unavailable",
        response.status,
        `Our webhook route answered ${response.status} to ${eventName}`,
      );
    }
  }

  async function loadSubscription(subscriptionId: string): Promise<SimulatedSubscription & { userId: string | null }> {
    const [row] = await db
      .select({ sub: schema.billingSubscriptions, email: schema.users.email, name: schema.users.displayName })
      .from(schema.billingSubscriptions)
      .leftJoin(schema.users, eq(schema.users.id, schema.billingSubscriptions.userId))
      .where(eq(schema.billingSubscriptions.lsSubscriptionId, subscriptionId));
    if (!row) throw new BillingProviderError("not_found", 404, `The simulator has no subscription ${subscriptionId}`);
    const now = clock.now();
    return {
      id: row.sub.lsSubscriptionId,
      customerId: row.sub.lsCustomerId ?? idFrom(`customer:${row.sub.userId}`),
      orderId: row.sub.lsOrderId ?? idFrom(`order:${subscriptionId}`),
      variantId: row.sub.variantId,
      status: row.sub.status,
      renewsAt: row.sub.renewsAt,
      endsAt: row.sub.endsAt,
      createdAt: row.sub.lsCreatedAt,
      // Every change must look newer than what we hold, even within one clock tick.
      updatedAt: new Date(Math.max(now.getTime(), row.sub.lsUpdatedAt.getTime() + 1)),
      userEmail: row.email ?? "deleted@example.invalid",
      userName: row.name ?? "Deleted account",
      userId: row.sub.userId,
    };
  }

  async function sendSubscription(events: string[], subscription: SimulatedSubscription & { userId: string | null }) {
    for (const eventName of events) {
      await deliver(subscriptionPayload(eventName, randomUUID(), testMode, subscription.userId, subscription));
    }
  }

  async function latestInvoice(subscriptionId: string) {
    const [row] = await db
      .select()
      .from(schema.billingPurchases)
      .where(
        and(
          eq(schema.billingPurchases.kind, "invoice"),
          eq(schema.billingPurchases.lsSubscriptionId, subscriptionId),
          isNull(schema.billingPurchases.refundedAt),
          isNotNull(schema.billingPurchases.creditsGranted),
        ),
      )
      .orderBy(desc(schema.billingPurchases.lsCreatedAt))
      .limit(1);
    return row;
  }

  return {
    name: "simulator",

    async createCheckout(request: CheckoutRequest) {
      const checkout: SimulatedCheckout = {
        userId: request.userId,
        email: request.email,
        displayName: request.displayName,
        plan: request.plan,
        variantId: request.variantId,
        redirectUrl: request.redirectUrl,
        nonce: randomUUID(),
        expiresAt: clock.now().getTime() + CHECKOUT_TTL_MS,
      };
      const payload = Buffer.from(JSON.stringify(checkout)).toString("base64url");
      const reference = `${payload}.${sign(payload)}`;
      const url = new URL("/dev/billing/checkout", `${options.publicUrl}/`);
      url.searchParams.set("ref", reference);
      return { url: url.toString() };
    },

    readCheckout(reference) {
      const [payload, signature] = reference.split(".");
      if (!payload || !signature) return null;
      const expected = Buffer.from(sign(payload));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
      try {
        const checkout: SimulatedCheckout = ZSimulatedCheckoutSchema.parse(
          JSON.parse(Buffer.from(payload, "base64url").toString("utf8")),
        );
        return checkout.expiresAt < clock.now().getTime() ? null : checkout;
      } catch {
        return null;
      }
    },

    async pay(checkout) {
      const now = clock.now();
      const orderId = idFrom(`order:${checkout.nonce}`);
      const customerId = idFrom(`customer:${checkout.userId}`);
      await deliver(
        orderPayload({
          eventName: "order_created",
          webhookId: `${checkout.nonce}:order_created`,
          testMode,
          userId: checkout.userId,
          orderId,
          customerId,
          variantId: checkout.variantId,
          userEmail: checkout.email,
          userName: checkout.displayName,
          createdAt: now,
          refundedAt: null,
        }),
      );
      if (checkout.plan === "individual") return;
      const subscription: SimulatedSubscription = {
        id: idFrom(`subscription:${checkout.nonce}`),
        customerId,
        orderId,
        variantId: checkout.variantId,
        status: "active",
        renewsAt: new Date(now.getTime() + PERIOD_MS),
        endsAt: null,
        createdAt: now,
        updatedAt: now,
        userEmail: checkout.email,
        userName: checkout.displayName,
      };
      await deliver(
        subscriptionPayload(
          "subscription_created",
          `${checkout.nonce}:subscription_created`,
          testMode,
          checkout.userId,
          subscription,
        ),
      );
      await deliver(
        invoicePayload({
          eventName: "subscription_payment_success",
          webhookId: `${checkout.nonce}:subscription_payment_success`,
          testMode,
          userId: checkout.userId,
          invoiceId: idFrom(`invoice:${checkout.nonce}`),
          subscription,
          billingReason: "initial",
          createdAt: now,
        }),
      );
    },

    async cancelSubscription(subscriptionId) {
      const subscription = await loadSubscription(subscriptionId);
      // Cancelled at the end of the paid period, as Lemon Squeezy does.
      await sendSubscription(["subscription_cancelled", "subscription_updated"], {
        ...subscription,
        status: "cancelled",
        endsAt: subscription.renewsAt ?? subscription.updatedAt,
      });
      return null;
    },

    async resumeSubscription(subscriptionId) {
      const subscription = await loadSubscription(subscriptionId);
      await sendSubscription(["subscription_resumed", "subscription_updated"], {
        ...subscription,
        status: "active",
        endsAt: null,
      });
      return null;
    },

    async changeSubscriptionVariant(subscriptionId, variantId) {
      const subscription = await loadSubscription(subscriptionId);
      await sendSubscription(["subscription_updated"], { ...subscription, variantId });
      return null;
    },

    async renew(subscriptionId) {
      const subscription = await loadSubscription(subscriptionId);
      const periodStart = subscription.renewsAt ?? clock.now();
      const renewed: SimulatedSubscription & { userId: string | null } = {
        ...subscription,
        status: "active",
        endsAt: null,
        renewsAt: new Date(periodStart.getTime() + PERIOD_MS),
      };
      await deliver(
        invoicePayload({
          eventName: "subscription_payment_success",
          webhookId: randomUUID(),
          testMode,
          userId: subscription.userId,
          invoiceId: idFrom(`invoice:${subscriptionId}:${periodStart.toISOString()}`),
          subscription: renewed,
          billingReason: "renewal",
          createdAt: subscription.updatedAt,
        }),
      );
      await sendSubscription(["subscription_updated"], renewed);
    },

    async failPayment(subscriptionId) {
      const subscription = await loadSubscription(subscriptionId);
      await deliver(
        invoicePayload({
          eventName: "subscription_payment_failed",
          webhookId: randomUUID(),
          testMode,
          userId: subscription.userId,
          invoiceId: idFrom(`failed-invoice:${subscriptionId}:${subscription.updatedAt.toISOString()}`),
          subscription,
          billingReason: "renewal",
          createdAt: subscription.updatedAt,
        }),
      );
      await sendSubscription(["subscription_updated"], { ...subscription, status: "past_due" });
    },

    async expire(subscriptionId) {
      const subscription = await loadSubscription(subscriptionId);
      await sendSubscription(["subscription_expired", "subscription_updated"], {
        ...subscription,
        status: "expired",
        endsAt: subscription.updatedAt,
      });
    },

    async pause(subscriptionId) {
      const subscription = await loadSubscription(subscriptionId);
      await sendSubscription(["subscription_paused", "subscription_updated"], { ...subscription, status: "paused" });
    },

    async unpause(subscriptionId) {
      const subscription = await loadSubscription(subscriptionId);
      await sendSubscription(["subscription_unpaused", "subscription_updated"], { ...subscription, status: "active" });
    },

    async refundLatestInvoice(subscriptionId) {
      const subscription = await loadSubscription(subscriptionId);
      const invoice = await latestInvoice(subscriptionId);
      if (!invoice)
        throw new BillingProviderError("not_found", 404, "This subscription has no paid invoice to refund.");
      await deliver(
        invoicePayload({
          eventName: "subscription_payment_refunded",
          webhookId: randomUUID(),
          testMode,
          userId: subscription.userId,
          invoiceId: invoice.lsId,
          subscription,
          billingReason: invoice.billingReason === "renewal" ? "renewal" : "initial",
          createdAt: invoice.lsCreatedAt,
        }),
      );
    },

    async refundOrder(orderId) {
      const [order] = await db
        .select({ purchase: schema.billingPurchases, email: schema.users.email, name: schema.users.displayName })
        .from(schema.billingPurchases)
        .leftJoin(schema.users, eq(schema.users.id, schema.billingPurchases.userId))
        .where(and(eq(schema.billingPurchases.kind, "order"), eq(schema.billingPurchases.lsId, orderId)));
      if (!order) throw new BillingProviderError("not_found", 404, `The simulator has no order ${orderId}`);
      await deliver(
        orderPayload({
          eventName: "order_refunded",
          webhookId: randomUUID(),
          testMode,
          userId: order.purchase.userId,
          orderId,
          customerId: idFrom(`customer:${order.purchase.userId}`),
          variantId: order.purchase.variantId ?? "0",
          userEmail: order.email ?? "deleted@example.invalid",
          userName: order.name ?? "Deleted account",
          createdAt: order.purchase.lsCreatedAt,
          refundedAt: clock.now(),
        }),
      );
    },
  };
}
