// The real BillingAdapter: Lemon Squeezy's JSON:API over fetch. The base URL is configurable
// (LEMONSQUEEZY_API_URL) so tests run this exact code against a local fake server. Every non-2xx
// answer becomes a BillingProviderError with a kind the billing service maps to a user-facing error.
import type { BillingAdapter, CheckoutRequest, SubscriptionSnapshot } from "../billing-adapter.ts";
import { BillingProviderError } from "../billing-adapter.ts";
import { subscriptionSnapshotFrom } from "./webhook-payload.ts";

export interface LemonSqueezyClientOptions {
  apiKey: string;
  /** e.g. https://api.lemonsqueezy.com (no trailing slash needed). */
  apiUrl: string;
  storeId: string;
  testMode: boolean;
  fetch?: typeof fetch;
}

const JSON_API = "application/vnd.api+json";

export function createLemonSqueezyClient(options: LemonSqueezyClientOptions): BillingAdapter {
  const baseUrl = options.apiUrl.replace(/\/+$/, "");
  const doFetch = options.fetch ?? fetch;

  async function request(method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
    let response: Response;
    try {
      response = await doFetch(`${baseUrl}${path}`, {
        method,
        headers: {
          Accept: JSON_API,
          "Content-Type": JSON_API,
          Authorization: `Bearer ${options.apiKey}`,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(15_000),
      });
    } catch (error) {
      throw new BillingProviderError(
        "unavailable",
        null,
        `Lemon Squeezy could not be reached: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    const text = await response.text();
    let json: Record<string, unknown> = {};
    try {
      json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      // A proxy's HTML error page: the status still says what happened.
    }
    if (!response.ok) throw providerError(response.status, json);
    return json;
  }

  function snapshotOf(json: Record<string, unknown>): SubscriptionSnapshot {
    const data = json.data as { id: string | number; attributes: Record<string, unknown> } | undefined;
    if (!data) throw new BillingProviderError("unavailable", null, "Lemon Squeezy answered without a subscription.");
    return subscriptionSnapshotFrom({ id: String(data.id), attributes: data.attributes });
  }

  return {
    name: "lemonsqueezy",
    async createCheckout(checkout: CheckoutRequest) {
      const json = await request("POST", "/v1/checkouts", {
        data: {
          type: "checkouts",
          attributes: {
            checkout_data: {
              email: checkout.email,
              name: checkout.displayName,
              // Comes back in every webhook as meta.custom_data.user_id: how we know whose purchase it is.
              custom: { user_id: checkout.userId },
            },
            product_options: { redirect_url: checkout.redirectUrl },
            test_mode: options.testMode,
          },
          relationships: {
            store: { data: { type: "stores", id: options.storeId } },
            variant: { data: { type: "variants", id: checkout.variantId } },
          },
        },
      });
      const url = (json.data as { attributes?: { url?: unknown } } | undefined)?.attributes?.url;
      if (typeof url !== "string") {
        throw new BillingProviderError("unavailable", null, "Lemon Squeezy answered without a checkout URL.");
      }
      return { url };
    },
    async cancelSubscription(subscriptionId) {
      return snapshotOf(await request("DELETE", `/v1/subscriptions/${encodeURIComponent(subscriptionId)}`));
    },
    async resumeSubscription(subscriptionId) {
      return snapshotOf(
        await request("PATCH", `/v1/subscriptions/${encodeURIComponent(subscriptionId)}`, {
          data: { type: "subscriptions", id: subscriptionId, attributes: { cancelled: false } },
        }),
      );
    },
    async changeSubscriptionVariant(subscriptionId, variantId) {
      return snapshotOf(
        await request("PATCH", `/v1/subscriptions/${encodeURIComponent(subscriptionId)}`, {
          data: {
            type: "subscriptions",
            id: subscriptionId,
            attributes: { variant_id: Number.isSafeInteger(Number(variantId)) ? Number(variantId) : variantId },
          },
        }),
      );
    },
  };
}

function providerError(status: number, json: Record<string, unknown>): BillingProviderError {
  const errors = Array.isArray(json.errors) ? (json.errors as { detail?: unknown; title?: unknown }[]) : [];
  const first = errors[0];
  const detail = typeof first?.detail === "string" ? first.detail : typeof first?.title === "string" ? first.title : "";
  const suffix = detail ? `: ${detail}` : "";
  if (status === 401 || status === 403) {
    return new BillingProviderError("unauthorized", status, `Lemon Squeezy rejected our API key (${status})${suffix}`);
  }
  if (status === 404)
    return new BillingProviderError("not_found", status, `Lemon Squeezy has no such resource${suffix}`);
  if (status === 400 || status === 409 || status === 422) {
    return new BillingProviderError("invalid", status, `Lemon Squeezy refused the request (${status})${suffix}`);
  }
  return new BillingProviderError("unavailable", status, `Lemon Squeezy failed (${status})${suffix}`);
}
