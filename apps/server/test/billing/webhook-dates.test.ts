// Dates in signed webhook bodies: anything that is not an ISO 8601 date-time with a zone is refused
// with a 400 that names the field, before anything is stored (no webhook event row, no billing row,
// no ledger change), so Lemon Squeezy's delivery log says what was wrong instead of a 500.
import { randomUUID } from "node:crypto";
import { schema } from "@interviewer/db";
import { billingTestEnv, type Payload, postWebhook } from "@interviewer/testing/lemonsqueezy-fixtures";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  billingState,
  insertUser,
  invoiceEvent,
  nextId,
  orderEvent,
  subscriptionEvent,
} from "./billing-test-helpers.ts";

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer({ env: billingTestEnv, mailWorker: false });
});
afterAll(async () => {
  await ts.stop();
});

const T0 = Date.UTC(2030, 0, 1, 0, 0, 0);

async function storedRows() {
  const db = ts.database.handle.db;
  const n = (rows: { n: number }[]) => rows[0]?.n ?? 0;
  return {
    events: n(await db.select({ n: count() }).from(schema.billingWebhookEvents)),
    subscriptions: n(await db.select({ n: count() }).from(schema.billingSubscriptions)),
    purchases: n(await db.select({ n: count() }).from(schema.billingPurchases)),
    ledger: n(await db.select({ n: count() }).from(schema.creditLedger)),
  };
}

/** Posts a signed payload that must be refused: 400, a message naming `field`, nothing stored. */
async function expectRefused(payload: Payload, userId: string, field: string) {
  const before = { rows: await storedRows(), state: await billingState(ts, userId) };
  const response = await postWebhook(ts.url, payload);
  expect(response.status).toBe(400);
  const body = (await response.json()) as { outcome: string; message: string };
  expect(body.outcome).toBe("bad_payload");
  expect(body.message).toContain(`data.attributes.${field}`);
  expect(body.message).toContain("ISO 8601");
  const [event] = await ts.database.handle.db
    .select()
    .from(schema.billingWebhookEvents)
    .where(eq(schema.billingWebhookEvents.eventKey, payload.meta.webhook_id));
  expect(event).toBeUndefined();
  expect(await storedRows()).toEqual(before.rows);
  expect(await billingState(ts, userId)).toEqual(before.state);
}

const UNPARSEABLE = [
  "garbage",
  "",
  "2030-01-01",
  "2030-01-01T00:00:00",
  "2030-02-30T00:00:00.000000Z",
  "2030-13-01T00:00:00Z",
  "2030-01-01T24:00:00Z",
  "2030-01-01 00:00:00Z",
  `2030-01-01T00:00:00.${"0".repeat(100_000)}Z`,
  1_893_456_000,
];

describe("a signed webhook with an unparseable date", () => {
  for (const field of ["created_at", "updated_at", "renews_at", "ends_at"]) {
    it(`subscription_created with a bad ${field} is refused with 400 and stores nothing`, async () => {
      const user = await insertUser(ts);
      for (const value of UNPARSEABLE) {
        const payload = subscriptionEvent("subscription_created", {
          userId: user.id,
          subscriptionId: nextId(),
          updatedAt: T0,
        });
        payload.data.attributes[field] = value;
        await expectRefused(payload, user.id, field);
      }
    });
  }

  it("subscription_payment_success with a bad created_at is refused with 400 and stores nothing", async () => {
    const user = await insertUser(ts);
    const subscriptionId = nextId();
    expect(
      (
        await postWebhook(
          ts.url,
          subscriptionEvent("subscription_created", { userId: user.id, subscriptionId, updatedAt: T0 }),
        )
      ).status,
    ).toBe(200);
    for (const value of UNPARSEABLE) {
      const payload = invoiceEvent("subscription_payment_success", { invoiceId: nextId(), subscriptionId });
      payload.data.attributes.created_at = value;
      await expectRefused(payload, user.id, "created_at");
    }
    expect((await billingState(ts, user.id)).balance.subscription).toBe(0);
  });

  it("order_created with a bad created_at is refused with 400 and grants nothing", async () => {
    const user = await insertUser(ts);
    for (const value of ["garbage", "2030-02-29T00:00:00Z"]) {
      const payload = orderEvent("order_created", { userId: user.id, orderId: nextId() });
      payload.meta.webhook_id = randomUUID();
      payload.data.attributes.created_at = value;
      await expectRefused(payload, user.id, "created_at");
    }
    expect((await billingState(ts, user.id)).balance.individual).toBe(0);
  });

  it("a refused delivery is processed normally once Lemon Squeezy resends it with a good date", async () => {
    const user = await insertUser(ts);
    const subscriptionId = nextId();
    const payload = subscriptionEvent("subscription_created", { userId: user.id, subscriptionId, updatedAt: T0 });
    payload.data.attributes.renews_at = "garbage";
    expect((await postWebhook(ts.url, payload)).status).toBe(400);
    payload.data.attributes.renews_at = "2030-01-31T12:00:00.123456+02:00";
    expect((await postWebhook(ts.url, payload)).status).toBe(200);
    const [subscription] = (await billingState(ts, user.id)).subscriptions;
    expect(subscription?.renewsAt?.toISOString()).toBe("2030-01-31T10:00:00.123Z");
  });
});
