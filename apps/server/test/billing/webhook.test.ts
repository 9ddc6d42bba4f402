// The Lemon Squeezy webhook route end to end: real-shaped payloads, signed like Lemon Squeezy signs them,
// POSTed over HTTP to the running server, checked against the ledger and the billing tables.
import { schema } from "@interviewer/db";
import {
  billingTestEnv,
  type FixtureName,
  fixtureNames,
  loadFixture,
  postWebhook,
  TEST_VARIANTS,
} from "@interviewer/testing/lemonsqueezy-fixtures";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  billingState,
  DAY,
  insertUser,
  invoiceEvent,
  mailsTo,
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
const countRows = async (table: typeof schema.billingWebhookEvents | typeof schema.creditLedger) =>
  (await ts.database.handle.db.select({ n: count() }).from(table))[0]?.n ?? 0;

/** A user with an active pro subscription and its first 10 credits. */
async function subscribedUser(variant = TEST_VARIANTS.pro) {
  const user = await insertUser(ts);
  const subscriptionId = nextId();
  const invoiceId = nextId();
  expect(
    (
      await postWebhook(
        ts.url,
        subscriptionEvent("subscription_created", { userId: user.id, subscriptionId, variant, updatedAt: T0 }),
      )
    ).status,
  ).toBe(200);
  expect(
    (await postWebhook(ts.url, invoiceEvent("subscription_payment_success", { invoiceId, subscriptionId }))).status,
  ).toBe(200);
  return { user, subscriptionId, invoiceId };
}

describe("signature and parsing", () => {
  it("rejects a bad signature, a body changed by one byte and a missing header with 401, changing nothing", async () => {
    const user = await insertUser(ts);
    const body = JSON.stringify(orderEvent("order_created", { userId: user.id, orderId: nextId() }));
    const before = {
      events: await countRows(schema.billingWebhookEvents),
      ledger: await countRows(schema.creditLedger),
    };

    const wrongKey = await postWebhook(ts.url, body, { secret: "not-the-secret" });
    const garbage = await postWebhook(ts.url, body, { signature: "zz-not-hex" });
    const tampered = body.replace('"order_number":1', '"order_number":2');
    expect(tampered).not.toBe(body);
    const changed = await postWebhook(ts.url, tampered, {
      signature: (await import("@interviewer/api")).signLemonSqueezyPayload(
        body,
        billingTestEnv.LEMONSQUEEZY_WEBHOOK_SECRET,
      ),
    });
    const missing = await postWebhook(ts.url, body, { signature: null });
    const truncated = await postWebhook(ts.url, body, { signature: "abcd" });

    expect([wrongKey.status, garbage.status, changed.status, missing.status, truncated.status]).toEqual([
      401, 401, 401, 401, 401,
    ]);
    expect(await countRows(schema.billingWebhookEvents)).toBe(before.events);
    expect(await countRows(schema.creditLedger)).toBe(before.ledger);
    expect((await billingState(ts, user.id)).balance).toEqual({ individual: 0, subscription: 0 });
  });

  it("answers 400 to a correctly signed body that is not a Lemon Squeezy event", async () => {
    expect((await postWebhook(ts.url, "{not json")).status).toBe(400);
    expect((await postWebhook(ts.url, JSON.stringify({ hello: "world" }))).status).toBe(400);
  });

  it("acknowledges and ignores an event whose test_mode differs from ours", async () => {
    const user = await insertUser(ts);
    const event = orderEvent("order_created", { userId: user.id, orderId: nextId() });
    event.meta.test_mode = false;
    const response = await postWebhook(ts.url, event);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ outcome: "ignored_test_mode_mismatch" });
    expect((await billingState(ts, user.id)).balance.individual).toBe(0);
  });

  it("records an unknown event with no effect", async () => {
    const event = orderEvent("license_key_created", { userId: (await insertUser(ts)).id, orderId: nextId() });
    const response = await postWebhook(ts.url, event);
    expect(response.status).toBe(200);
    const [row] = await ts.database.handle.db
      .select()
      .from(schema.billingWebhookEvents)
      .where(eq(schema.billingWebhookEvents.eventName, "license_key_created"));
    expect(row?.outcome).toBe("ignored_unknown_event");
  });
});

