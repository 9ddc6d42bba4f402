// The boundary between our billing logic and whoever takes the money. Two implementations:
// lemonsqueezy/lemonsqueezy-client.ts (the real HTTP API) and simulator/simulator-adapter.ts (local, sends signed webhooks to
// our own route). A third, `createDisabledBillingAdapter`, is what production gets without an API key.
// Webhooks stay the source of truth for state; an adapter may also hand back the subscription as
// the provider now sees it, which is applied through the same newer-wins rule as a webhook.
import type { SubscriptionStatus } from "@interviewer/db";

/** The subscription fields we keep, as Lemon Squeezy reports them (webhook or API response). */
export interface SubscriptionSnapshot {
  subscriptionId: string;
  customerId: string | null;
  orderId: string | null;
  variantId: string;
  status: SubscriptionStatus;
  renewsAt: Date | null;
  endsAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  userEmail: string | null;
}

export interface CheckoutRequest {
  variantId: string;
  plan: "individual" | "pro" | "premium";
  userId: string;
  email: string;
  displayName: string;
  /** Where the provider sends the buyer after paying. */
  redirectUrl: string;
}

export interface BillingAdapter {
  readonly name: "lemonsqueezy" | "simulator" | "disabled";
  createCheckout(request: CheckoutRequest): Promise<{ url: string }>;
  /** Cancels at the end of the paid period (Lemon Squeezy: DELETE /v1/subscriptions/:id). */
  cancelSubscription(subscriptionId: string): Promise<SubscriptionSnapshot | null>;
  resumeSubscription(subscriptionId: string): Promise<SubscriptionSnapshot | null>;
  changeSubscriptionVariant(subscriptionId: string, variantId: string): Promise<SubscriptionSnapshot | null>;
}

/**
 * Why the provider refused or failed. `kind` is what the service maps to a user-facing DomainError:
 * unauthorized (our key is wrong: our problem), not_found, invalid (422), unavailable (5xx, network).
 */
export class BillingProviderError extends Error {
  constructor(
    readonly kind: "unauthorized" | "not_found" | "invalid" | "unavailable",
    readonly status: number | null,
    message: string,
  ) {
    super(message);
    this.name = "BillingProviderError";
  }
}

export function createDisabledBillingAdapter(): BillingAdapter {
  const refuse = async (): Promise<never> => {
    throw new BillingProviderError("unavailable", null, "Billing is not configured on this server.");
  };
  return {
    name: "disabled",
    createCheckout: refuse,
    cancelSubscription: refuse,
    resumeSubscription: refuse,
    changeSubscriptionVariant: refuse,
  };
}
