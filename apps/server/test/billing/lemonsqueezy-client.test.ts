// The Lemon Squeezy API client against a fake JSON:API server: request shapes (checkout with the
// user's id and email, cancel, resume, change plan), error mapping, and the billing router and
// account deletion driving it through a running server.
import { BillingProviderError, createLemonSqueezyClient } from "@interviewer/api";
import { createVerifiedAccount } from "@interviewer/testing/accounts";
import {
  type FakeLemonSqueezyServer,
  startFakeLemonSqueezyServer,
} from "@interviewer/testing/fake-lemonsqueezy-server";
import { billingTestEnv, loadFixture, postWebhook, TEST_VARIANTS } from "@interviewer/testing/lemonsqueezy-fixtures";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { billingState, nextId, subscriptionEvent } from "./billing-test-helpers.ts";

let fake: FakeLemonSqueezyServer;
let ts: TestServer;
beforeAll(async () => {
  fake = await startFakeLemonSqueezyServer();
  ts = await startTestServer({
    mailWorker: false,
    env: {
      ...billingTestEnv,
      PUBLIC_URL: "https://interviewer.example",
      LEMONSQUEEZY_API_KEY: fake.apiKey,
      LEMONSQUEEZY_API_URL: fake.url,
      LEMONSQUEEZY_STORE_ID: "4242",
    },
  });
});
afterAll(async () => {
  await ts?.stop();
  await fake?.close();
});

const client = () =>
  createLemonSqueezyClient({ apiKey: fake.apiKey, apiUrl: fake.url, storeId: "4242", testMode: true });

function fakeSubscription(userEmail = "someone@example.com") {
  const id = nextId();
  fake.subscriptions.set(id, {
    id,
    variantId: Number(TEST_VARIANTS.pro),
    status: "active",
    customerId: 7,
    renewsAt: "2031-01-01T00:00:00.000000Z",
    endsAt: null,
    updatedAt: "2030-01-01T00:00:00.000000Z",
    userEmail,
  });
  return id;
}

describe("client", () => {
  it("creates a checkout with JSON:API headers, the user's email, custom user_id, store, variant and redirect", async () => {
    const { url } = await client().createCheckout({
      variantId: "972634",
      plan: "pro",
      userId: "4f9b7c55-2d0e-4c53-9a55-0d8e3b5c1a11",
      email: "buyer@example.com",
      displayName: "Buyer",
      redirectUrl: "https://interviewer.example/billing?checkout=success",
    });
    expect(url).toMatch(/^https:\/\/fake-store\.lemonsqueezy\.test\/checkout\//);
    const request = fake.requests.at(-1);
    expect(request?.method).toBe("POST");
    expect(request?.path).toBe("/v1/checkouts");
    expect(request?.headers.accept).toBe("application/vnd.api+json");
    expect(request?.headers["content-type"]).toBe("application/vnd.api+json");
    expect(request?.headers.authorization).toBe(`Bearer ${fake.apiKey}`);
    expect(request?.body).toMatchObject({
      data: {
        type: "checkouts",
        attributes: {
          checkout_data: { email: "buyer@example.com", custom: { user_id: "4f9b7c55-2d0e-4c53-9a55-0d8e3b5c1a11" } },
          product_options: { redirect_url: "https://interviewer.example/billing?checkout=success" },
        },
        relationships: {
          store: { data: { type: "stores", id: "4242" } },
          variant: { data: { type: "variants", id: "972634" } },
        },
      },
    });
  });

  it("cancels with DELETE /v1/subscriptions/:id and reads the answer's shape", async () => {
    const id = fakeSubscription();
    const snapshot = await client().cancelSubscription(id);
    expect(fake.requests.at(-1)).toMatchObject({ method: "DELETE", path: `/v1/subscriptions/${id}` });
    expect(snapshot).toMatchObject({ subscriptionId: id, status: "cancelled", variantId: TEST_VARIANTS.pro });
    expect(snapshot?.endsAt).toBeInstanceOf(Date);
  });

  it("understands the documented DELETE answer", async () => {
    const { subscriptionSnapshotFrom } = await import(
      "../../../../packages/api/src/billing/lemonsqueezy/webhook-payload.ts"
    );
    const document = loadFixture("api_delete_subscription_response.json");
    expect(subscriptionSnapshotFrom(document.data)).toMatchObject({
      subscriptionId: "1",
      status: "cancelled",
      variantId: "1",
    });
  });

  it("resumes and changes the plan with PATCH", async () => {
    const id = fakeSubscription();
    await client().cancelSubscription(id);
    const resumed = await client().resumeSubscription(id);
    expect(fake.requests.at(-1)).toMatchObject({
      method: "PATCH",
      path: `/v1/subscriptions/${id}`,
      body: { data: { type: "subscriptions", id, attributes: { cancelled: false } } },
    });
    expect(resumed?.status).toBe("active");
    const changed = await client().changeSubscriptionVariant(id, TEST_VARIANTS.premium);
    expect(fake.requests.at(-1)?.body).toMatchObject({
      data: { attributes: { variant_id: Number(TEST_VARIANTS.premium) } },
    });
    expect(changed?.variantId).toBe(TEST_VARIANTS.premium);
  });

  it.each([
    [401, "unauthorized"],
    [404, "not_found"],
    [422, "invalid"],
    [500, "unavailable"],
  ] as const)("maps HTTP %i to a %s BillingProviderError with Lemon Squeezy's detail", async (status, kind) => {
    fake.failNext(status, `detail for ${status}`);
    const error = await client()
      .cancelSubscription(fakeSubscription())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BillingProviderError);
    expect(error).toMatchObject({ kind, status });
    expect((error as Error).message).toContain(`detail for ${status}`);
  });

  it("a wrong API key and an unreachable server are typed errors too", async () => {
    const wrongKey = createLemonSqueezyClient({ apiKey: "nope", apiUrl: fake.url, storeId: "1", testMode: true });
    await expect(wrongKey.cancelSubscription("1")).rejects.toMatchObject({ kind: "unauthorized" });
    const nowhere = createLemonSqueezyClient({
      apiKey: "k",
      apiUrl: "http://127.0.0.1:1",
      storeId: "1",
      testMode: true,
    });
    await expect(nowhere.cancelSubscription("1")).rejects.toMatchObject({ kind: "unavailable" });
  });
});

