// Lemon Squeezy webhook bodies, and the API's answer to DELETE /v1/subscriptions/:id, built in code so
// the tests need nothing outside the repository. Field names, types and nesting follow what Lemon
// Squeezy documents and sends: numbers for ids inside `attributes` but strings for `data.id`,
// `meta.custom_data` values as strings (the checkout's `custom` data comes back stringified), amounts
// in integer cents, dates as "…000000Z". Every value is our own (product names, ids, UUIDs, URLs).
// Some builders keep older shapes on purpose: order_created is the documentation's example (no
// meta.test_mode or meta.webhook_id), and the two invoice payloads differ in the same way real ones
// from different years do (the newer adds `refunded_amount*`).
import { createHash } from "node:crypto";

const API = "https://api.lemonsqueezy.com/v1";
// Store pages are ours and never fetched; `.test` keeps them from naming anybody's real store.
const STORE = "https://interviewer.lemonsqueezy.test";

/** The variant ids the payloads carry; TEST_VARIANTS maps our plans to these. */
export const PAYLOAD_VARIANTS = { individual: 1, pro: 972634, premium: 1090954 } as const;

const STORE_ID = 40_417;
const CUSTOMER_ID = 3_100_017;

// Lemon Squeezy signs the links it puts in payloads; a digest of the link stands in for that.
const signed = (url: string) =>
  `${url}${url.includes("?") ? "&" : "?"}signature=${createHash("sha256").update(url).digest("hex")}`;

function money(cents: number, currency: "USD" | "PLN"): string {
  const amount = (cents / 100).toFixed(2);
  return currency === "USD" ? `$${amount}` : `${currency}${amount}`;
}

/** JSON:API relationship links the way Lemon Squeezy lists them under each resource. */
function relationships(resource: string, id: string, names: string[]) {
  return Object.fromEntries(
    names.map((name) => [
      name,
      {
        links: {
          self: `${API}/${resource}/${id}/relationships/${name}`,
          related: `${API}/${resource}/${id}/${name}`,
        },
      },
    ]),
  );
}

const subscriptionRelationships = [
  "order",
  "store",
  "product",
  "variant",
  "customer",
  "order-item",
  "subscription-items",
  "subscription-invoices",
];

/** The documentation's order_created example: meta has custom_data only. */
export function orderCreatedPayload() {
  const id = "1";
  const identifier = "6b0e4f53-2a51-4c8e-9d0b-1e7c3f6a2d90";
  const createdAt = "2030-01-01T09:00:00.000000Z";
  return {
    meta: {
      event_name: "order_created",
      custom_data: { customer_id: 42 },
    },
    data: {
      type: "orders",
      id,
      attributes: {
        store_id: 1,
        customer_id: 1,
        identifier,
        order_number: 1,
        user_name: "Interviewer Buyer",
        user_email: "order-buyer@example.com",
        currency: "USD",
        currency_rate: "1.00000000",
        subtotal: 900,
        discount_total: 0,
        tax: 0,
        total: 900,
        subtotal_usd: 900,
        discount_total_usd: 0,
        tax_usd: 0,
        total_usd: 900,
        tax_name: null,
        tax_rate: "0.00",
        status: "paid",
        status_formatted: "Paid",
        refunded: null,
        refunded_at: null,
        subtotal_formatted: money(900, "USD"),
        discount_total_formatted: money(0, "USD"),
        tax_formatted: money(0, "USD"),
        total_formatted: money(900, "USD"),
        first_order_item: {
          order_id: Number(id),
          product_id: 1,
          variant_id: PAYLOAD_VARIANTS.individual,
          product_name: "Interviewer Individual",
          variant_name: "Default",
          price: 900,
          created_at: createdAt,
          updated_at: createdAt,
          test_mode: false,
        },
        urls: { receipt: signed(`${STORE}/my-orders/${identifier}`) },
        created_at: createdAt,
        updated_at: createdAt,
        test_mode: false,
      },
      relationships: relationships("orders", id, [
        "store",
        "customer",
        "order-items",
        "subscriptions",
        "license-keys",
        "discount-redemptions",
      ]),
      links: { self: `${API}/orders/${id}` },
    },
  };
}

interface SubscriptionShape {
  id: string;
  orderId: number;
  orderItemId: number;
  productId: number;
  productName: string;
  variantId: number;
  variantName: string;
  cardBrand: string | null;
  cardLastFour: string | null;
  createdAt: string;
  updatedAt: string;
  renewsAt: string;
  item: { id: number; priceId: number; quantity: number; isUsageBased: boolean };
}

