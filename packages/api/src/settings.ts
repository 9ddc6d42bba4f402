// Settings the API needs from the server's configuration: a narrow, typed slice so packages/api never
// reads the environment and tests can build it directly.
export type GithubSettings =
  | { enabled: false }
  | { enabled: true; clientId: string; clientSecret: string; oauthUrl: string; apiUrl: string };

export interface ApiSettings {
  /** Base for every link we send (emails, redirects); never taken from request headers. */
  publicUrl: string;
  isProduction: boolean;
  github: GithubSettings;
  billing: BillingSettings;
}

export interface BillingSettings {
  /** Individual credits a new account gets, once per email address ever. */
  freeCreditsOnSignup: number;
  /** Lemon Squeezy variant id per plan (strings; payloads carry numbers). */
  variants: { individual: string; pro: string; premium: string };
  /** Webhooks whose `meta.test_mode` differs from this are acknowledged and ignored. */
  testMode: boolean;
  /**
   * What each plan costs, as billing.plans shows it before checkout (the store charges its own price:
   * keep the two equal). Unset: DEFAULT_PLAN_PRICING in billing/plans.ts.
   */
  pricing?: PlanPricing;
}

/** Prices in the currency's minor units (cents for USD, yen for JPY); currency is an ISO 4217 code. */
export interface PlanPricing {
  currency: string;
  prices: { individual: number; pro: number; premium: number };
}
