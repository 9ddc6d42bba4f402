// The candidate's home: what can be continued, credits and plan, readiness per level, the drill cards
// due today with "Start a drill", progress charts whose points open their reports, the skill view, and
// every past interview (paginated to the first one). Drills never count in the interview figures.
import { lazy, Suspense } from "react";
import { Link, useSearchParams } from "react-router";
import { trpc } from "../api/trpc.ts";
import { useSession } from "../auth/use-session.ts";
import { planName, SUBSCRIPTION_STATUS_LABELS } from "../billing/billing-labels.ts";
import { DrillsDue } from "../drill/DrillsDue.tsx";
import { SkillView } from "../drill/SkillView.tsx";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { formatDate, formatDateTime } from "../ui/format.ts";
import { Loading } from "../ui/Loading.tsx";
import { usePageTitle } from "../ui/use-page-title.ts";
import { InterviewHistory } from "./InterviewHistory.tsx";
import { ReadinessCard } from "./ReadinessMeter.tsx";
import "./dashboard.css";

const ScoreCharts = lazy(() => import("./ScoreCharts.tsx"));
const DeliveryTrend = lazy(() => import("../voice/DeliveryTrend.tsx"));

export function DashboardPage() {
  usePageTitle("Dashboard");
  const session = useSession();
  const [params] = useSearchParams();
  const summary = trpc.dashboard.summary.useQuery();
  if (summary.isPending) return <Loading label="Loading your dashboard…" />;
  if (summary.error) {
    return (
      <main className="page">
        <ErrorMessage error={summary.error} onRetry={() => void summary.refetch()} />
      </main>
    );
  }
  const data = summary.data;
  const name = session.status === "signedIn" ? session.user.displayName : "";
  return (
    <main className="page dashboard">
      <h1>{params.get("welcome") ? `Welcome, ${name}` : `Hello, ${name}`}</h1>
      {data.resumable.length > 0 && (
        <section className="card highlight stack" aria-labelledby="resume-heading">
          <h2 id="resume-heading">Continue where you left off</h2>
          <ul className="resume-list">
            {data.resumable.map((interview) => {
              const when = formatDateTime(interview.createdAt);
              return (
                <li key={interview.id}>
                  <div>
                    <p className="history-title">{interview.title}</p>
                    <p className="muted">
                      {interview.topics.map((topic) => topic.label).join(", ")} · {interview.answered} of{" "}
                      {interview.planned} answered · {interview.status === "paused" ? "paused" : "started"} {when}
                    </p>
                  </div>
                  <Link to={`/interviews/${interview.id}`} className="btn btn-primary">
                    {interview.status === "paused" ? "Resume" : "Continue"}
                    <span className="visually-hidden">
                      {" "}
                      {interview.title}, {when}
                    </span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <div className="summary-grid">
        <section className="card stack" aria-labelledby="credits-heading">
          <h2 id="credits-heading">Credits</h2>
          <p className="big-number" data-testid="usable-credits">
            {data.usableCredits}
          </p>
          <p className="muted">
            {data.credits.individual} one-time · {data.credits.subscription} from your subscription
          </p>
          <p className="actions">
            <Link to="/interviews/new" className="btn btn-primary">
              New interview
            </Link>
            <Link to="/billing" className="btn">
              {data.plan ? "Buy credits" : "Buy or upgrade"}
            </Link>
          </p>
        </section>
        <section className="card stack" aria-labelledby="plan-heading">
          <h2 id="plan-heading">Plan</h2>
          <p className="big-number">{planName(data.plan)}</p>
          {data.subscription ? (
            <p className="muted">
              {SUBSCRIPTION_STATUS_LABELS[data.subscription.status]}
              {data.subscription.renewsAt && ` · renews ${formatDate(data.subscription.renewsAt)}`}
              {data.subscription.endsAt && ` · ends ${formatDate(data.subscription.endsAt)}`}
            </p>
          ) : (
            <p className="muted">No subscription.</p>
          )}
          <Link to="/billing">{data.plan ? "Manage plan" : "See plans"}</Link>
        </section>
        <ReadinessCard readiness={data.readiness} />
      </div>
      <DrillsDue />
      {data.scoreTrend.length > 0 && (
        <Suspense fallback={<Loading label="Loading charts…" />}>
          <ScoreCharts summary={data} />
          {data.scoreTrend.some((point) => point.delivery !== null) && <DeliveryTrend trend={data.scoreTrend} />}
        </Suspense>
      )}
      <SkillView />
      <InterviewHistory total={data.interviewCount} />
    </main>
  );
}
