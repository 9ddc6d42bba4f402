// Lemon Squeezy-shaped webhook bodies for the local billing simulator: the same fields, types and
// nesting as Lemon Squeezy's documented payloads (the test fixtures in
// packages/testing/src/lemonsqueezy-payloads.ts: numbers for attribute ids, strings for data.id,
// custom_data values as strings), so the simulator exercises the real webhook path.
import type { SubscriptionStatus } from "@interviewer/db";

export interface SimulatedSubscription {
  id: string;
  customerId: string;
  orderId: string;
  variantId: string;
  status: SubscriptionStatus;
  renewsAt: Date | null;
  endsAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  userEmail: string;
  userName: string;
}

const asNumber = (id: string): number | string => (Number.isSafeInteger(Number(id)) ? Number(id) : id);
const iso = (date: Date | null) => (date ? date.toISOString() : null);

function envelope(eventName: string, webhookId: string, testMode: boolean, userId: string | null, data: unknown) {
  return {
    meta: {
      test_mode: testMode,
      event_name: eventName,
      webhook_id: webhookId,
      ...(userId ? { custom_data: { user_id: userId } } : {}),
    },
    data,
  };
}

export function orderPayload(input: {
  eventName: "order_created" | "order_refunded";
  webhookId: string;
  testMode: boolean;
  userId: string | null;
  orderId: string;
  customerId: string;
  variantId: string;
  userEmail: string;
  userName: string;
  createdAt: Date;
  refundedAt: Date | null;
}) {
  return envelope(input.eventName, input.webhookId, input.testMode, input.userId, {
    type: "orders",
    id: input.orderId,
    attributes: {
      store_id: 1,
      customer_id: asNumber(input.customerId),
      identifier: input.webhookId,
      order_number: asNumber(input.orderId),
      user_name: input.userName,
      user_email: input.userEmail,
      currency: "USD",
      status: input.refundedAt ? "refunded" : "paid",
      refunded: input.refundedAt !== null,
      refunded_at: iso(input.refundedAt),
      first_order_item: {
        order_id: asNumber(input.orderId),
        product_id: 1,
        variant_id: asNumber(input.variantId),
        test_mode: input.testMode,
      },
      created_at: iso(input.createdAt),
      updated_at: iso(input.refundedAt ?? input.createdAt),
      test_mode: input.testMode,
    },
  });
}

export function subscriptionPayload(
  eventName: string,
  webhookId: string,
  testMode: boolean,
  userId: string | null,
  subscription: SimulatedSubscription,
) {
  return envelope(eventName, webhookId, testMode, userId, {
    type: "subscriptions",
    id: subscription.id,
    attributes: {
      store_id: 1,
      customer_id: asNumber(subscription.customerId),
      order_id: asNumber(subscription.orderId),
      variant_id: asNumber(subscription.variantId),
      user_name: subscription.userName,
      user_email: subscription.userEmail,
      status: subscription.status,
      cancelled: subscription.status === "cancelled",
      pause: subscription.status === "paused" ? { mode: "void", resumes_at: null } : null,
      renews_at: iso(subscription.renewsAt),
      ends_at: iso(subscription.endsAt),
      created_at: iso(subscription.createdAt),
      updated_at: iso(subscription.updatedAt),
      test_mode: testMode,
    },
  });
}

export function invoicePayload(input: {
  eventName: "subscription_payment_success" | "subscription_payment_failed" | "subscription_payment_refunded";
  webhookId: string;
  testMode: boolean;
  userId: string | null;
  invoiceId: string;
  subscription: SimulatedSubscription;
  billingReason: "initial" | "renewal";
  createdAt: Date;
}) {
  const status =
    input.eventName === "subscription_payment_failed"
      ? "failed"
      : input.eventName === "subscription_payment_refunded"
        ? "refunded"
        : "paid";
  return envelope(input.eventName, input.webhookId, input.testMode, input.userId, {
    type: "subscription-invoices",
    id: input.invoiceId,
    attributes: {
      store_id: 1,
      subscription_id: asNumber(input.subscription.id),
      customer_id: asNumber(input.subscription.customerId),
      user_name: input.subscription.userName,
      user_email: input.subscription.userEmail,
      billing_reason: input.billingReason,
      status,
      refunded: status === "refunded",
      currency: "USD",
      created_at: iso(input.createdAt),
      updated_at: iso(input.createdAt),
      test_mode: input.testMode,
    },
  });
}
