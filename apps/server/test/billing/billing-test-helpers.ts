// Shared by the billing tests: Lemon Squeezy-shaped events built from the real fixtures for one user
// and subscription, users inserted straight into the database (webhook tests need no session, and
// the sign-up rate limit would stop a file that needs dozens), and a readout of a user's billing state.
import { randomUUID } from "node:crypto";
import { readCreditBalance } from "@interviewer/api";
import { schema } from "@interviewer/db";
import { loadFixture, type Payload, TEST_VARIANTS } from "@interviewer/testing/lemonsqueezy-fixtures";
import type { TestServer } from "@interviewer/testing/test-server";
import { asc, eq } from "drizzle-orm";

let sequence = 0;
export const nextId = () => String(5_000_000 + ++sequence * 7 + Math.floor(Math.random() * 5));

export async function insertUser(ts: TestServer) {
  const email = `billing-${randomUUID()}@example.com`;
  const [user] = await ts.database.handle.db
    .insert(schema.users)
    .values({ email, displayName: "Billing Tester", emailVerifiedAt: new Date() })
    .returning();
  if (!user) throw new Error("no user");
  return user;
}

const iso = (ms: number) => new Date(ms).toISOString();
const DAY = 24 * 60 * 60 * 1000;

export interface SubscriptionEventInput {
  userId?: string | null;
  email?: string;
  subscriptionId: string;
  variant?: string;
  status?: string;
  updatedAt: number;
  endsAt?: number | null;
  renewsAt?: number;
  webhookId?: string;
}

export function subscriptionEvent(eventName: string, input: SubscriptionEventInput): Payload {
  const payload = loadFixture(
    eventName === "subscription_updated" ? "subscription_updated.json" : "subscription_created.json",
  );
  payload.meta.event_name = eventName;
  payload.meta.webhook_id = input.webhookId ?? randomUUID();
  payload.meta.custom_data = input.userId
    ? { ...payload.meta.custom_data, user_id: input.userId }
    : payload.meta.custom_data;
  const a = payload.data.attributes;
  payload.data.id = input.subscriptionId;
  a.variant_id = Number(input.variant ?? TEST_VARIANTS.pro);
  a.status = input.status ?? "active";
  a.cancelled = a.status === "cancelled";
  a.user_email = input.email ?? "redacted@example.com";
  a.customer_id = Number(input.subscriptionId) + 1;
  a.created_at = iso(Date.UTC(2030, 0, 1));
  a.updated_at = iso(input.updatedAt);
  a.renews_at = iso(input.renewsAt ?? Date.now() + 30 * DAY);
  a.ends_at = input.endsAt === undefined || input.endsAt === null ? null : iso(input.endsAt);
  return payload;
}

export function invoiceEvent(
  eventName: string,
  input: {
    userId?: string;
    email?: string;
    invoiceId: string;
    subscriptionId: string;
    billingReason?: string;
    createdAt?: number;
  },
): Payload {
  const payload = loadFixture(
    input.userId ? "subscription_payment_success_with_custom_data.json" : "subscription_payment_success.json",
  );
  payload.meta.event_name = eventName;
  payload.meta.webhook_id = randomUUID();
  if (input.userId) payload.meta.custom_data = { ...payload.meta.custom_data, user_id: input.userId };
  payload.data.id = input.invoiceId;
  const a = payload.data.attributes;
  a.subscription_id = Number(input.subscriptionId);
  a.customer_id = Number(input.subscriptionId) + 1;
  a.billing_reason = input.billingReason ?? "initial";
  a.user_email = input.email ?? "redacted@example.com";
  a.created_at = iso(input.createdAt ?? Date.UTC(2030, 0, 1, 0, 0, 1));
  return payload;
}

export function orderEvent(eventName: string, input: { userId: string; orderId: string; variant?: string }): Payload {
  const payload = loadFixture("order_created.json");
  payload.meta.event_name = eventName;
  // The docs-style fixture has no meta.test_mode; its attributes say live mode, our tests run in test mode.
  payload.meta.test_mode = true;
  payload.meta.custom_data = { user_id: input.userId };
  payload.data.id = input.orderId;
  payload.data.attributes.first_order_item.variant_id = Number(input.variant ?? TEST_VARIANTS.individual);
  payload.data.attributes.test_mode = true;
  return payload;
}

/** Everything billing knows about a user, in a comparable shape. */
export async function billingState(ts: TestServer, userId: string) {
  const db = ts.database.handle.db;
  const balance = await readCreditBalance(db, userId);
  const subscriptions = await db
    .select()
    .from(schema.billingSubscriptions)
    .where(eq(schema.billingSubscriptions.userId, userId));
  const ledger = await db
    .select()
    .from(schema.creditLedger)
    .where(eq(schema.creditLedger.userId, userId))
    .orderBy(asc(schema.creditLedger.seq));
  return { balance, subscriptions, ledger };
}

export async function mailsTo(ts: TestServer, email: string) {
  const rows = await ts.database.handle.db
    .select({ template: schema.mailOutbox.template })
    .from(schema.mailOutbox)
    .where(eq(schema.mailOutbox.toAddress, email));
  return rows.map((row) => row.template);
}

export { DAY };
