// The candidate's home: credits and plan, progress charts, readiness, and past interviews.
import { lazy, Suspense } from "react";
import { Link, useSearchParams } from "react-router";
import { trpc } from "../api/trpc.ts";
import { useSession } from "../auth/use-session.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { formatDate, STATUS_LABELS } from "../ui/format.ts";
import { Loading } from "../ui/Loading.tsx";
import { ScoreBadge } from "../ui/ScoreBadge.tsx";
import { usePageTitle } from "../ui/use-page-title.ts";
import { ReadinessMeter } from "./ReadinessMeter.tsx";

const ScoreCharts = lazy(() => import("./ScoreCharts.tsx"));

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
    <main className="page">
      <h1>{params.get("welcome") ? `Welcome, ${name}` : `Hello, ${name}`}</h1>
      {data.resumable.length > 0 && (
        <section className="card highlight" aria-labelledby="resume-heading">
          <h2 id="resume-heading">Continue where you left off</h2>
          <ul>
            {data.resumable.map((interview) => (
              <li key={interview.id}>
                {STATUS_LABELS[interview.status]} interview from {formatDate(interview.createdAt)} —{" "}
                <Link to={`/interviews/${interview.id}`}>{interview.status === "paused" ? "Resume" : "Continue"}</Link>
              </li>
            ))}
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
            {data.credits.individual} one-time · {data.credits.subscription} from subscription
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
          <p className="big-number">{data.plan ? data.plan[0]?.toUpperCase() + data.plan.slice(1) : "Pay as you go"}</p>
          {data.subscription ? (
            <p className="muted">
              {data.subscription.status}
              {data.subscription.renewsAt && ` · renews ${formatDate(data.subscription.renewsAt)}`}
              {data.subscription.endsAt && ` · ends ${formatDate(data.subscription.endsAt)}`}
            </p>
          ) : (
            <p className="muted">No subscription.</p>
          )}
          <Link to="/billing">{data.plan ? "Manage plan" : "See plans"}</Link>
        </section>
        {data.readiness ? (
          <ReadinessMeter readiness={data.readiness} />
        ) : (
          <section className="card">
            <h2>Readiness</h2>
            <p className="muted">Finish an interview to see how ready you are.</p>
          </section>
        )}
      </div>
      {data.scoreTrend.length > 0 && (
        <Suspense fallback={<Loading label="Loading charts…" />}>
          <ScoreCharts summary={data} />
        </Suspense>
      )}
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">Past interviews</h2>
        {data.recentInterviews.length === 0 ? (
          <p>
            No interviews yet. <Link to="/interviews/new">Start your first one</Link>.
          </p>
        ) : (
          <table className="table" data-testid="interview-history">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Level</th>
                <th scope="col">Status</th>
                <th scope="col">Score</th>
                <th scope="col">
                  <span className="visually-hidden">Open</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.recentInterviews.map((interview) => {
                const live = interview.status === "active" || interview.status === "paused";
                return (
                  <tr key={interview.id}>
                    <td>{formatDate(interview.createdAt)}</td>
                    <td>{interview.difficulty}</td>
                    <td>{STATUS_LABELS[interview.status] ?? interview.status}</td>
                    <td>
                      <ScoreBadge percent={interview.overallPercent} />
                    </td>
                    <td>
                      <Link to={live ? `/interviews/${interview.id}` : `/interviews/${interview.id}/report`}>
                        {live ? "Continue" : "Report"}
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </main>
  );
}
