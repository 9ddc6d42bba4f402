// Plans with their prices, checkout (the provider's page, or the local simulator in development),
// subscription management and the credit history. A plan change is confirmed first (price and what
// happens to credits); the "thank you" after checkout is shown once, then the address is cleaned so a
// reload or a later visit does not show it again; plan and status names are words, not ids; the
// ledger's balance is all credits together.
import type { RouterOutputs } from "@interviewer/api";
import { useEffect, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { trpc } from "../api/trpc.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { formatDate, formatDateTime } from "../ui/format.ts";
import { Loading } from "../ui/Loading.tsx";
import { usePageTitle } from "../ui/use-page-title.ts";
import { CREDIT_KIND_LABELS, LEDGER_REASON_LABELS, planName, SUBSCRIPTION_STATUS_LABELS } from "./billing-labels.ts";
import { totalBalances } from "./ledger-totals.ts";
import { PlanChangeDialog, priceText } from "./PlanChangeDialog.tsx";
import "./billing.css";

type Plan = RouterOutputs["billing"]["plans"][number];
type SubscriptionPlanId = NonNullable<RouterOutputs["billing"]["status"]["plan"]>;

/** While the thank-you shows, credits are still on their way: look again every few seconds, for a minute. */
const CONFIRMING_POLL_MS = 3_000;
const CONFIRMING_FOR_MS = 60_000;

function isSubscriptionPlan(id: Plan["id"]): id is SubscriptionPlanId {
  return id === "pro" || id === "premium";
}

export function BillingPage() {
  usePageTitle("Billing");
  const [params, setParams] = useSearchParams();
  // Read once: the banner lives in state, the address is cleaned below.
  const [checkoutReturn, setCheckoutReturn] = useState(() => (params.get("checkout") ? Date.now() : null));
  const confirmingPoll = () =>
    checkoutReturn !== null && Date.now() - checkoutReturn < CONFIRMING_FOR_MS ? CONFIRMING_POLL_MS : false;
  const utils = trpc.useUtils();
  const plans = trpc.billing.plans.useQuery();
  const status = trpc.billing.status.useQuery(undefined, { refetchInterval: confirmingPoll });
  const ledger = trpc.billing.ledger.useInfiniteQuery(
    { limit: 20 },
    { getNextPageParam: (page) => page.nextCursor, refetchInterval: confirmingPoll },
  );
  const [switchTo, setSwitchTo] = useState<Plan | null>(null);
  const refresh = () => {
    void utils.billing.invalidate();
    void utils.dashboard.summary.invalidate();
  };
  // Any other action ends the thank-you: it was about the checkout, not what came after.
  const acting = () => setCheckoutReturn(null);
  const checkout = trpc.billing.checkout.useMutation({ onSuccess: ({ url }) => window.location.assign(url) });
  const cancel = trpc.billing.cancel.useMutation({ onSuccess: refresh });
  const resume = trpc.billing.resume.useMutation({ onSuccess: refresh });
  const changePlan = trpc.billing.changePlan.useMutation({
    onSuccess: () => {
      setSwitchTo(null);
      refresh();
    },
  });

  // Once the page has shown the result, drop ?checkout= from the address (replace: Back skips it).
  const statusLoaded = status.isSuccess;
  useEffect(() => {
    if (!statusLoaded || !params.has("checkout")) return;
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete("checkout");
        return next;
      },
      { replace: true },
    );
  }, [statusLoaded, params, setParams]);

  if (status.isPending || plans.isPending) return <Loading label="Loading billing…" />;
  if (status.error || plans.error) {
    return (
      <main className="page">
        <ErrorMessage error={status.error ?? plans.error} onRetry={() => void utils.billing.invalidate()} />
      </main>
    );
  }
  const current = status.data;
  const subscription = current.subscription;
  // An expired subscription is history: the candidate can subscribe again but not manage it.
  const live = subscription !== null && subscription.status !== "expired";
  const cancelled = subscription?.status === "cancelled";
  const currentPlan = live ? current.plan : null;
  const currentPlanDetails = plans.data.find((plan) => plan.id === currentPlan) ?? null;
  const ledgerEntries = ledger.data?.pages.flatMap((page) => page.entries) ?? [];
  const ledgerTotals = totalBalances(ledgerEntries, current.credits);

  function planAction(plan: Plan) {
    if (!plan.available) return <p className="muted">Not available on this server.</p>;
    if (plan.billing === "one_time") {
      return (
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => {
            acting();
            checkout.mutate({ plan: plan.id });
          }}
          disabled={checkout.isPending}
        >
          Buy {plan.credits} credit{plan.credits === 1 ? "" : "s"}
        </button>
      );
    }
    if (currentPlan === plan.id) return <p className="badge">Your plan</p>;
    if (currentPlan && isSubscriptionPlan(plan.id)) {
      return (
        <button
          type="button"
          className="btn"
          onClick={() => {
            acting();
            changePlan.reset();
            setSwitchTo(plan);
          }}
        >
          Switch to {plan.name}
        </button>
      );
    }
    return (
      <button
        type="button"
        className="btn btn-primary"
        onClick={() => {
          acting();
          checkout.mutate({ plan: plan.id });
        }}
        disabled={checkout.isPending}
      >
        Subscribe to {plan.name}
      </button>
    );
  }

  return (
    <main className="page">
      <h1>Billing</h1>
      {checkoutReturn !== null && (
        <div className="alert alert-success checkout-banner" role="status">
          <p>Thank you! Your payment is being confirmed; credits appear here within moments.</p>
          <button type="button" className="btn" onClick={() => setCheckoutReturn(null)}>
            Dismiss
          </button>
        </div>
      )}
      <section className="summary-grid">
        <div className="card stack">
          <h2>Credits</h2>
          <p className="big-number" data-testid="billing-credits">
            {current.usableCredits}
          </p>
          <p className="muted">
            {current.credits.individual} one-time · {current.credits.subscription} from your subscription
            {!current.subscriptionCreditsUsable &&
              current.credits.subscription > 0 &&
              " (usable again when the subscription is active)"}
          </p>
          <Link to="/interviews/new">Start an interview</Link>
        </div>
        <div className="card stack">
          <h2>Subscription</h2>
          {subscription && live ? (
            <>
              <p data-testid="subscription-status">
                <strong>{planName(current.plan)}</strong> — {SUBSCRIPTION_STATUS_LABELS[subscription.status]}
              </p>
              <p className="muted">
                {currentPlanDetails &&
                  `${priceText(currentPlanDetails)}, ${currentPlanDetails.credits} credits a month. `}
                {subscription.renewsAt && !cancelled && `Renews ${formatDate(subscription.renewsAt)}. `}
                {subscription.endsAt && `${cancelled ? "Active until" : "Ends"} ${formatDate(subscription.endsAt)}.`}
              </p>
              {cancelled ? (
                <button
                  type="button"
                  className="btn"
                  onClick={() => {
                    acting();
                    resume.mutate();
                  }}
                  disabled={resume.isPending}
                >
                  Resume subscription
                </button>
              ) : (
                <button
                  type="button"
                  className="btn btn-danger"
                  disabled={cancel.isPending}
                  onClick={() => {
                    acting();
                    if (window.confirm("Cancel your subscription? It stays active until the end of the period."))
                      cancel.mutate();
                  }}
                >
                  Cancel subscription
                </button>
              )}
            </>
          ) : (
            <p className="muted">No subscription. Subscribe for monthly credits.</p>
          )}
        </div>
      </section>
      <ErrorMessage error={checkout.error ?? cancel.error ?? resume.error ?? changePlan.error} />
      {switchTo && currentPlanDetails && (
        <PlanChangeDialog
          from={currentPlanDetails}
          to={switchTo}
          renewsAt={subscription?.renewsAt ?? null}
          pending={changePlan.isPending}
          onConfirm={() => {
            if (isSubscriptionPlan(switchTo.id)) changePlan.mutate({ plan: switchTo.id });
          }}
          onCancel={() => setSwitchTo(null)}
        />
      )}
      <section aria-labelledby="plans-heading">
        <h2 id="plans-heading">Plans</h2>
        <ul className="plan-grid">
          {plans.data.map((plan) => (
            <li key={plan.id} className="card stack" data-testid={`plan-${plan.id}`}>
              <h3>{plan.name}</h3>
              <p className="plan-price">{priceText(plan)}</p>
              <p className="plan-credits">
                {plan.credits} credit{plan.credits === 1 ? "" : "s"}
                {plan.billing === "monthly" && " a month"}
              </p>
              <p>{plan.description}</p>
              {planAction(plan)}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="ledger-heading">
        <h2 id="ledger-heading">Credit history</h2>
        <ErrorMessage error={ledger.error} onRetry={() => void ledger.refetch()} />
        {ledger.data && ledgerEntries.length === 0 && <p className="muted">No credit movements yet.</p>}
        {ledgerEntries.length > 0 && (
          <table className="table" data-testid="ledger">
            <caption className="visually-hidden">
              Credit movements, newest first, with your total balance after each
            </caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">What</th>
                <th scope="col">Change</th>
                <th scope="col">Balance</th>
              </tr>
            </thead>
            <tbody>
              {ledgerEntries.map((entry, index) => (
                <tr key={entry.id}>
                  <td>{formatDateTime(entry.createdAt)}</td>
                  <td>
                    {LEDGER_REASON_LABELS[entry.reason]}
                    <span className="ledger-kind">{CREDIT_KIND_LABELS[entry.kind]} credits</span>
                  </td>
                  <td className={entry.delta > 0 ? "positive" : "negative"}>
                    {entry.delta > 0 ? `+${entry.delta}` : entry.delta}
                  </td>
                  <td className="ledger-total">{ledgerTotals[index]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {ledger.hasNextPage && (
          <button
            type="button"
            className="btn"
            onClick={() => void ledger.fetchNextPage()}
            disabled={ledger.isFetchingNextPage}
          >
            Show more
          </button>
        )}
      </section>
    </main>
  );
}
