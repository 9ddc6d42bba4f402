// The public price table: billing.plans and billing.signupOffer answer without signing in, with the
// prices each deployment configures (PLAN_CURRENCY, PLAN_PRICE_*) or the defaults, and the free
// credits a new account gets. A half-configured price table stops the start.

import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.ts";

const EURO_PRICES = {
  PLAN_CURRENCY: "eur",
  PLAN_PRICE_INDIVIDUAL: "500",
  PLAN_PRICE_PRO: "1900",
  PLAN_PRICE_PREMIUM: "3500",
};

describe("plan prices in the configuration", () => {
  it("are unset by default (the API's defaults apply), and read as minor units with an upper-case currency", () => {
    expect(loadConfig({}).billing.pricing).toBeUndefined();
    expect(loadConfig(EURO_PRICES).billing.pricing).toEqual({
      currency: "EUR",
      prices: { individual: 500, pro: 1900, premium: 3500 },
    });
  });

  it("refuse half a price table, a fraction of a cent and a made-up currency code", () => {
    expect(() => loadConfig({ PLAN_PRICE_PRO: "1900" })).toThrow(/PLAN_CURRENCY: required when any PLAN_PRICE_/);
    expect(() => loadConfig({ ...EURO_PRICES, PLAN_PRICE_PRO: "19.5" })).toThrow(ConfigError);
    expect(() => loadConfig({ ...EURO_PRICES, PLAN_PRICE_PRO: "-1" })).toThrow(ConfigError);
    expect(() => loadConfig({ ...EURO_PRICES, PLAN_CURRENCY: "euro" })).toThrow(/PLAN_CURRENCY: expected an ISO 4217/);
  });
});

describe("billing.plans and billing.signupOffer, public", () => {
  let defaults: TestServer;
  let euros: TestServer;

  beforeAll(async () => {
    defaults = await startTestServer({ mailWorker: false });
    euros = await startTestServer({ mailWorker: false, env: { ...EURO_PRICES, FREE_CREDITS_ON_SIGNUP: "2" } });
  });

  afterAll(async () => {
    await defaults?.stop();
    await euros?.stop();
  });

  it("lists every plan with its price, currency, interval, credits and inclusions, without a session", async () => {
    const plans = await defaults.client.billing.plans.query();
    expect(plans.map((plan) => [plan.id, plan.priceMinorUnits, plan.currency, plan.interval, plan.credits])).toEqual([
      ["individual", 900, "USD", "once", 1],
      ["pro", 2900, "USD", "month", 10],
      ["premium", 4900, "USD", "month", 20],
    ]);
    for (const plan of plans) {
      expect(plan.includes.length).toBeGreaterThan(1);
      expect(plan.available).toBe(true);
    }
    expect(plans[1]?.includes).toContain("Unused credits roll over while you stay subscribed");
  });

  it("shows each deployment's own prices and free credits", async () => {
    const plans = await euros.client.billing.plans.query();
    expect(plans.map((plan) => `${plan.id} ${plan.priceMinorUnits} ${plan.currency}`)).toEqual([
      "individual 500 EUR",
      "pro 1900 EUR",
      "premium 3500 EUR",
    ]);
    expect(await euros.client.billing.signupOffer.query()).toEqual({ freeCredits: 2 });
    expect(await defaults.client.billing.signupOffer.query()).toEqual({ freeCredits: 1 });
  });
});
