// Billing configuration: which adapter runs, and the combinations that must stop the start.
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.ts";

const secret = "a-production-secret-that-is-long-enough-123";

describe("billing configuration", () => {
  it("defaults to the simulator in test mode with one free credit outside production", () => {
    const config = loadConfig({ NODE_ENV: "development" });
    expect(config.billing).toMatchObject({
      adapter: "simulator",
      testMode: true,
      freeCreditsOnSignup: 1,
      apiUrl: "https://api.lemonsqueezy.com",
    });
  });

  it("never runs the simulator in production: without a key billing is disabled and test mode is off", () => {
    const config = loadConfig({ NODE_ENV: "production", AUTH_SECRET: secret });
    expect(config.billing).toMatchObject({ adapter: "disabled", testMode: false });
    expect(config.devToolsEnabled).toBe(false);
  });

  it("a key without a webhook secret (or store and variants) is a config error", () => {
    expect(() => loadConfig({ NODE_ENV: "production", AUTH_SECRET: secret, LEMONSQUEEZY_API_KEY: "key" })).toThrow(
      ConfigError,
    );
    expect(() => loadConfig({ NODE_ENV: "production", AUTH_SECRET: secret, LEMONSQUEEZY_API_KEY: "key" })).toThrow(
      /LEMONSQUEEZY_WEBHOOK_SECRET: required/,
    );
  });

  it("a complete Lemon Squeezy configuration selects the real client", () => {
    const config = loadConfig({
      NODE_ENV: "production",
      AUTH_SECRET: secret,
      LEMONSQUEEZY_API_KEY: "key",
      LEMONSQUEEZY_WEBHOOK_SECRET: "whsec-123456",
      LEMONSQUEEZY_STORE_ID: "1",
      LEMONSQUEEZY_VARIANT_INDIVIDUAL: "11",
      LEMONSQUEEZY_VARIANT_PRO: "12",
      LEMONSQUEEZY_VARIANT_PREMIUM: "13",
      LEMONSQUEEZY_TEST_MODE: "true",
      FREE_CREDITS_ON_SIGNUP: "0",
    });
    expect(config.billing).toMatchObject({
      adapter: "lemonsqueezy",
      testMode: true,
      freeCreditsOnSignup: 0,
      variants: { individual: "11", pro: "12", premium: "13" },
    });
  });
});
