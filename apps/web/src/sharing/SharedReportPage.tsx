// A report someone shared, at /shared/:token: public (no sign-in), read-only, and not for search
// engines (the robots meta here; the server also sends X-Robots-Tag for /shared/*). It shows what
// the owner's report page shows of the interview (scores, readiness, topics, study list, plan, each
// answer with its evaluation) and nothing of the account: no name, no email, no retry or export.
// An unknown, revoked or expired link shows one "not available" page; the server does not say which.
import type { AppRouter } from "@interviewer/api";
import { isTRPCClientError } from "@trpc/client";
import { useCallback, useState } from "react";
import { Link, useParams } from "react-router";
import { trpc } from "../api/trpc.ts";
import { EvaluationDetails } from "../interview/EvaluationDetails.tsx";
import { AnswerView } from "../report/AnswerView.tsx";
import { PlanSummary } from "../report/PlanSummary.tsx";
import { QuestionIndex } from "../report/QuestionIndex.tsx";
import type { ReportEntry } from "../report/report-entries.ts";
import { StudyList } from "../report/StudyList.tsx";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { formatDate, formatDateTime, VERDICT_LABELS } from "../ui/format.ts";
import { Loading } from "../ui/Loading.tsx";
import { ScoreBadge } from "../ui/ScoreBadge.tsx";
import { scoreTone } from "../ui/score-scale.ts";
import { usePageTitle } from "../ui/use-page-title.ts";
import { sharedReportEntries } from "./shared-report-entries.ts";
import "../report/report.css";
import "./sharing.css";

const VERDICT_TONES = { ready: "high", almost: "mid", not_ready: "low" } as const;
const OPEN_BY_DEFAULT_UP_TO = 3;

/** Gone, revoked, expired, or never a link: the same answer for each (BAD_REQUEST for a mangled one). */
function isUnavailable(error: unknown): boolean {
  if (!isTRPCClientError<AppRouter>(error)) return false;
  return error.data?.code === "NOT_FOUND" || error.data?.code === "BAD_REQUEST";
}

