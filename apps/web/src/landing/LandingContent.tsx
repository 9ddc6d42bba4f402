// The landing page's content: what Interviewer is, the free first interview, how an interview works,
// a real report, the price table and the footer. Rendered two ways from this one component: by the
// React app (LandingPage.tsx, with live data) and at build time into static HTML (prerender.tsx),
// where prices, the free offer and the GitHub button are unknown until static-page.ts fills the
// slots marked with data-* attributes; until then those parts are hidden or show a dash.
import type { RouterOutputs } from "@interviewer/api";
import type { ReactNode } from "react";
import { Link } from "react-router";
import {
  creditsLabel,
  formatPrice,
  freeOfferCredits,
  freeOfferHeadline,
  intervalLabel,
  pricePerInterview,
} from "./offer-format.ts";
import { SampleReport } from "./SampleReport.tsx";
import { SiteFooter } from "./SiteFooter.tsx";
import "./landing.css";

export type LandingPlan = RouterOutputs["billing"]["plans"][number];

export interface LandingContentProps {
  /** The price table; undefined while it loads. */
  plans: readonly LandingPlan[] | undefined;
  /** False when rendering at build time: the deployment's prices are not known yet. */
  pricesKnown: boolean;
  /** Credits a new account gets; undefined until known (the offer stays hidden). */
  freeCredits: number | undefined;
  locales: readonly string[] | undefined;
  /** The "Sign up with GitHub" button, or nothing. */
  githubButton: ReactNode;
  /** Shown in place of the price table when it failed to load. */
  plansProblem?: ReactNode;
}

const NO_PRICE = "—";

export function LandingContent({
  plans,
  pricesKnown,
  freeCredits,
  locales,
  githubButton,
  plansProblem,
}: LandingContentProps) {
  const free = freeCredits ?? 0;
  const currency = plans?.[0]?.currency;
  return (
    <>
      <main className="page landing">
        <section className="hero" aria-labelledby="hero-heading">
          <h1 id="hero-heading">Practise backend interviews with an AI interviewer</h1>
          <p className="lede">
            Topic by topic, tailored to the job you want: every answer scored with specific feedback, and a report that
            tells you where you stand and what to study next.
          </p>
          <p className="free-offer" data-free-offer="" hidden={free < 1}>
            <strong data-free-headline="">{free >= 1 ? freeOfferHeadline(free) : ""}</strong>: create an account and
            start — no card needed.
          </p>
          <div className="actions">
            <Link to="/sign-up" className="btn btn-primary">
              Start practising
            </Link>
            {githubButton}
            <Link to="/sign-in" className="btn">
              Sign in
            </Link>
          </div>
          <p className="field-error" role="alert" data-github-error="" hidden />
        </section>

        <section aria-labelledby="how-heading">
          <h2 id="how-heading">How an interview works</h2>
          <ol className="steps">
            <li>
              <strong>Plan it.</strong> Pick topics — coding, system design, databases, behavioral and more — the number
              of questions, a difficulty and a time limit, or paste a job description and let it decide.
            </li>
            <li>
              <strong>Answer.</strong> Write your answers; coding questions get a real code editor. Feedback streams in
              as the interviewer reads your answer, with a score from 1 to 10, what earned points in your own words,
              what was missing and a model answer.
            </li>
            <li>
              <strong>Improve.</strong> Retry a question once, then read the report: per-topic scores, a readiness
              verdict for your level and a study list. Your dashboard tracks your progress over time.
            </li>
          </ol>
        </section>

        <section aria-labelledby="sample-heading">
          <h2 id="sample-heading">What a report looks like</h2>
          <p>An excerpt of a real report: the scores, the verdict, and one answer with its evaluation.</p>
          <SampleReport />
        </section>

        <section aria-labelledby="plans-heading">
          <h2 id="plans-heading">Plans</h2>
          <p>
            Each interview uses one credit. Buy credits one at a time, or subscribe for a monthly allowance — from the
            Billing page once you have an account. Taxes may be added at checkout.
          </p>
          {plansProblem}
          {!plans && !plansProblem && (
            <p className="loading" role="status">
              Loading plans…
            </p>
          )}
          {plans && (
            <ul className="plan-grid price-table">
              <li className="card plan-card" data-free-offer="" hidden={free < 1}>
                <h3>Free</h3>
                <p className="plan-price">
                  <span className="plan-amount" data-free-price="">
                    {pricesKnown && currency ? formatPrice({ priceMinorUnits: 0, currency }, locales) : NO_PRICE}
                  </span>{" "}
                  <span className="muted">to start</span>
                </p>
                <p className="plan-credits" data-free-credits="">
                  {free >= 1 ? freeOfferCredits(free) : ""}
                </p>
                <ul className="plan-includes">
                  <li>Given once to every new account</li>
                  <li>The whole interview, feedback and report</li>
                  <li>No card needed</li>
                </ul>
                <Link to="/sign-up" className="btn btn-primary">
                  Start free
                </Link>
              </li>
              {plans.map((plan) => (
                <li key={plan.id} className="card plan-card" data-plan={plan.id}>
                  <h3>{plan.name}</h3>
                  <p className="plan-price">
                    <span className="plan-amount" data-price-for={plan.id}>
                      {pricesKnown ? formatPrice(plan, locales) : NO_PRICE}
                    </span>{" "}
                    <span className="muted">{intervalLabel(plan.interval)}</span>
                  </p>
                  <p className="plan-credits">{creditsLabel(plan.credits, plan.interval)}</p>
                  <p className="muted plan-unit-price" data-per-interview-for={plan.id}>
                    {pricesKnown ? pricePerInterview(plan, plan.credits, locales) : ""}
                  </p>
                  <ul className="plan-includes">
                    {plan.includes.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                  {/* Buying needs an account: Billing asks to sign in first, then offers the plan. */}
                  <Link to="/billing" className="btn">
                    Choose {plan.name}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      </main>
      <SiteFooter />
    </>
  );
}
