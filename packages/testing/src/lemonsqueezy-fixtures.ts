// Lemon Squeezy-shaped payloads for the billing tests, adapted per test (user ids, variant ids, dates),
// signed the way Lemon Squeezy signs, and POSTed to the server's webhook route. The payloads are built
// in lemonsqueezy-payloads.ts, inside the repository, so a clone anywhere runs these tests.
import { signLemonSqueezyPayload } from "@interviewer/api";
import {
  apiDeleteSubscriptionResponse,
  orderCreatedPayload,
  PAYLOAD_VARIANTS,
  subscriptionCreatedPayload,
  subscriptionPaymentSuccessPayload,
  subscriptionPaymentSuccessWithCustomDataPayload,
  subscriptionUpdatedPayload,
} from "./lemonsqueezy-payloads.ts";

export const TEST_WEBHOOK_SECRET = "whsec-test-secret-for-interviewer";
/** The variant ids the fixtures carry, so unmodified payloads already map to our plans. */
export const TEST_VARIANTS = {
  individual: String(PAYLOAD_VARIANTS.individual),
  pro: String(PAYLOAD_VARIANTS.pro),
  premium: String(PAYLOAD_VARIANTS.premium),
};

export const billingTestEnv = {
  LEMONSQUEEZY_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
  LEMONSQUEEZY_VARIANT_INDIVIDUAL: TEST_VARIANTS.individual,
  LEMONSQUEEZY_VARIANT_PRO: TEST_VARIANTS.pro,
  LEMONSQUEEZY_VARIANT_PREMIUM: TEST_VARIANTS.premium,
};

// biome-ignore lint/suspicious/noExplicitAny: fixtures are edited freely by tests
export type Payload = any;

// Named like the JSON files they replaced, so tests read as before.
const fixtures = {
  "order_created.json": orderCreatedPayload,
  "subscription_created.json": subscriptionCreatedPayload,
  "subscription_updated.json": subscriptionUpdatedPayload,
  "subscription_payment_success.json": subscriptionPaymentSuccessPayload,
  "subscription_payment_success_with_custom_data.json": subscriptionPaymentSuccessWithCustomDataPayload,
  "api_delete_subscription_response.json": apiDeleteSubscriptionResponse,
} as const;

export type FixtureName = keyof typeof fixtures;
export const fixtureNames = Object.keys(fixtures) as FixtureName[];

/** A fresh copy of one payload on every call: tests edit what they get. */
export function loadFixture(name: FixtureName): Payload {
  const build = fixtures[name];
  if (!build) throw new Error(`no Lemon Squeezy fixture named ${name}; known: ${fixtureNames.join(", ")}`);
  return structuredClone(build());
}

export async function postWebhook(
  baseUrl: string,
  body: string | Payload,
  options: { secret?: string; signature?: string | null } = {},
): Promise<Response> {
  const raw = typeof body === "string" ? body : JSON.stringify(body);
  const headers: Record<string, string> = { "content-type": "application/json" };
  const signature =
    options.signature === undefined
      ? signLemonSqueezyPayload(raw, options.secret ?? TEST_WEBHOOK_SECRET)
      : options.signature;
  if (signature !== null) headers["x-signature"] = signature;
  try {
    headers["x-event-name"] = JSON.parse(raw).meta.event_name;
  } catch {
    // unparseable on purpose
  }
  return fetch(`${baseUrl}/webhooks/lemonsqueezy`, { method: "POST", headers, body: raw });
}
