// A subscription bought before its buyer had an account: stored without an owner, then attached
// to the account by the first later event that names it (custom_data user id, or the email), and
// granted what was paid exactly once, whatever the order, the replays and the concurrency.
import { randomUUID } from "node:crypto";
import { schema } from "@interviewer/db";
import { billingTestEnv, type Payload, postWebhook } from "@interviewer/testing/lemonsqueezy-fixtures";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { billingState, DAY, invoiceEvent, nextId, subscriptionEvent } from "./billing-test-helpers.ts";

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer({ env: billingTestEnv, mailWorker: false });
});
afterAll(async () => {
  await ts.stop();
});

const T0 = Date.UTC(2030, 0, 1, 0, 0, 0);

async function signUp(email: string) {
  const [user] = await ts.database.handle.db
    .insert(schema.users)
    .values({ email, displayName: "Late Sign-up", emailVerifiedAt: new Date() })
    .returning();
  if (!user) throw new Error("no user");
  return user;
}

async function deliver(payload: Payload): Promise<string> {
  const response = await postWebhook(ts.url, payload);
  expect(response.status).toBe(200);
  return ((await response.json()) as { outcome: string }).outcome;
}

/** The same event as Lemon Squeezy's retry sends it: a new delivery, so a new webhook id. */
const redelivery = (payload: Payload): Payload => ({ ...payload, meta: { ...payload.meta, webhook_id: randomUUID() } });

async function storedSubscription(subscriptionId: string) {
  const [row] = await ts.database.handle.db
    .select()
    .from(schema.billingSubscriptions)
    .where(eq(schema.billingSubscriptions.lsSubscriptionId, subscriptionId));
  return row;
}

/** Bought and paid while no account has the address: stored, owned by nobody, nothing granted. */
async function paidBeforeSignUp() {
  const email = `early-buyer-${randomUUID()}@example.com`;
  const subscriptionId = nextId();
  const created = subscriptionEvent("subscription_created", { subscriptionId, email, updatedAt: T0 });
  const initial = invoiceEvent("subscription_payment_success", { invoiceId: nextId(), subscriptionId, email });
  expect(await deliver(created)).toBe("ignored_no_user");
  await deliver(initial);
  expect((await storedSubscription(subscriptionId))?.userId).toBeNull();
  return { email, subscriptionId, created, initial };
}

const grants = (ledger: Awaited<ReturnType<typeof billingState>>["ledger"]) =>
  ledger.filter((row) => row.reason === "subscription_grant").map((row) => row.details?.invoiceId);