describe("orders", () => {
  it("an individual order grants one individual credit and confirms it by email; a refund takes it back", async () => {
    const user = await insertUser(ts);
    const orderId = nextId();
    expect((await postWebhook(ts.url, orderEvent("order_created", { userId: user.id, orderId }))).status).toBe(200);
    expect((await billingState(ts, user.id)).balance).toEqual({ individual: 1, subscription: 0 });
    expect(await mailsTo(ts, user.email)).toContain("purchase_confirmed");

    expect((await postWebhook(ts.url, orderEvent("order_refunded", { userId: user.id, orderId }))).status).toBe(200);
    const state = await billingState(ts, user.id);
    expect(state.balance.individual).toBe(0);
    expect(state.ledger.at(-1)).toMatchObject({
      reason: "purchase_refund",
      delta: -1,
      details: { reclaimed: 1, unreclaimedAlreadySpent: 0 },
    });
  });

  it("a refund of a spent credit never goes below zero and records what was already spent", async () => {
    const user = await insertUser(ts);
    const orderId = nextId();
    await postWebhook(ts.url, orderEvent("order_created", { userId: user.id, orderId }));
    const { spendCreditForInterview } = await import("@interviewer/api");
    await ts.database.handle.db.transaction((tx) =>
      spendCreditForInterview(tx, { now: () => new Date() }, { userId: user.id, interviewId: "interview-1" }),
    );
    await postWebhook(ts.url, orderEvent("order_refunded", { userId: user.id, orderId }));
    const state = await billingState(ts, user.id);
    expect(state.balance.individual).toBe(0);
    expect(state.ledger.at(-1)).toMatchObject({
      reason: "purchase_refund",
      delta: 0,
      details: { reclaimed: 0, unreclaimedAlreadySpent: 1 },
    });
  });

  it("a subscription's order grants nothing by itself", async () => {
    const user = await insertUser(ts);
    await postWebhook(
      ts.url,
      orderEvent("order_created", { userId: user.id, orderId: nextId(), variant: TEST_VARIANTS.pro }),
    );
    expect((await billingState(ts, user.id)).balance).toEqual({ individual: 0, subscription: 0 });
  });

  it("a refund that overtakes its order leaves no credit", async () => {
    const user = await insertUser(ts);
    const orderId = nextId();
    await postWebhook(ts.url, orderEvent("order_refunded", { userId: user.id, orderId }));
    await postWebhook(ts.url, orderEvent("order_created", { userId: user.id, orderId }));
    expect((await billingState(ts, user.id)).balance.individual).toBe(0);
  });
});

