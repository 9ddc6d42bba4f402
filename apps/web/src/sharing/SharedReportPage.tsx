// A report someone shared, at /shared/:token: public (no sign-in), read-only, and not for search
// engines (the robots meta here; the server also sends X-Robots-Tag for /shared/*). It shows what
// the owner's report page shows of the interview (scores, readiness, topics, study list, plan, each
// answer with its evaluation) and nothing of the account: no name, no email, no retry or export.
// An unknown, revoked or expired link shows one "not available" page; the server does not say which.
import type { AppRouter } from "@interviewer/api";
import { isTRPCClientError } from "@trpc/client";
import { Link, useParams } from "react-router";
import { trpc } from "../api/trpc.ts";
import { PlanSummary } from "../report/PlanSummary.tsx";
import { QuestionIndex } from "../report/QuestionIndex.tsx";
import { ReportEntryItem } from "../report/ReportEntryItem.tsx";
import { ReportSummary } from "../report/ReportSummary.tsx";
import { StudyList } from "../report/StudyList.tsx";
import { useReportSections } from "../report/use-report-sections.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { formatDate, formatDateTime } from "../ui/format.ts";
import { Loading } from "../ui/Loading.tsx";
import { usePageTitle } from "../ui/use-page-title.ts";
import { sharedReportEntries } from "./shared-report-entries.ts";
import "../report/report.css";
import "./sharing.css";

/** Gone, revoked, expired, or never a link: the same answer for each (BAD_REQUEST for a mangled one). */
function isUnavailable(error: unknown): boolean {
  if (!isTRPCClientError<AppRouter>(error)) return false;
  return error.data?.code === "NOT_FOUND" || error.data?.code === "BAD_REQUEST";
}

export default function SharedReportPage() {
  usePageTitle("Shared interview report");
  const { token = "" } = useParams();
  const shared = trpc.sharing.report.useQuery({ token }, { retry: false });
  const entries = shared.data ? sharedReportEntries(shared.data) : [];
  const { isOpen, setOpen, jumpTo, expandAll } = useReportSections(entries, { updateHash: false });

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
      <ReportSummary report={report} reader="shared" />
      <StudyList report={report} entries={entries} onJump={jumpTo} />
      <PlanSummary plan={plan} topicLabels={topicLabels} />
      {entries.length > 0 && <QuestionIndex entries={entries} onJump={jumpTo} onExpandAll={expandAll} />}
      <section aria-labelledby="transcript-heading">
        <h2 id="transcript-heading">Questions and answers</h2>
        <ol className="transcript">
          {entries.map((entry) => (
            <ReportEntryItem
              key={entry.turn.turnId}
              entry={entry}
              reader="shared"
              open={isOpen(entry)}
              onToggle={(open) => setOpen(entry.anchor, open)}
            />
          ))}
        </ol>
      </section>
      <p className="muted no-print">
        Practised with Interviewer. <Link to="/">Practise your own interview</Link>
      </p>
    </main>
  );
}