function subscriptionResource(s: SubscriptionShape) {
  return {
    id: s.id,
    type: "subscriptions",
    links: { self: `${API}/subscriptions/${s.id}` },
    attributes: {
      urls: {
        customer_portal: signed(`${STORE}/billing?expires=1924992000&test_mode=1&user=${CUSTOMER_ID}`),
        update_payment_method: signed(`${STORE}/subscription/${s.id}/payment-details?expires=1924992000`),
        customer_portal_update_subscription: signed(
          `${STORE}/billing/${s.id}/update?expires=1924992000&user=${CUSTOMER_ID}`,
        ),
      },
      pause: null,
      status: "active",
      ends_at: null,
      order_id: s.orderId,
      store_id: STORE_ID,
      cancelled: false,
      renews_at: s.renewsAt,
      test_mode: true,
      user_name: "Interviewer Subscriber",
      card_brand: s.cardBrand,
      created_at: s.createdAt,
      product_id: s.productId,
      updated_at: s.updatedAt,
      user_email: "subscriber@example.com",
      variant_id: s.variantId,
      customer_id: CUSTOMER_ID,
      product_name: s.productName,
      variant_name: s.variantName,
      order_item_id: s.orderItemId,
      trial_ends_at: null,
      billing_anchor: 1,
      card_last_four: s.cardLastFour,
      status_formatted: "Active",
      payment_processor: "stripe",
      first_subscription_item: {
        id: s.item.id,
        price_id: s.item.priceId,
        quantity: s.item.quantity,
        created_at: s.createdAt,
        updated_at: s.updatedAt,
        is_usage_based: s.item.isUsageBased,
        subscription_id: Number(s.id),
      },
    },
    relationships: relationships("subscriptions", s.id, subscriptionRelationships),
  };
}

const CREATED_SUBSCRIPTION_ID = "2200001";
const UPDATED_SUBSCRIPTION_ID = "2200002";

/** A test-mode subscription_created for the pro variant, right after checkout (no card details yet). */
export function subscriptionCreatedPayload() {
  return {
    data: subscriptionResource({
      id: CREATED_SUBSCRIPTION_ID,
      orderId: 8_800_001,
      orderItemId: 8_700_001,
      productId: 510_001,
      productName: "Interviewer Pro",
      variantId: PAYLOAD_VARIANTS.pro,
      variantName: "Monthly",
      cardBrand: null,
      cardLastFour: null,
      createdAt: "2030-01-01T10:00:02.000000Z",
      updatedAt: "2030-01-01T10:00:05.000000Z",
      renewsAt: "2030-02-01T10:00:00.000000Z",
      item: { id: 6_600_001, priceId: 7_700_001, quantity: 1, isUsageBased: false },
    }),
    meta: {
      test_mode: true,
      event_name: "subscription_created",
      webhook_id: "5a8f2c1e-7b3d-4e60-9f12-0c4d8e6b3a71",
      custom_data: { plan: "pro", seats: "1", source: "pricing-page" },
    },
  };
}

/** A test-mode subscription_updated on the premium variant, card details filled in. */
export function subscriptionUpdatedPayload() {
  return {
    data: subscriptionResource({
      id: UPDATED_SUBSCRIPTION_ID,
      orderId: 8_800_002,
      orderItemId: 8_700_002,
      productId: 510_002,
      productName: "Interviewer Premium",
      variantId: PAYLOAD_VARIANTS.premium,
      variantName: "Monthly",
      cardBrand: "visa",
      cardLastFour: "4242",
      createdAt: "2030-01-01T11:00:02.000000Z",
      updatedAt: "2030-01-01T11:00:40.000000Z",
      renewsAt: "2030-02-01T11:00:00.000000Z",
      item: { id: 6_600_002, priceId: 7_700_002, quantity: 1, isUsageBased: false },
    }),
    meta: {
      test_mode: true,
      event_name: "subscription_updated",
      webhook_id: "c3e9a0b4-18f7-4d2a-8b65-7e1f0a9d4c28",
      custom_data: { plan: "premium", seats: "1", source: "pricing-page" },
    },
  };
}

function invoiceRelationships(id: string) {
  return relationships("subscription-invoices", id, ["store", "customer", "subscription"]);
}

/** The first invoice of the pro subscription: billing_reason "initial", no custom_data. */
export function subscriptionPaymentSuccessPayload() {
  const id = "3300001";
  const total = 1900;
  const createdAt = "2030-01-01T10:00:06.000000Z";
  return {
    data: {
      id,
      type: "subscription-invoices",
      links: { self: `${API}/subscription-invoices/${id}` },
      attributes: {
        tax: 0,
        urls: {
          invoice_url: signed(`${STORE}/my-orders/2f7d1c9a-5e34-4b8f-a06d-93c1e8b2f4a5/subscription-invoice/${id}`),
        },
        total,
        status: "paid",
        tax_usd: 0,
        currency: "USD",
        refunded: false,
        store_id: STORE_ID,
        subtotal: total,
        test_mode: true,
        total_usd: total,
        user_name: "Interviewer Subscriber",
        card_brand: "visa",
        created_at: createdAt,
        updated_at: "2030-01-01T10:00:09.000000Z",
        user_email: "subscriber@example.com",
        customer_id: CUSTOMER_ID,
        refunded_at: null,
        subtotal_usd: total,
        currency_rate: "1.00000000",
        tax_formatted: money(0, "USD"),
        tax_inclusive: false,
        billing_reason: "initial",
        card_last_four: "4242",
        discount_total: 0,
        subscription_id: Number(CREATED_SUBSCRIPTION_ID),
        total_formatted: money(total, "USD"),
        status_formatted: "Paid",
        discount_total_usd: 0,
        subtotal_formatted: money(total, "USD"),
        discount_total_formatted: money(0, "USD"),
      },
      relationships: invoiceRelationships(id),
    },
    meta: {
      test_mode: true,
      event_name: "subscription_payment_success",
      webhook_id: "9d41b6e2-3c07-4a8f-b5e1-62f0d7a3c914",
    },
  };
}