describe("subscriptions", () => {
  it("subscription_created + payment_success store the subscription and grant the tier's monthly credits", async () => {
    const { user, subscriptionId } = await subscribedUser();
    const state = await billingState(ts, user.id);
    expect(state.balance).toEqual({ individual: 0, subscription: 10 });
    expect(state.subscriptions[0]).toMatchObject({ lsSubscriptionId: subscriptionId, plan: "pro", status: "active" });
  });

  it("a renewal grants again, a second delivery of the same invoice does not", async () => {
    const { user, subscriptionId } = await subscribedUser(TEST_VARIANTS.premium);
    const renewal = invoiceEvent("subscription_payment_success", {
      invoiceId: nextId(),
      subscriptionId,
      billingReason: "renewal",
      createdAt: T0 + 30 * DAY,
    });
    await postWebhook(ts.url, renewal);
    renewal.meta.webhook_id = "a-different-delivery-of-the-same-invoice";
    await postWebhook(ts.url, renewal);
    expect((await billingState(ts, user.id)).balance.subscription).toBe(40);
  });

  it("an upgrade tops up the current period once; a downgrade waits for the next renewal", async () => {
    const { user, subscriptionId } = await subscribedUser();
    const upgrade = subscriptionEvent("subscription_updated", {
      userId: user.id,
      subscriptionId,
      variant: TEST_VARIANTS.premium,
      updatedAt: T0 + 1000,
    });
    await postWebhook(ts.url, upgrade);
    expect((await billingState(ts, user.id)).balance.subscription).toBe(20);
    // Down and up again in the same period: nothing more.
    await postWebhook(
      ts.url,
      subscriptionEvent("subscription_updated", {
        userId: user.id,
        subscriptionId,
        variant: TEST_VARIANTS.pro,
        updatedAt: T0 + 2000,
      }),
    );
    await postWebhook(
      ts.url,
      subscriptionEvent("subscription_updated", {
        userId: user.id,
        subscriptionId,
        variant: TEST_VARIANTS.premium,
        updatedAt: T0 + 3000,
      }),
    );
    expect((await billingState(ts, user.id)).balance.subscription).toBe(20);
    await postWebhook(
      ts.url,
      subscriptionEvent("subscription_updated", {
        userId: user.id,
        subscriptionId,
        variant: TEST_VARIANTS.pro,
        updatedAt: T0 + 4000,
      }),
    );
    await postWebhook(
      ts.url,
      invoiceEvent("subscription_payment_success", {
        invoiceId: nextId(),
        subscriptionId,
        billingReason: "renewal",
        createdAt: T0 + 30 * DAY,
      }),
    );
    const state = await billingState(ts, user.id);
    expect(state.balance.subscription).toBe(30);
    expect(state.subscriptions[0]?.plan).toBe("pro");
  });

  it("an older subscription_updated never rolls the stored state back", async () => {
    const { user, subscriptionId } = await subscribedUser();
    await postWebhook(
      ts.url,
      subscriptionEvent("subscription_updated", {
        userId: user.id,
        subscriptionId,
        status: "cancelled",
        endsAt: Date.now() + 5 * DAY,
        updatedAt: T0 + 2000,
      }),
    );
    await postWebhook(
      ts.url,
      subscriptionEvent("subscription_updated", {
        userId: user.id,
        subscriptionId,
        status: "active",
        updatedAt: T0 + 1000,
      }),
    );
    expect((await billingState(ts, user.id)).subscriptions[0]?.status).toBe("cancelled");
  });

  it("cancelled keeps credits usable until the period ends; paused holds them; unpaused brings them back", async () => {
    const { user, subscriptionId } = await subscribedUser();
    const account = { userId: user.id };
    const { spendCreditForInterview } = await import("@interviewer/api");
    const spend = (id: string) =>
      ts.database.handle.db.transaction((tx) =>
        spendCreditForInterview(tx, { now: () => new Date() }, { ...account, interviewId: id }),
      );

    await postWebhook(
      ts.url,
      subscriptionEvent("subscription_cancelled", {
        userId: user.id,
        subscriptionId,
        status: "cancelled",
        endsAt: Date.now() + 5 * DAY,
        updatedAt: T0 + 1000,
      }),
    );
    expect(await mailsTo(ts, user.email)).toContain("subscription_cancelled");
    expect(await spend(`${subscriptionId}-a`)).toEqual({ kind: "subscription" });

    await postWebhook(
      ts.url,
      subscriptionEvent("subscription_resumed", {
        userId: user.id,
        subscriptionId,
        status: "active",
        updatedAt: T0 + 2000,
      }),
    );
    await postWebhook(
      ts.url,
      subscriptionEvent("subscription_paused", {
        userId: user.id,
        subscriptionId,
        status: "paused",
        updatedAt: T0 + 3000,
      }),
    );
    await expect(spend(`${subscriptionId}-b`)).rejects.toMatchObject({
      code: "PAYMENT_REQUIRED",
      reason: "NO_CREDITS",
    });
    expect((await billingState(ts, user.id)).balance.subscription).toBe(9);

    await postWebhook(
      ts.url,
      subscriptionEvent("subscription_unpaused", {
        userId: user.id,
        subscriptionId,
        status: "active",
        updatedAt: T0 + 4000,
      }),
    );
    expect(await spend(`${subscriptionId}-c`)).toEqual({ kind: "subscription" });
  });

  it("a cancelled subscription past its end date no longer makes credits usable", async () => {
    const { user, subscriptionId } = await subscribedUser();
    await postWebhook(
      ts.url,
      subscriptionEvent("subscription_cancelled", {
        userId: user.id,
        subscriptionId,
        status: "cancelled",
        endsAt: Date.now() - 1000,
        updatedAt: T0 + 1000,
      }),
    );
    const { spendCreditForInterview } = await import("@interviewer/api");
    await expect(
      ts.database.handle.db.transaction((tx) =>
        spendCreditForInterview(tx, { now: () => new Date() }, { userId: user.id, interviewId: "late" }),
      ),
    ).rejects.toMatchObject({ reason: "NO_CREDITS" });
  });

  it("expiry forfeits the remaining subscription credits with a ledger row and an email", async () => {
    const { user, subscriptionId } = await subscribedUser();
    await postWebhook(
      ts.url,
      subscriptionEvent("subscription_expired", {
        userId: user.id,
        subscriptionId,
        status: "expired",
        endsAt: Date.now(),
        updatedAt: T0 + 1000,
      }),
    );
    const state = await billingState(ts, user.id);
    expect(state.balance.subscription).toBe(0);
    expect(state.ledger.at(-1)).toMatchObject({ reason: "subscription_forfeit", delta: -10, kind: "subscription" });
    expect(await mailsTo(ts, user.email)).toContain("subscription_expired");
  });

  it("a failed payment sets past_due and emails the user; recovery makes it active again", async () => {
    const { user, subscriptionId } = await subscribedUser();
    await postWebhook(
      ts.url,
      invoiceEvent("subscription_payment_failed", { invoiceId: nextId(), subscriptionId, billingReason: "renewal" }),
    );
    expect((await billingState(ts, user.id)).subscriptions[0]?.status).toBe("past_due");
    expect(await mailsTo(ts, user.email)).toContain("payment_failed");
    await postWebhook(
      ts.url,
      invoiceEvent("subscription_payment_recovered", { invoiceId: nextId(), subscriptionId, billingReason: "renewal" }),
    );
    expect((await billingState(ts, user.id)).subscriptions[0]?.status).toBe("active");
  });

  it("a refunded invoice takes back its credits as far as they are unspent", async () => {
    const { user, subscriptionId, invoiceId } = await subscribedUser();
    const { spendCreditForInterview } = await import("@interviewer/api");
    for (const id of ["r1", "r2", "r3"]) {
      await ts.database.handle.db.transaction((tx) =>
        spendCreditForInterview(
          tx,
          { now: () => new Date() },
          { userId: user.id, interviewId: `${subscriptionId}-${id}` },
        ),
      );
    }
    await postWebhook(ts.url, invoiceEvent("subscription_payment_refunded", { invoiceId, subscriptionId }));
    const state = await billingState(ts, user.id);
    expect(state.balance.subscription).toBe(0);
    expect(state.ledger.at(-1)).toMatchObject({
      reason: "purchase_refund",
      delta: -7,
      details: { reclaimed: 7, unreclaimedAlreadySpent: 3 },
    });
  });

  it("resolves the user by email when neither custom data nor a stored subscription names them", async () => {
    const user = await insertUser(ts);
    const subscriptionId = nextId();
    await postWebhook(
      ts.url,
      subscriptionEvent("subscription_created", { subscriptionId, email: user.email.toUpperCase(), updatedAt: T0 }),
    );
    await postWebhook(ts.url, invoiceEvent("subscription_payment_success", { invoiceId: nextId(), subscriptionId }));
    expect((await billingState(ts, user.id)).balance.subscription).toBe(10);
  });
});