describe("a subscription bought before sign-up", () => {
  it("is attached by a later subscription_updated naming the new account in custom data, and the paid period is granted once", async () => {
    const { email, subscriptionId, initial } = await paidBeforeSignUp();
    const user = await signUp(email);

    const updated = subscriptionEvent("subscription_updated", {
      userId: user.id,
      subscriptionId,
      email: "someone-else@example.com",
      updatedAt: T0 + 60_000,
    });
    expect(await deliver(updated)).toBe("applied");
    let state = await billingState(ts, user.id);
    expect(state.subscriptions).toHaveLength(1);
    expect(state.subscriptions[0]).toMatchObject({ lsSubscriptionId: subscriptionId, plan: "pro", status: "active" });
    expect(state.balance).toEqual({ individual: 0, subscription: 10 });

    // Replays of everything, old and new: nothing more.
    expect(await deliver(updated)).toBe("duplicate");
    await deliver(redelivery(updated));
    await deliver(redelivery(initial));
    state = await billingState(ts, user.id);
    expect(state.balance.subscription).toBe(10);
    expect(grants(state.ledger)).toEqual([initial.data.id]);
  });

  it("is attached by a renewal that names the new account only by email, which grants the unpaid-out first period and the renewal", async () => {
    const { email, subscriptionId, initial } = await paidBeforeSignUp();
    const user = await signUp(email.toUpperCase());

    const renewal = invoiceEvent("subscription_payment_success", {
      invoiceId: nextId(),
      subscriptionId,
      email,
      billingReason: "renewal",
      createdAt: T0 + 30 * DAY,
    });
    expect(await deliver(renewal)).toBe("applied");
    let state = await billingState(ts, user.id);
    expect(state.subscriptions.map((s) => s.lsSubscriptionId)).toEqual([subscriptionId]);
    expect(state.balance.subscription).toBe(20);

    await deliver(redelivery(renewal));
    await deliver(redelivery(initial));
    await deliver(subscriptionEvent("subscription_updated", { subscriptionId, email, updatedAt: T0 + 30 * DAY }));
    // Every renewal after the attachment is granted as usual.
    await deliver(
      invoiceEvent("subscription_payment_success", {
        invoiceId: nextId(),
        subscriptionId,
        billingReason: "renewal",
        createdAt: T0 + 60 * DAY,
      }),
    );
    state = await billingState(ts, user.id);
    expect(state.balance.subscription).toBe(30);
    expect(grants(state.ledger)).toHaveLength(3);
    expect(new Set(grants(state.ledger)).size).toBe(3);
  });

  it("is attached by subscription_payment_success naming the new account in custom data", async () => {
    const { email, subscriptionId, initial } = await paidBeforeSignUp();
    const user = await signUp(email);
    // Lemon Squeezy's retry of the first invoice; only the custom data names the account.
    const retried = invoiceEvent("subscription_payment_success", {
      userId: user.id,
      email: "someone-else@example.com",
      invoiceId: initial.data.id,
      subscriptionId,
    });
    expect(await deliver(retried)).toBe("applied");
    const state = await billingState(ts, user.id);
    expect(state.subscriptions.map((s) => s.lsSubscriptionId)).toEqual([subscriptionId]);
    expect(state.balance.subscription).toBe(10);
    expect(grants(state.ledger)).toEqual([initial.data.id]);
  });

  const permutations = <T>(items: T[]): T[][] =>
    items.length <= 1
      ? [items]
      : items.flatMap((item, i) =>
          permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
        );

  it("ends in the same state for every order of the events before and after sign-up", async () => {
    const results: unknown[] = [];
    for (const before of permutations(["created", "initial"])) {
      for (const after of permutations(["updated", "created", "initial"])) {
        const email = `early-buyer-${randomUUID()}@example.com`;
        const subscriptionId = nextId();
        const events: Record<string, Payload> = {
          created: subscriptionEvent("subscription_created", { subscriptionId, email, updatedAt: T0 }),
          initial: invoiceEvent("subscription_payment_success", { invoiceId: nextId(), subscriptionId, email }),
        };
        for (const name of before) await deliver(events[name]);
        const user = await signUp(email);
        events.updated = subscriptionEvent("subscription_updated", {
          userId: user.id,
          subscriptionId,
          updatedAt: T0 + 60_000,
        });
        for (const name of after) await deliver(name === "updated" ? events.updated : redelivery(events[name]));
        const state = await billingState(ts, user.id);
        results.push({
          balance: state.balance,
          plan: state.subscriptions[0]?.plan,
          lsUpdatedAt: state.subscriptions[0]?.lsUpdatedAt.toISOString(),
          grants: grants(state.ledger).length,
        });
      }
    }
    expect(results[0]).toEqual({
      balance: { individual: 0, subscription: 10 },
      plan: "pro",
      lsUpdatedAt: new Date(T0 + 60_000).toISOString(),
      grants: 1,
    });
    for (const result of results) expect(result).toEqual(results[0]);
  });

  it("two different events naming the new account at once attach it and grant each invoice once", async () => {
    for (let round = 0; round < 5; round += 1) {
      const { email, subscriptionId, initial } = await paidBeforeSignUp();
      const user = await signUp(email);
      const outcomes = await Promise.all([
        deliver(subscriptionEvent("subscription_updated", { userId: user.id, subscriptionId, updatedAt: T0 + 60_000 })),
        deliver(
          invoiceEvent("subscription_payment_success", {
            invoiceId: nextId(),
            subscriptionId,
            email,
            billingReason: "renewal",
            createdAt: T0 + 30 * DAY,
          }),
        ),
        deliver(redelivery(initial)),
      ]);
      expect(outcomes.filter((outcome) => outcome !== "applied")).toEqual([]);
      const state = await billingState(ts, user.id);
      expect(state.balance.subscription).toBe(20);
      expect(grants(state.ledger)).toHaveLength(2);
    }
  });

  it("an expired one is attached without handing out credits its expiry would have forfeited", async () => {
    const { email, subscriptionId } = await paidBeforeSignUp();
    const user = await signUp(email);
    await deliver(
      subscriptionEvent("subscription_expired", {
        userId: user.id,
        subscriptionId,
        status: "expired",
        endsAt: T0 + 30 * DAY,
        updatedAt: T0 + 31 * DAY,
      }),
    );
    const state = await billingState(ts, user.id);
    expect(state.subscriptions[0]).toMatchObject({ lsSubscriptionId: subscriptionId, status: "expired" });
    expect(state.balance.subscription).toBe(0);
  });
});

describe("a subscription whose owner deleted the account", () => {
  it("is not handed to a new account that signs up with the same email", async () => {
    const email = `deleted-owner-${randomUUID()}@example.com`;
    const owner = await signUp(email);
    const subscriptionId = nextId();
    await deliver(
      subscriptionEvent("subscription_created", { userId: owner.id, subscriptionId, email, updatedAt: T0 }),
    );
    await deliver(invoiceEvent("subscription_payment_success", { invoiceId: nextId(), subscriptionId, email }));
    expect((await billingState(ts, owner.id)).balance.subscription).toBe(10);
    // What account deletion leaves behind: the subscription and its invoices lose their user id.
    await ts.database.handle.db.delete(schema.users).where(eq(schema.users.id, owner.id));

    const newcomer = await signUp(email);
    expect(
      await deliver(
        subscriptionEvent("subscription_cancelled", {
          subscriptionId,
          email,
          status: "cancelled",
          endsAt: T0 + 30 * DAY,
          updatedAt: T0 + 1000,
        }),
      ),
    ).toBe("ignored_no_user");
    await deliver(
      invoiceEvent("subscription_payment_success", {
        invoiceId: nextId(),
        subscriptionId,
        email,
        billingReason: "renewal",
        createdAt: T0 + 30 * DAY,
      }),
    );
    const state = await billingState(ts, newcomer.id);
    expect(state.subscriptions).toEqual([]);
    expect(state.balance.subscription).toBe(0);
    expect((await storedSubscription(subscriptionId))?.userId).toBeNull();
  });
});
