// The report of a finished interview: overall and per-topic scores, readiness verdict, strengths and
// weaknesses, the study list and the full transcript with every evaluation. Exports to Markdown and
// prints cleanly (print CSS hides navigation and opens every detail).
import { useEffect } from "react";
import { Link, useParams } from "react-router";
import { trpc } from "../api/trpc.ts";
import { EvaluationDetails } from "../interview/EvaluationDetails.tsx";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { formatDateTime, VERDICT_LABELS } from "../ui/format.ts";
import { Loading } from "../ui/Loading.tsx";
import { ScoreBadge } from "../ui/ScoreBadge.tsx";
import { scoreTone } from "../ui/score-scale.ts";
import { usePageTitle } from "../ui/use-page-title.ts";
import { downloadMarkdown } from "./download-markdown.ts";

export default function ReportPage() {
  usePageTitle("Interview report");
  const { interviewId = "" } = useParams();
  const report = trpc.interview.report.useQuery({ interviewId });
  const transcript = trpc.interview.transcript.useQuery({ interviewId });
  const exportMarkdown = trpc.interview.exportMarkdown.useQuery({ interviewId }, { enabled: false });
  // A printed report shows everything: open the collapsed model-answer outlines before printing.
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
          <p className="muted">
            Ended {formatDateTime(endedAt)} · target level {data.targetLevel} · {data.answeredQuestions} answered
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
      <section className="summary-grid">
        <div className="card stack">
          <h2>Overall</h2>
          <p className="big-number" data-testid="overall-score">
            <ScoreBadge percent={data.overallPercent} />
          </p>
        </div>
        <div className="card stack">
          <h2>Readiness</h2>
          <p className={`verdict verdict-${data.verdict ?? "none"}`} data-testid="report-verdict">
            {data.verdict ? VERDICT_LABELS[data.verdict] : "No verdict"}
          </p>
          <p className="muted">{data.verdictReason}</p>
        </div>
      </section>
      <section className="card stack" aria-labelledby="topics-heading">
        <h2 id="topics-heading">By topic</h2>
        <ul className="topic-bars">
          {data.topics.map((topic) => (
            <li key={topic.topic}>
              <span className="topic-name">{topic.label}</span>
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
          {data.strengths.length ? (
            <ul>
              {data.strengths.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">None yet — keep practising.</p>
          )}
        </section>
        <section className="card">
          <h2>Weaknesses</h2>
          {data.weaknesses.length ? (
            <ul>
              {data.weaknesses.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">No weak topics.</p>
          )}
        </section>
      </div>
      <section className="card" aria-labelledby="study-heading">
        <h2 id="study-heading">Study list</h2>
        {data.studyList.length ? (
          <ol>
            {data.studyList.map((item) => (
              <li key={`${item.topic}-${item.keyPoint}`}>
                <strong>{item.keyPoint}</strong> <span className="muted">— from “{item.questionText}”</span>
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">Nothing missed. Well done.</p>
        )}
      </section>
      <section aria-labelledby="transcript-heading">
        <h2 id="transcript-heading">Transcript</h2>
        {transcript.isPending && <Loading label="Loading the transcript…" />}
        <ErrorMessage error={transcript.error} onRetry={() => void transcript.refetch()} />
        <ol className="transcript">
          {transcript.data?.turns.map((turn) => (
            <li key={turn.turnId} className="card stack">
              <p className="eyebrow">
                {turn.topicLabel}
                {turn.kind === "follow-up" && " · follow-up"}
                {turn.attempt > 1 && " · second attempt"}
              </p>
              <h3>{turn.question}</h3>
              {turn.answer ? <pre className="answer-pre">{turn.answer}</pre> : <p className="muted">Not answered.</p>}
              {turn.evaluation && <EvaluationDetails evaluation={turn.evaluation} headingLevel={4} />}
            </li>
          ))}
        </ol>
      </section>
      <p className="no-print">
        <Link to="/dashboard">Back to the dashboard</Link>
      </p>
    </main>
  );
}