describe("exactly once", () => {
  it("the same delivery 20 times concurrently grants once", async () => {
    const user = await insertUser(ts);
    const body = JSON.stringify(orderEvent("order_created", { userId: user.id, orderId: nextId() }));
    const responses = await Promise.all(Array.from({ length: 20 }, () => postWebhook(ts.url, body)));
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200));
    const outcomes = await Promise.all(responses.map((r) => r.json() as Promise<{ outcome: string }>));
    expect(outcomes.filter((o) => o.outcome === "applied")).toHaveLength(1);
    expect((await billingState(ts, user.id)).balance.individual).toBe(1);
  });

  it("the same event re-serialized with another byte layout but the same webhook_id applies once", async () => {
    const user = await insertUser(ts);
    const event = orderEvent("order_created", { userId: user.id, orderId: nextId() });
    event.meta.webhook_id = "5f0c7a3e-0000-4000-8000-000000000001";
    await postWebhook(ts.url, JSON.stringify(event));
    await postWebhook(ts.url, JSON.stringify(event, null, 2));
    // A different order id under the same webhook id would be a new purchase — but Lemon Squeezy's key is the key.
    expect((await billingState(ts, user.id)).balance.individual).toBe(1);
  });

  it("without a webhook_id the raw body's hash is the key", async () => {
    const user = await insertUser(ts);
    const event = orderEvent("order_created", { userId: user.id, orderId: nextId() });
    delete event.meta.webhook_id;
    const body = JSON.stringify(event);
    await Promise.all([postWebhook(ts.url, body), postWebhook(ts.url, body), postWebhook(ts.url, body)]);
    expect((await billingState(ts, user.id)).balance.individual).toBe(1);
  });

  it("two different deliveries of one subscription's created and payment events at once still grant once", async () => {
    for (let round = 0; round < 5; round += 1) {
      const user = await insertUser(ts);
      const subscriptionId = nextId();
      await Promise.all([
        postWebhook(
          ts.url,
          subscriptionEvent("subscription_created", { userId: user.id, subscriptionId, updatedAt: T0 }),
        ),
        postWebhook(
          ts.url,
          invoiceEvent("subscription_payment_success", { invoiceId: nextId(), subscriptionId, email: user.email }),
        ),
      ]);
      expect((await billingState(ts, user.id)).balance.subscription).toBe(10);
    }
  });
});