/** The newer invoice shape (refunded_amount*), paid in PLN, with the checkout's custom_data. */
export function subscriptionPaymentSuccessWithCustomDataPayload() {
  const id = "3300002";
  const total = 15_900;
  const totalUsd = 4_338;
  const createdAt = "2030-01-01T11:00:06.000000Z";
  return {
    data: {
      id,
      type: "subscription-invoices",
      links: { self: `${API}/subscription-invoices/${id}` },
      attributes: {
        tax: 0,
        urls: {
          invoice_url: signed(
            `${STORE}/my-orders/8c2b5f0e-d417-4e9a-b3c6-15a7e0f9d842/subscription-invoice/${id}?expires=1924992000`,
          ),
        },
        total,
        status: "paid",
        tax_usd: 0,
        currency: "PLN",
        refunded: false,
        store_id: STORE_ID,
        subtotal: total,
        test_mode: true,
        total_usd: totalUsd,
        user_name: "Interviewer Subscriber",
        card_brand: "visa",
        created_at: createdAt,
        updated_at: "2030-01-01T11:00:11.000000Z",
        user_email: "subscriber@example.com",
        customer_id: CUSTOMER_ID,
        refunded_at: null,
        subtotal_usd: totalUsd,
        currency_rate: "0.27283019",
        tax_formatted: money(0, "PLN"),
        tax_inclusive: true,
        billing_reason: "initial",
        card_last_four: "4242",
        discount_total: 0,
        refunded_amount: 0,
        subscription_id: Number(UPDATED_SUBSCRIPTION_ID),
        total_formatted: money(total, "PLN"),
        status_formatted: "Paid",
        discount_total_usd: 0,
        subtotal_formatted: money(total, "PLN"),
        refunded_amount_usd: 0,
        discount_total_formatted: money(0, "PLN"),
        refunded_amount_formatted: money(0, "PLN"),
      },
      relationships: invoiceRelationships(id),
    },
    meta: {
      test_mode: true,
      event_name: "subscription_payment_success",
      webhook_id: "e07c3a58-9b21-4f6d-a4e8-3d5b1c0f7a62",
      custom_data: { plan: "premium", seats: "1", source: "pricing-page" },
    },
  };
}

/** The API's answer to DELETE /v1/subscriptions/1 (the documentation's example: ids are all 1). */
export function apiDeleteSubscriptionResponse() {
  const id = "1";
  const createdAt = "2030-01-01T12:00:00.000000Z";
  return {
    jsonapi: { version: "1.0" },
    links: { self: `${API}/subscriptions/${id}` },
    data: {
      type: "subscriptions",
      id,
      attributes: {
        store_id: 1,
        subscription_id: 1,
        customer_id: 1,
        order_id: 1,
        order_item_id: 1,
        product_id: 1,
        variant_id: PAYLOAD_VARIANTS.individual,
        product_name: "Interviewer Pro",
        variant_name: "Monthly",
        user_name: "Interviewer Subscriber",
        user_email: "subscriber@example.com",
        status: "cancelled",
        status_formatted: "Cancelled",
        pause: null,
        cancelled: true,
        trial_ends_at: null,
        billing_anchor: 1,
        first_subscription_item: {
          id: 1,
          subscription_id: 1,
          price_id: 1,
          quantity: 1,
          created_at: createdAt,
          updated_at: createdAt,
        },
        urls: {
          update_payment_method: signed(`${STORE}/subscription/${id}/payment-details?expires=1924992000`),
          customer_portal: signed(`${STORE}/billing?expires=1924992000`),
        },
        renews_at: "2030-02-01T00:00:00.000000Z",
        ends_at: "2030-02-01T00:00:00.000000Z",
        created_at: createdAt,
        updated_at: "2030-01-01T12:06:52.000000Z",
        test_mode: false,
      },
      relationships: relationships("subscriptions", id, subscriptionRelationships),
      links: { self: `${API}/subscriptions/${id}` },
    },
  };
}
