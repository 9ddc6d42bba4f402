// The public front page: what Interviewer is, how an interview works, the plans, and the way in.
// Kept free of heavy imports: it is the first thing a visitor downloads.
import type { PlanId } from "@interviewer/api";
import { Link, Navigate } from "react-router";
import { useSession } from "../auth/use-session.ts";
import { usePageTitle } from "../ui/use-page-title.ts";
import { PLAN_SUMMARIES } from "./plan-summaries.ts";

export function LandingPage() {
  usePageTitle("Practise backend interviews");
  const session = useSession();
  if (session.status === "signedIn") return <Navigate to="/dashboard" replace />;
  return (
    <main className="page landing">
      <section className="hero">
        <h1>Practise backend interviews with an AI interviewer</h1>
        <p className="lede">
          Topic by topic, tailored to the job you want: every answer scored with specific feedback, and a report that
          tells you where you stand and what to study next.
        </p>
        <p className="actions">
          <Link to="/sign-up" className="btn btn-primary">
            Start practising
          </Link>
          <Link to="/sign-in" className="btn">
            Sign in
          </Link>
        </p>
      </section>
      <section aria-labelledby="how-heading">
        <h2 id="how-heading">How an interview works</h2>
        <ol className="steps">
          <li>
            <strong>Plan it.</strong> Pick topics — coding, system design, databases, behavioral and more — the number
            of questions, a difficulty and a time limit, or paste a job description and let it decide.
          </li>
          <li>
            <strong>Answer.</strong> Write your answers; coding questions get a real code editor. Feedback streams in as
            the interviewer reads your answer, with a score from 1 to 10, your strengths, your gaps and a model outline.
          </li>
          <li>
            <strong>Improve.</strong> Retry a question once, then read the report: per-topic scores, a readiness verdict
            for your level and a study list. Your dashboard tracks your progress over time.
          </li>
        </ol>
      </section>
      <section aria-labelledby="plans-heading">
        <h2 id="plans-heading">Plans</h2>
        <p>Each interview uses one credit. Buy credits one at a time, or subscribe for a monthly allowance.</p>
        <ul className="plan-grid">
          {(Object.keys(PLAN_SUMMARIES) as PlanId[]).map((id) => {
            const plan = PLAN_SUMMARIES[id];
            return (
              <li key={id} className="card">
                <h3>{plan.name}</h3>
                <p className="plan-credits">{plan.credits}</p>
                <p>
                  {plan.billing === "monthly" ? "Monthly subscription" : "One-time purchase"}. {plan.blurb}
                </p>
                <p className="muted">Price shown at checkout.</p>
              </li>
            );
          })}
        </ul>
      </section>
    </main>
  );
}