describe("out of order", () => {
  const permutations = <T>(items: T[]): T[][] =>
    items.length <= 1
      ? [items]
      : items.flatMap((item, i) =>
          permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
        );

  for (const scenario of ["same plan", "upgrade"] as const) {
    it(`every order of subscription_created / payment_success / subscription_updated (${scenario}) ends in the same state`, async () => {
      const orders = permutations(["subscription_created", "subscription_payment_success", "subscription_updated"]);
      const results: unknown[] = [];
      for (const order of orders) {
        const user = await insertUser(ts);
        const subscriptionId = nextId();
        const renewsAt = Date.UTC(2031, 0, 1);
        const events: Record<string, unknown> = {
          subscription_created: subscriptionEvent("subscription_created", {
            userId: user.id,
            subscriptionId,
            updatedAt: T0,
            renewsAt,
          }),
          subscription_payment_success: invoiceEvent("subscription_payment_success", {
            invoiceId: nextId(),
            subscriptionId,
            email: user.email,
          }),
          subscription_updated: subscriptionEvent("subscription_updated", {
            userId: user.id,
            subscriptionId,
            updatedAt: T0 + 60_000,
            renewsAt: renewsAt + DAY,
            variant: scenario === "upgrade" ? TEST_VARIANTS.premium : TEST_VARIANTS.pro,
          }),
        };
        for (const name of order) expect((await postWebhook(ts.url, events[name])).status).toBe(200);
        const state = await billingState(ts, user.id);
        const subscription = state.subscriptions[0];
        results.push({
          balance: state.balance,
          subscription: subscription && {
            plan: subscription.plan,
            status: subscription.status,
            renewsAt: subscription.renewsAt?.toISOString(),
            lsUpdatedAt: subscription.lsUpdatedAt.toISOString(),
          },
          ledgerTotal: state.ledger.reduce((sum, row) => sum + row.delta, 0),
        });
      }
      expect(results[0]).toMatchObject({ balance: { subscription: scenario === "upgrade" ? 20 : 10 } });
      for (const result of results) expect(result).toEqual(results[0]);
    });
  }
});

