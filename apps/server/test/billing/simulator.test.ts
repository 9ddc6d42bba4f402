// The local billing simulator end to end, as a developer without a Lemon Squeezy account uses it:
// billing.checkout -> the simulator's checkout page -> Pay -> signed webhooks to our own route ->
// credits in billing.status; then the simulator's subscription actions and the billing router's
// cancel/resume/changePlan, all through the real webhook path.

import { createVerifiedAccount, type TestAccount } from "@interviewer/testing/accounts";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { afterAll, beforeAll, expect, it } from "vitest";

let ts: TestServer;
beforeAll(async () => {
  // No LEMONSQUEEZY_* at all: the simulator, with a generated webhook secret.
  ts = await startTestServer({ mailWorker: false });
});
afterAll(async () => {
  await ts.stop();
});

async function checkoutPage(account: TestAccount, plan: "individual" | "pro" | "premium") {
  const { url } = await account.client.billing.checkout.mutate({ plan });
  const parsed = new URL(url);
  expect(parsed.pathname).toBe("/dev/billing/checkout");
  const ref = parsed.searchParams.get("ref") ?? "";
  const page = await fetch(`${ts.url}${parsed.pathname}${parsed.search}`);
  return { ref, page, html: await page.text() };
}

const pay = (ref: string) =>
  fetch(`${ts.url}/dev/billing/checkout`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ref }).toString(),
  });

const simulatorAction = (subscriptionId: string, action: string) =>
  fetch(`${ts.url}/dev/billing/subscriptions/${subscriptionId}/${action}`, { method: "POST", redirect: "manual" });

async function subscriptionId(account: TestAccount): Promise<string> {
  const { schema } = await import("@interviewer/db");
  const { eq } = await import("drizzle-orm");
  const [row] = await ts.database.handle.db
    .select()
    .from(schema.billingSubscriptions)
    .where(eq(schema.billingSubscriptions.userId, account.userId));
  if (!row) throw new Error("no subscription");
  return row.lsSubscriptionId;
}

it("checkout -> checkout page -> Pay grants the plan's credits through the real webhook route", async () => {
  const account = await createVerifiedAccount(ts);
  const { ref, page, html } = await checkoutPage(account, "pro");
  expect(page.status).toBe(200);
  expect(html).toContain("Pro");
  expect(html).toContain("Pay");

  const paid = await pay(ref);
  expect(paid.status).toBe(200);
  const status = await account.client.billing.status.query();
  expect(status).toMatchObject({
    plan: "pro",
    subscription: { status: "active" },
    credits: { individual: 1, subscription: 10 },
    subscriptionCreditsUsable: true,
    usableCredits: 11,
  });

  // Paying the same checkout again is the same purchase.
  expect((await pay(ref)).status).toBe(200);
  expect((await account.client.billing.status.query()).credits.subscription).toBe(10);

  // A second subscription is refused; an individual credit can still be bought.
  await expect(account.client.billing.checkout.mutate({ plan: "premium" })).rejects.toMatchObject({
    data: { reason: "ALREADY_SUBSCRIBED" },
  });
  const single = await checkoutPage(account, "individual");
  await pay(single.ref);
  expect((await account.client.billing.status.query()).credits.individual).toBe(2);
});

it("a forged or altered checkout reference is refused", async () => {
  const account = await createVerifiedAccount(ts);
  const { ref } = await checkoutPage(account, "premium");
  const [payload, signature] = ref.split(".");
  const claims = JSON.parse(Buffer.from(payload ?? "", "base64url").toString("utf8"));
  const forged = `${Buffer.from(JSON.stringify({ ...claims, userId: "00000000-0000-4000-8000-000000000000" })).toString("base64url")}.${signature}`;
  expect((await pay(forged)).status).toBe(400);
  expect((await fetch(`${ts.url}/dev/billing/checkout?ref=${encodeURIComponent(forged)}`)).status).toBe(400);
  expect((await pay(`${payload}.${"A".repeat(signature?.length ?? 10)}`)).status).toBe(400);
  expect((await account.client.billing.status.query()).credits.subscription).toBe(0);
});

it("simulator actions and billing.cancel/resume/changePlan drive the subscription through webhooks", async () => {
  const account = await createVerifiedAccount(ts);
  await pay((await checkoutPage(account, "pro")).ref);
  const id = await subscriptionId(account);

  expect((await simulatorAction(id, "renew")).status).toBe(303);
  expect((await account.client.billing.status.query()).credits.subscription).toBe(20);

  const cancelled = await account.client.billing.cancel.mutate();
  expect(cancelled.subscription?.status).toBe("cancelled");
  expect(cancelled.subscriptionCreditsUsable).toBe(true);

  const resumed = await account.client.billing.resume.mutate();
  expect(resumed.subscription?.status).toBe("active");

  const upgraded = await account.client.billing.changePlan.mutate({ plan: "premium" });
  expect(upgraded.plan).toBe("premium");
  expect(upgraded.credits.subscription).toBe(30);

  await simulatorAction(id, "pause");
  expect((await account.client.billing.status.query()).subscriptionCreditsUsable).toBe(false);
  await simulatorAction(id, "unpause");

  await simulatorAction(id, "fail-payment");
  expect((await account.client.billing.status.query()).subscription?.status).toBe("past_due");

  await simulatorAction(id, "refund");
  expect((await account.client.billing.status.query()).credits.subscription).toBe(10);

  await simulatorAction(id, "expire");
  const expired = await account.client.billing.status.query();
  expect(expired.subscription?.status).toBe("expired");
  expect(expired.credits.subscription).toBe(0);
  const ledger = await account.client.billing.ledger.query({ limit: 1 });
  expect(ledger.entries[0]).toMatchObject({ reason: "subscription_forfeit", delta: -10 });

  const list = await fetch(`${ts.url}/dev/billing`);
  expect(await list.text()).toContain(id);
});
