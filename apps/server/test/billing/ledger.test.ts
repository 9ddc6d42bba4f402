// The credit ledger: spending under concurrency, the non-negative constraint, refunds of a spend, the
// sign-up grant (once per email address, even across delete and re-create), and the billing router's
// status and history as a signed-in user sees them.
import { refundInterviewCredit, spendCreditForInterview } from "@interviewer/api";
import { schema } from "@interviewer/db";
import { createVerifiedAccount } from "@interviewer/testing/accounts";
import { billingTestEnv, postWebhook } from "@interviewer/testing/lemonsqueezy-fixtures";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { eq, isNotNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { billingState, insertUser, nextId, orderEvent } from "./billing-test-helpers.ts";

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer({ env: billingTestEnv, mailWorker: false });
});
afterAll(async () => {
  await ts.stop();
});

const clock = { now: () => new Date() };

async function userWithIndividualCredits(credits: number) {
  const user = await insertUser(ts);
  for (let i = 0; i < credits; i += 1) {
    expect(
      (await postWebhook(ts.url, orderEvent("order_created", { userId: user.id, orderId: nextId() }))).status,
    ).toBe(200);
  }
  return user;
}

describe("spending", () => {
  it("N parallel spends with K < N credits: exactly K succeed and the balance never goes negative", async () => {
    const K = 3;
    const N = 12;
    const user = await userWithIndividualCredits(K);
    const db = ts.database.handle.db;
    // Separate transactions on the server's pool: on PostgreSQL these are real concurrent connections.
    const results = await Promise.allSettled(
      Array.from({ length: N }, (_, i) =>
        db.transaction((tx) =>
          spendCreditForInterview(tx, clock, { userId: user.id, interviewId: `parallel-${user.id}-${i}` }),
        ),
      ),
    );
    const succeeded = results.filter((r) => r.status === "fulfilled");
    const failed = results.filter((r) => r.status === "rejected");
    expect(succeeded).toHaveLength(K);
    for (const failure of failed) {
      expect((failure as PromiseRejectedResult).reason).toMatchObject({
        code: "PAYMENT_REQUIRED",
        reason: "NO_CREDITS",
      });
    }
    const state = await billingState(ts, user.id);
    expect(state.balance.individual).toBe(0);
    expect(state.ledger.filter((row) => row.reason === "interview_spend")).toHaveLength(K);
    expect(state.ledger.every((row) => row.balanceAfter >= 0)).toBe(true);
  });

  it("the database itself refuses a negative balance", async () => {
    const user = await userWithIndividualCredits(1);
    await expect(
      ts.database.handle.db.execute(
        sql`update credit_balances set individual = individual - 2 where user_id = ${user.id}`,
      ),
    ).rejects.toThrow();
  });

  it("spending twice for one interview spends once, and a refund returns the credit once to its kind", async () => {
    const user = await userWithIndividualCredits(2);
    const db = ts.database.handle.db;
    const input = { userId: user.id, interviewId: `twice-${user.id}` };
    await db.transaction((tx) => spendCreditForInterview(tx, clock, input));
    await db.transaction((tx) => spendCreditForInterview(tx, clock, input));
    expect((await billingState(ts, user.id)).balance.individual).toBe(1);
    expect(await db.transaction((tx) => refundInterviewCredit(tx, clock, input))).toEqual({ kind: "individual" });
    await db.transaction((tx) => refundInterviewCredit(tx, clock, input));
    expect((await billingState(ts, user.id)).balance.individual).toBe(2);
    expect(
      await db.transaction((tx) => refundInterviewCredit(tx, clock, { userId: user.id, interviewId: "never-spent" })),
    ).toBeNull();
  });

  it("a spend inside a transaction that rolls back spends nothing", async () => {
    const user = await userWithIndividualCredits(1);
    await expect(
      ts.database.handle.db.transaction(async (tx) => {
        await spendCreditForInterview(tx, clock, { userId: user.id, interviewId: `rollback-${user.id}` });
        throw new Error("the interview could not be created");
      }),
    ).rejects.toThrow("could not be created");
    expect((await billingState(ts, user.id)).balance.individual).toBe(1);
  });
});

describe("sign-up credits and the billing router", () => {
  it("a new account gets one free credit, visible in billing.status and billing.ledger", async () => {
    const account = await createVerifiedAccount(ts);
    const status = await account.client.billing.status.query();
    expect(status).toMatchObject({
      plan: null,
      subscription: null,
      credits: { individual: 1, subscription: 0 },
      subscriptionCreditsUsable: false,
      usableCredits: 1,
    });
    const ledger = await account.client.billing.ledger.query({ limit: 10 });
    expect(ledger.entries).toEqual([expect.objectContaining({ kind: "individual", delta: 1, reason: "signup_grant" })]);
    expect(ledger.nextCursor).toBeNull();
    const plans = await account.client.billing.plans.query();
    expect(plans.map((p) => [p.id, p.credits])).toEqual([
      ["individual", 1],
      ["pro", 10],
      ["premium", 20],
    ]);
  });

  it("the ledger pages with a cursor, newest first", async () => {
    const account = await createVerifiedAccount(ts);
    for (let i = 0; i < 4; i += 1) {
      await postWebhook(ts.url, orderEvent("order_created", { userId: account.userId, orderId: nextId() }));
    }
    const first = await account.client.billing.ledger.query({ limit: 3 });
    expect(first.entries.map((e) => e.balanceAfter)).toEqual([5, 4, 3]);
    const second = await account.client.billing.ledger.query({ limit: 3, cursor: first.nextCursor });
    expect(second.entries.map((e) => e.balanceAfter)).toEqual([2, 1]);
    expect(second.nextCursor).toBeNull();
  });

  it("the free credit is granted once per email, even after the account is deleted and created again", async () => {
    const account = await createVerifiedAccount(ts);
    expect((await account.client.billing.status.query()).credits.individual).toBe(1);
    await account.client.account.delete.mutate({ confirmEmail: account.email, password: account.password });

    // The ledger rows survive the deletion, without the person.
    const db = ts.database.handle.db;
    expect(
      await db.select().from(schema.creditLedger).where(eq(schema.creditLedger.userId, account.userId)),
    ).toHaveLength(0);
    const tombstoned = await db.select().from(schema.creditLedger).where(isNotNull(schema.creditLedger.userTombstone));
    expect(tombstoned.some((row) => row.reason === "signup_grant")).toBe(true);
    expect(JSON.stringify(tombstoned)).not.toContain(account.userId);

    const again = await createVerifiedAccount(ts, { email: account.email.toUpperCase() });
    const status = await again.client.billing.status.query();
    expect(status.credits.individual).toBe(0);
  });

  it("status needs a signed-in user", async () => {
    await expect(ts.client.billing.status.query()).rejects.toMatchObject({ data: { code: "UNAUTHORIZED" } });
  });
});