describe("billing router and account deletion against the fake API", () => {
  async function subscribedAccount() {
    const account = await createVerifiedAccount(ts);
    const id = fakeSubscription(account.email);
    const event = subscriptionEvent("subscription_created", {
      userId: account.userId,
      subscriptionId: id,
      updatedAt: Date.UTC(2029, 0, 1),
    });
    expect((await postWebhook(ts.url, event)).status).toBe(200);
    return { account, id };
  }

  it("billing.checkout returns the provider's URL for the signed-in user", async () => {
    const account = await createVerifiedAccount(ts);
    const { url } = await account.client.billing.checkout.mutate({ plan: "premium" });
    expect(url).toContain("fake-store.lemonsqueezy.test");
    expect(fake.requests.at(-1)?.body).toMatchObject({
      data: {
        attributes: {
          checkout_data: { email: account.email, custom: { user_id: account.userId } },
          product_options: { redirect_url: "https://interviewer.example/billing?checkout=success" },
        },
        relationships: { variant: { data: { id: TEST_VARIANTS.premium } } },
      },
    });
  });

  it("cancel, resume and changePlan go to Lemon Squeezy and the answer is applied at once", async () => {
    const { account, id } = await subscribedAccount();
    const cancelled = await account.client.billing.cancel.mutate();
    expect(cancelled.subscription?.status).toBe("cancelled");
    expect(cancelled.subscription?.endsAt).toBeInstanceOf(Date);
    const resumed = await account.client.billing.resume.mutate();
    expect(resumed.subscription?.status).toBe("active");
    const changed = await account.client.billing.changePlan.mutate({ plan: "premium" });
    expect(changed.plan).toBe("premium");
    expect(fake.requests.filter((r) => r.path === `/v1/subscriptions/${id}`).map((r) => r.method)).toEqual([
      "DELETE",
      "PATCH",
      "PATCH",
    ]);
  });

  it("a provider outage is SERVICE_UNAVAILABLE with an actionable message", async () => {
    const { account } = await subscribedAccount();
    fake.failNext(500);
    await expect(account.client.billing.cancel.mutate()).rejects.toMatchObject({
      data: { code: "SERVICE_UNAVAILABLE", reason: "BILLING_UNAVAILABLE" },
    });
  });

  it("deleting the account cancels the subscription first; if that fails, nothing is deleted", async () => {
    const { account, id } = await subscribedAccount();
    fake.failNext(500);
    await expect(
      account.client.account.delete.mutate({ confirmEmail: account.email, password: account.password }),
    ).rejects.toMatchObject({ data: { reason: "SUBSCRIPTION_CANCEL_FAILED" } });
    expect((await account.client.account.me.query()).email).toBe(account.email);

    await account.client.account.delete.mutate({ confirmEmail: account.email, password: account.password });
    expect(fake.requests.at(-1)).toMatchObject({ method: "DELETE", path: `/v1/subscriptions/${id}` });
    // The subscription row stays for the accounts, detached from the deleted person.
    expect((await billingState(ts, account.userId)).subscriptions).toHaveLength(0);
  });
});