describe("the in-repo fixtures", () => {
  const expected: Record<FixtureName, { event: string | null; type: string }> = {
    "order_created.json": { event: "order_created", type: "orders" },
    "subscription_created.json": { event: "subscription_created", type: "subscriptions" },
    "subscription_updated.json": { event: "subscription_updated", type: "subscriptions" },
    "subscription_payment_success.json": { event: "subscription_payment_success", type: "subscription-invoices" },
    "subscription_payment_success_with_custom_data.json": {
      event: "subscription_payment_success",
      type: "subscription-invoices",
    },
    "api_delete_subscription_response.json": { event: null, type: "subscriptions" },
  };

  it.each(fixtureNames)("%s names its event and resource type as Lemon Squeezy sends them", (name) => {
    const payload = loadFixture(name);
    expect(payload.meta?.event_name ?? null).toBe(expected[name].event);
    expect(payload.data.type).toBe(expected[name].type);
    // JSON:API: the resource id is a string, the ids inside attributes are numbers.
    expect(typeof payload.data.id).toBe("string");
    expect(JSON.parse(JSON.stringify(payload))).toEqual(payload);
  });

  it("sends custom_data values back as strings and webhook ids as UUIDs, except the documentation's order", () => {
    for (const name of fixtureNames.filter((n) => n.startsWith("subscription_"))) {
      const { meta } = loadFixture(name);
      expect(meta.test_mode).toBe(true);
      expect(meta.webhook_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      for (const value of Object.values(meta.custom_data ?? {})) expect(typeof value).toBe("string");
    }
    const order = loadFixture("order_created.json");
    expect(order.meta).not.toHaveProperty("test_mode");
    expect(order.meta).not.toHaveProperty("webhook_id");
  });

  it("links each invoice to its subscription and maps unmodified payloads to our plans", () => {
    expect(loadFixture("subscription_payment_success.json").data.attributes.subscription_id).toBe(
      Number(loadFixture("subscription_created.json").data.id),
    );
    expect(loadFixture("subscription_payment_success_with_custom_data.json").data.attributes).toMatchObject({
      subscription_id: Number(loadFixture("subscription_updated.json").data.id),
      currency: "PLN",
      refunded_amount: 0,
    });
    expect(String(loadFixture("order_created.json").data.attributes.first_order_item.variant_id)).toBe(
      TEST_VARIANTS.individual,
    );
    expect(String(loadFixture("subscription_created.json").data.attributes.variant_id)).toBe(TEST_VARIANTS.pro);
    expect(String(loadFixture("subscription_updated.json").data.attributes.variant_id)).toBe(TEST_VARIANTS.premium);
  });

  it("hands out a fresh copy each time, so one test's edits never reach another", () => {
    const first = loadFixture("subscription_created.json");
    first.data.attributes.variant_id = 0;
    first.meta.custom_data.user_id = "edited";
    const second = loadFixture("subscription_created.json");
    expect(second.data.attributes.variant_id).toBe(Number(TEST_VARIANTS.pro));
    expect(second.meta.custom_data).not.toHaveProperty("user_id");
  });
});