export default function SharedReportPage() {
  usePageTitle("Shared interview report");
  const { token = "" } = useParams();
  const shared = trpc.sharing.report.useQuery({ token }, { retry: false });
  const [openState, setOpenState] = useState<Record<string, boolean>>({});
  const entries = shared.data ? sharedReportEntries(shared.data) : [];
  const isOpen = (entry: ReportEntry) => openState[entry.anchor] ?? entries.length <= OPEN_BY_DEFAULT_UP_TO;
  const setOpen = useCallback(
    (anchor: string, open: boolean) =>
      setOpenState((state) => (state[anchor] === open ? state : { ...state, [anchor]: open })),
    [],
  );
  const jumpTo = useCallback(
    (entry: Pick<ReportEntry, "anchor">) => {
      setOpen(entry.anchor, true);
      requestAnimationFrame(() => {
        const section = document.getElementById(entry.anchor);
        section?.scrollIntoView({ block: "start" });
        section?.querySelector<HTMLElement>("summary")?.focus({ preventScroll: true });
      });
    },
    [setOpen],
  );

  // React hoists <meta> into the document head; this page is never to be indexed.
  const noindex = <meta name="robots" content="noindex, nofollow" />;
  if (shared.isPending) {
    return (
      <>
        {noindex}
        <Loading label="Loading the shared report…" />
      </>
    );
  }
  if (shared.error) {
    return (
      <main className="page narrow">
        {noindex}
        {isUnavailable(shared.error) ? (
          <>
            <h1>This shared report is not available</h1>
            <p>The link may have been revoked by its owner, it may have expired, or it may be mistyped.</p>
          </>
        ) : (
          <>
            <h1>Shared interview report</h1>
            <ErrorMessage error={shared.error} onRetry={() => void shared.refetch()} />
          </>
        )}
        <Link to="/" className="btn btn-primary">
          Go to the home page
        </Link>
      </main>
    );
  }

  const { report, plan } = shared.data;
  const topicLabels = new Map<string, string>(report.topics.map((topic) => [topic.topic, topic.label]));
  return (
    <main className="page report shared-report">
      {noindex}
      <header className="report-header">
        <div>
          <p className="eyebrow">Shared interview report</p>
          <h1>{shared.data.title}</h1>
          <p className="muted">
            Ended {formatDateTime(shared.data.endedAt)} · {report.targetLevel} level · {report.answeredQuestions}{" "}
            answered of {plan.topics.length * plan.questionsPerTopic} planned
          </p>
          <p className="muted">
            Shared {formatDate(shared.data.sharedAt)}
            {shared.data.expiresAt ? ` · link expires ${formatDate(shared.data.expiresAt)}` : ""}
          </p>
        </div>
      </header>
      <section className="summary-grid">
        <div className="card stack">
          <h2>Overall</h2>
          <p className="big-number" data-testid="overall-score">
            {report.overallPercent === null ? (
              <ScoreBadge percent={null} />
            ) : (
              <span className={`score-badge score-${report.verdict ? VERDICT_TONES[report.verdict] : "none"}`}>
                {Math.round(report.overallPercent)}%
              </span>
            )}
          </p>
          <p className="muted">The mean of the answers' scores, each question counted once (its last attempt).</p>
        </div>
        <div className="card stack">
          <h2>Readiness</h2>
          <p className={`verdict verdict-${report.verdict ?? "none"}`} data-testid="report-verdict">
            {report.verdict ? `${VERDICT_LABELS[report.verdict]} for ${report.targetLevel}` : "No verdict"}
          </p>
          <p className="muted">{report.verdictReason}</p>
        </div>
      </section>
      <section className="card stack" aria-labelledby="topics-heading">
        <h2 id="topics-heading">By topic</h2>
        <ul className="topic-bars">
          {report.topics.map((topic) => (
            <li key={topic.topic}>
              <span className="topic-name">
                {topic.label}
                <span className="muted"> · {topic.answeredQuestions} answered</span>
              </span>
              <span className="bar" aria-hidden="true">
                <span
                  className={`bar-fill tone-${scoreTone(topic.percent ?? 0)}`}
                  style={{ width: `${topic.percent ?? 0}%` }}
                />
              </span>
              <ScoreBadge percent={topic.percent} />
            </li>
          ))}
        </ul>
      </section>
      <div className="evaluation-columns">
        <section className="card">
          <h2>Strengths</h2>
          {report.strengths.length ? (
            <ul>
              {report.strengths.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">None noted.</p>
          )}
        </section>
        <section className="card">
          <h2>Weaknesses</h2>
          {report.weaknesses.length ? (
            <ul>
              {report.weaknesses.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">No weak topics.</p>
          )}
        </section>
      </div>
      <StudyList report={report} entries={entries} onJump={jumpTo} />
      <PlanSummary plan={plan} topicLabels={topicLabels} />
      {entries.length > 0 && (
        <QuestionIndex
          entries={entries}
          onJump={jumpTo}
          onExpandAll={(open) => setOpenState(Object.fromEntries(entries.map((entry) => [entry.anchor, open])))}
        />
      )}
      <section aria-labelledby="transcript-heading">
        <h2 id="transcript-heading">Questions and answers</h2>
        <ol className="transcript">
          {entries.map((entry) => (
            <li key={entry.turn.turnId} id={entry.anchor} className="card report-entry">
              <details open={isOpen(entry)} onToggle={(event) => setOpen(entry.anchor, event.currentTarget.open)}>
                <summary>
                  <span className="entry-heading">
                    <span className="eyebrow">
                      Question {entry.number} · {entry.turn.topicLabel}
                      {entry.turn.kind === "follow-up" && " · follow-up"}
                    </span>
                    <span className="entry-question">{entry.turn.question}</span>
                  </span>
                  <ScoreBadge percent={entry.turn.evaluation ? entry.turn.evaluation.score * 10 : null} outOfTen />
                </summary>
                <div className="entry-body stack">
                  <h3 className="entry-label">Answer</h3>
                  <AnswerView answer={entry.turn.answer} codeLanguage={entry.codeLanguage} />
                  {entry.turn.evaluation && <EvaluationDetails evaluation={entry.turn.evaluation} headingLevel={4} />}
                </div>
              </details>
            </li>
          ))}
        </ol>
      </section>
      <p className="muted no-print">
        Practised with Interviewer. <Link to="/">Practise your own interview</Link>
      </p>
    </main>
  );
}
