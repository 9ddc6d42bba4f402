// billing.*: what the signed-in user can do about money. Checkout, cancel, resume and plan changes go
// through the injected BillingAdapter (Lemon Squeezy or the simulator); the resulting state arrives
// by webhook, and where the provider answers with the subscription we merge it at once through the
// same newer-wins rule. Reads (status, ledger) come from our own tables, the status in one statement.
import { readBillingOverview, schema } from "@interviewer/db";
import { and, desc, eq, inArray, lt } from "drizzle-orm";
import type { Viewer } from "../auth/viewer.ts";
import type { ApiDependencies } from "../context.ts";
import { DomainError } from "../errors.ts";
import { BillingProviderError, type SubscriptionSnapshot } from "./billing-adapter.ts";
import { billingStatusOf, isSubscriptionLive, LIVE_SUBSCRIPTION_STATUSES } from "./billing-status.ts";
import { creditBalanceFrom, ledgerEntryFrom, subscriptionSummariesFrom } from "./codec.ts";
import { applySubscriptionSnapshot } from "./lemonsqueezy/subscription-state.ts";
import { isSubscriptionPlan, type PlanId, planIds, plans, type SubscriptionPlanId } from "./plans.ts";

type BillingDeps = Pick<ApiDependencies, "db" | "clock" | "settings" | "billing">;

export function listPlans(deps: Pick<BillingDeps, "settings">) {
  return planIds.map((id) => ({ ...plans[id], available: deps.settings.billing.variants[id] !== "" }));
}

/** Provider failures as errors a user can act on; the detail goes to our logs via the cause. */
export function billingProviderFailure(error: unknown): never {
  if (!(error instanceof BillingProviderError)) throw error;
  switch (error.kind) {
    case "not_found":
      throw new DomainError("NOT_FOUND", "BILLING_NOT_FOUND", "The payment provider does not know this subscription.");
    case "invalid":
      throw new DomainError(
        "BAD_REQUEST",
        "BILLING_REJECTED",
        `The payment provider refused the change. ${error.message}`,
      );
    default:
      throw new DomainError(
        "SERVICE_UNAVAILABLE",
        "BILLING_UNAVAILABLE",
        "Payments are not available right now. Nothing was charged; please try again in a few minutes.",
      );
  }
}

export async function startCheckout(deps: BillingDeps, viewer: Viewer, plan: PlanId): Promise<{ url: string }> {
  if (isSubscriptionPlan(plan) && (await findLiveSubscription(deps, viewer.userId))) {
    throw new DomainError(
      "CONFLICT",
      "ALREADY_SUBSCRIBED",
      "You already have a subscription. Change its plan instead of buying a second one.",
    );
  }
  const redirectUrl = new URL("/billing?checkout=success", `${deps.settings.publicUrl}/`).toString();
  try {
    return await deps.billing.createCheckout({
      variantId: deps.settings.billing.variants[plan],
      plan,
      userId: viewer.userId,
      email: viewer.email,
      displayName: viewer.displayName,
      redirectUrl,
    });
  } catch (error) {
    billingProviderFailure(error);
  }
}

export async function findLiveSubscription(deps: Pick<BillingDeps, "db" | "clock">, userId: string) {
  const now = deps.clock.now();
  const rows = await deps.db
    .select()
    .from(schema.billingSubscriptions)
    .where(
      and(
        eq(schema.billingSubscriptions.userId, userId),
        inArray(schema.billingSubscriptions.status, LIVE_SUBSCRIPTION_STATUSES),
      ),
    )
    .orderBy(desc(schema.billingSubscriptions.lsCreatedAt));
  return rows.find((row) => isSubscriptionLive(row, now));
}

async function requireLiveSubscription(deps: BillingDeps, viewer: Viewer) {
  const subscription = await findLiveSubscription(deps, viewer.userId);
  if (!subscription) throw new DomainError("NOT_FOUND", "NO_SUBSCRIPTION", "You have no active subscription.");
  return subscription;
}

async function applyProviderAnswer(deps: BillingDeps, viewer: Viewer, snapshot: SubscriptionSnapshot | null) {
  if (!snapshot) return;
  await deps.db.transaction((tx) =>
    applySubscriptionSnapshot(tx, deps, snapshot, {
      userId: viewer.userId,
      referenceId: `api:${snapshot.subscriptionId}`,
    }),
  );
}

export async function cancelSubscription(deps: BillingDeps, viewer: Viewer) {
  const subscription = await requireLiveSubscription(deps, viewer);
  if (subscription.status === "cancelled") return getStatus(deps, viewer);
  const snapshot = await deps.billing.cancelSubscription(subscription.lsSubscriptionId).catch(billingProviderFailure);
  await applyProviderAnswer(deps, viewer, snapshot);
  return getStatus(deps, viewer);
}

export async function resumeSubscription(deps: BillingDeps, viewer: Viewer) {
  const subscription = await requireLiveSubscription(deps, viewer);
  if (subscription.status !== "cancelled") {
    throw new DomainError(
      "BAD_REQUEST",
      "NOT_CANCELLED",
      "Your subscription is not cancelled, so there is nothing to resume.",
    );
  }
  const snapshot = await deps.billing.resumeSubscription(subscription.lsSubscriptionId).catch(billingProviderFailure);
  await applyProviderAnswer(deps, viewer, snapshot);
  return getStatus(deps, viewer);
}

export async function changePlan(deps: BillingDeps, viewer: Viewer, plan: SubscriptionPlanId) {
  const subscription = await requireLiveSubscription(deps, viewer);
  if (subscription.plan === plan) return getStatus(deps, viewer);
  const snapshot = await deps.billing
    .changeSubscriptionVariant(subscription.lsSubscriptionId, deps.settings.billing.variants[plan])
    .catch(billingProviderFailure);
  await applyProviderAnswer(deps, viewer, snapshot);
  return getStatus(deps, viewer);
}

export async function getStatus(deps: Pick<BillingDeps, "db" | "clock">, viewer: Viewer) {
  const overview = await readBillingOverview(deps.db, { userId: viewer.userId });
  const credits = creditBalanceFrom(overview ?? { individual: null, subscription: null });
  return billingStatusOf(credits, overview ? subscriptionSummariesFrom(overview.subscriptions) : [], deps.clock.now());
}

export async function listLedger(
  deps: Pick<BillingDeps, "db">,
  viewer: Viewer,
  input: { cursor?: number | null | undefined; limit: number },
) {
  const { creditLedger } = schema;
  const rows = await deps.db
    .select()
    .from(creditLedger)
    .where(
      input.cursor
        ? and(eq(creditLedger.userId, viewer.userId), lt(creditLedger.seq, input.cursor))
        : eq(creditLedger.userId, viewer.userId),
    )
    .orderBy(desc(creditLedger.seq))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  return {
    entries: page.map(ledgerEntryFrom),
    nextCursor: rows.length > input.limit ? (page[page.length - 1]?.seq ?? null) : null,
  };
}
