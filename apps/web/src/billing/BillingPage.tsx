// Plans, checkout (the provider's page, or the local simulator in development), subscription
// management and the credit history.
import type { RouterOutputs } from "@interviewer/api";
import { Link, useSearchParams } from "react-router";
import { trpc } from "../api/trpc.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { formatDate, formatDateTime } from "../ui/format.ts";
import { Loading } from "../ui/Loading.tsx";
import { usePageTitle } from "../ui/use-page-title.ts";

type Plan = RouterOutputs["billing"]["plans"][number];

/** The ledger's reasons in words (unknown future reasons fall back to their id with spaces). */
const REASON_LABELS: Record<string, string> = {
  signup_grant: "Welcome credit",
  purchase: "Purchase",
  purchase_refund: "Purchase refunded",
  subscription_grant: "Monthly subscription credits",
  upgrade_grant: "Plan upgrade credits",
  subscription_forfeit: "Subscription ended",
  interview_spend: "Interview started",
  interview_refund: "Interview refunded",
};

export function BillingPage() {
  usePageTitle("Billing");
  const [params] = useSearchParams();
  const utils = trpc.useUtils();
  const plans = trpc.billing.plans.useQuery();
  const status = trpc.billing.status.useQuery();
  const ledger = trpc.billing.ledger.useInfiniteQuery({ limit: 20 }, { getNextPageParam: (page) => page.nextCursor });
  const refresh = () => {
    void utils.billing.invalidate();
    void utils.dashboard.summary.invalidate();
  };
  const checkout = trpc.billing.checkout.useMutation({ onSuccess: ({ url }) => window.location.assign(url) });
  const cancel = trpc.billing.cancel.useMutation({ onSuccess: refresh });
  const resume = trpc.billing.resume.useMutation({ onSuccess: refresh });
  const changePlan = trpc.billing.changePlan.useMutation({ onSuccess: refresh });

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

  function planAction(plan: Plan) {
    if (!plan.available) return <p className="muted">Not available on this server.</p>;
    if (plan.billing === "one_time") {
      return (
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => checkout.mutate({ plan: plan.id })}
          disabled={checkout.isPending}
        >
          Buy {plan.credits} credit{plan.credits === 1 ? "" : "s"}
        </button>
      );
    }
    if (currentPlan === plan.id) return <p className="badge">Your plan</p>;
    if (currentPlan && plan.id !== "individual") {
      return (
        <button
          type="button"
          className="btn"
          onClick={() => changePlan.mutate({ plan: plan.id as "pro" | "premium" })}
          disabled={changePlan.isPending}
        >
          Switch to {plan.name}
        </button>
      );
    }
    return (
      <button
        type="button"
        className="btn btn-primary"
        onClick={() => checkout.mutate({ plan: plan.id })}
        disabled={checkout.isPending}
      >
        Subscribe to {plan.name}
      </button>
    );
  }

  return (
    <main className="page">
      <h1>Billing</h1>
      {params.get("checkout") && (
        <p className="alert alert-success" role="status">
          Thank you! Your payment is being confirmed; credits appear here within moments.
        </p>
      )}
      <section className="summary-grid">
        <div className="card stack">
          <h2>Credits</h2>
          <p className="big-number" data-testid="billing-credits">
            {current.usableCredits}
          </p>
          <p className="muted">
            {current.credits.individual} one-time · {current.credits.subscription} subscription
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
                <strong>{current.plan}</strong> — {subscription.status}
              </p>
              <p className="muted">
                {subscription.renewsAt && !cancelled && `Renews ${formatDate(subscription.renewsAt)}. `}
                {subscription.endsAt && `Ends ${formatDate(subscription.endsAt)}.`}
              </p>
              {cancelled ? (
                <button type="button" className="btn" onClick={() => resume.mutate()} disabled={resume.isPending}>
                  Resume subscription
                </button>
              ) : (
                <button
                  type="button"
                  className="btn btn-danger"
                  disabled={cancel.isPending}
                  onClick={() => {
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
      <section aria-labelledby="plans-heading">
        <h2 id="plans-heading">Plans</h2>
        <ul className="plan-grid">
          {plans.data.map((plan) => (
            <li key={plan.id} className="card stack" data-testid={`plan-${plan.id}`}>
              <h3>{plan.name}</h3>
              <p className="plan-credits">
                {plan.credits} credit{plan.credits === 1 ? "" : "s"}
                {plan.billing === "monthly" ? " a month" : ", one-time"}
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
        {ledger.data && ledger.data.pages[0]?.entries.length === 0 && <p className="muted">No credit movements yet.</p>}
        {ledger.data && (ledger.data.pages[0]?.entries.length ?? 0) > 0 && (
          <table className="table" data-testid="ledger">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">What</th>
                <th scope="col">Kind</th>
                <th scope="col">Change</th>
                <th scope="col">Balance</th>
              </tr>
            </thead>
            <tbody>
              {ledger.data.pages.flatMap((page) =>
                page.entries.map((entry) => (
                  <tr key={entry.id}>
                    <td>{formatDateTime(entry.createdAt)}</td>
                    <td>{REASON_LABELS[entry.reason] ?? entry.reason.replaceAll("_", " ")}</td>
                    <td>{entry.kind}</td>
                    <td className={entry.delta > 0 ? "positive" : "negative"}>
                      {entry.delta > 0 ? `+${entry.delta}` : entry.delta}
                    </td>
                    <td>{entry.balanceAfter}</td>
                  </tr>
                )),
              )}
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
