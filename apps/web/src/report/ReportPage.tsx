// The report of a finished interview, laid out to study from: the verdict and scores first (the
// overall score coloured by the verdict, so colour and words agree), the plan and job description,
// the study list by topic with what to read, then a question index that jumps to collapsible
// sections holding each answer (code highlighted) and its evaluation. Exports to Markdown and prints
// cleanly (report.css: every section open, no navigation).
import { useEffect } from "react";
import { Link, useParams } from "react-router";
import { trpc } from "../api/trpc.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { formatDateTime } from "../ui/format.ts";
import { Loading } from "../ui/Loading.tsx";
import { usePageTitle } from "../ui/use-page-title.ts";
import { DeliverySummary } from "../voice/DeliverySummary.tsx";
import { downloadMarkdown } from "./download-markdown.ts";
import { PlanSummary } from "./PlanSummary.tsx";
import { QuestionIndex } from "./QuestionIndex.tsx";
import { ReportEntryItem } from "./ReportEntryItem.tsx";
import { ReportSummary } from "./ReportSummary.tsx";
import { reportEntries, roleFromJobDescription } from "./report-entries.ts";
import { ShareReport } from "./ShareReport.tsx";
import { StudyList } from "./StudyList.tsx";
import { useReportSections } from "./use-report-sections.ts";
import "./report.css";

export default function ReportPage() {
  usePageTitle("Interview report");
  const { interviewId = "" } = useParams();
  const report = trpc.interview.report.useQuery({ interviewId });
  const transcript = trpc.interview.transcript.useQuery({ interviewId });
  const exportMarkdown = trpc.interview.exportMarkdown.useQuery({ interviewId }, { enabled: false });
  const entries = transcript.data ? reportEntries(transcript.data) : [];
  const { isOpen, setOpen, jumpTo, expandAll } = useReportSections(entries, { updateHash: true });

  // A link to #question-3 opens that question once the transcript is there.
  const loaded = transcript.data !== undefined;
  useEffect(() => {
    const anchor = window.location.hash.slice(1);
    if (loaded && /^question-\d+$/.test(anchor)) jumpTo({ anchor });
  }, [loaded, jumpTo]);

  // A printed report shows everything: open every section and model answer before printing.
  useEffect(() => {
    const openAll = () => {
      for (const details of document.querySelectorAll("details")) details.open = true;
    };
    window.addEventListener("beforeprint", openAll);
    return () => window.removeEventListener("beforeprint", openAll);
  }, []);

  if (report.isPending) return <Loading label="Loading the report…" />;
  if (report.error) {
    return (
      <main className="page">
        <ErrorMessage error={report.error} onRetry={() => void report.refetch()} />
        <Link to="/dashboard">Back to the dashboard</Link>
      </main>
    );
  }
  const { report: data, endedAt } = report.data;
  const plan = transcript.data?.plan ?? null;
  const role = roleFromJobDescription(plan?.jobDescription ?? null);
  const topicLabels = new Map<string, string>(data.topics.map((topic) => [topic.topic, topic.label]));
  const planned = plan ? plan.topics.length * plan.questionsPerTopic : null;

  async function exportReport() {
    // refetch (not fetch) so a failure lands in exportMarkdown.error and is shown above.
    const { data: file } = await exportMarkdown.refetch();
    if (file) downloadMarkdown(file.filename, file.markdown);
  }

  return (
    <main className="page report">
      <header className="report-header">
        <div>
          <h1>Interview report</h1>
          {role && <p className="report-role">{role}</p>}
          <p className="muted">
            Ended {formatDateTime(endedAt)} · {data.targetLevel} level · {data.answeredQuestions} answered
            {planned !== null && ` of ${planned} planned`}
          </p>
        </div>
        <div className="actions no-print">
          <button type="button" className="btn" onClick={() => void exportReport()}>
            Export as Markdown
          </button>
          <button type="button" className="btn" onClick={() => window.print()}>
            Print
          </button>
        </div>
      </header>
      <ErrorMessage error={exportMarkdown.error} />
      <ReportSummary report={data} reader="owner" />
      {data.delivery && <DeliverySummary summary={data.delivery} />}
      <StudyList report={data} entries={entries} onJump={jumpTo} />
      {plan && <PlanSummary plan={plan} topicLabels={topicLabels} />}
      <ShareReport interviewId={interviewId} />
      {entries.length > 0 && <QuestionIndex entries={entries} onJump={jumpTo} onExpandAll={expandAll} />}
      <section aria-labelledby="transcript-heading">
        <h2 id="transcript-heading">Questions and answers</h2>
        {transcript.isPending && <Loading label="Loading the transcript…" />}
        <ErrorMessage error={transcript.error} onRetry={() => void transcript.refetch()} />
        <ol className="transcript">
          {entries.map((entry) => (
            <ReportEntryItem
              key={entry.turn.turnId}
              entry={entry}
              reader="owner"
              open={isOpen(entry)}
              onToggle={(open) => setOpen(entry.anchor, open)}
            />
          ))}
        </ol>
      </section>
      <p className="no-print">
        <Link to="/dashboard">Back to the dashboard</Link>
      </p>
    </main>
  );
}
