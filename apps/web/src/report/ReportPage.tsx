// The report of a finished interview, laid out to study from: the verdict and scores first (the
// overall score coloured by the verdict, so colour and words agree), the plan and job description,
// the study list by topic with what to read, then a question index that jumps to collapsible
// sections holding each answer (code highlighted) and its evaluation. Exports to Markdown and prints
// cleanly (report.css: every section open, no navigation).
import { useCallback, useEffect, useState } from "react";
import { Link, useParams } from "react-router";
import { trpc } from "../api/trpc.ts";
import { CodeRunResults } from "../interview/CodeRunResults.tsx";
import { EvaluationDetails } from "../interview/EvaluationDetails.tsx";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { formatDateTime, VERDICT_LABELS } from "../ui/format.ts";
import { Loading } from "../ui/Loading.tsx";
import { ScoreBadge } from "../ui/ScoreBadge.tsx";
import { scoreTone } from "../ui/score-scale.ts";
import { usePageTitle } from "../ui/use-page-title.ts";
import { AnswerView } from "./AnswerView.tsx";
import { downloadMarkdown } from "./download-markdown.ts";
import { PlanSummary } from "./PlanSummary.tsx";
import { QuestionIndex } from "./QuestionIndex.tsx";
import { type ReportEntry, reportEntries, roleFromJobDescription } from "./report-entries.ts";
import { ShareReport } from "./ShareReport.tsx";
import { StudyList } from "./StudyList.tsx";
import "./report.css";

/** The verdict's colour: the same three tones as scores, so "Almost ready" is never next to green. */
const VERDICT_TONES = { ready: "high", almost: "mid", not_ready: "low" } as const;
/** Short interviews read best open; longer ones start folded, with the index to find a question. */
const OPEN_BY_DEFAULT_UP_TO = 3;

export default function ReportPage() {
  usePageTitle("Interview report");
  const { interviewId = "" } = useParams();
  const report = trpc.interview.report.useQuery({ interviewId });
  const transcript = trpc.interview.transcript.useQuery({ interviewId });
  const exportMarkdown = trpc.interview.exportMarkdown.useQuery({ interviewId }, { enabled: false });
  const entries = transcript.data ? reportEntries(transcript.data) : [];
  const [openState, setOpenState] = useState<Record<string, boolean>>({});
  const isOpen = (entry: ReportEntry) => openState[entry.anchor] ?? entries.length <= OPEN_BY_DEFAULT_UP_TO;
  const setOpen = useCallback(
    (anchor: string, open: boolean) =>
      setOpenState((state) => (state[anchor] === open ? state : { ...state, [anchor]: open })),
    [],
  );

  /** Opens the question's section, brings it into view and moves focus there (keyboard users follow). */
  const jumpTo = useCallback(
    (entry: Pick<ReportEntry, "anchor">) => {
      setOpen(entry.anchor, true);
      window.history.replaceState(window.history.state, "", `#${entry.anchor}`);
      requestAnimationFrame(() => {
        const section = document.getElementById(entry.anchor);
        section?.scrollIntoView({ block: "start" });
        section?.querySelector<HTMLElement>("summary")?.focus({ preventScroll: true });
      });
    },
    [setOpen],
  );

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
      <section className="summary-grid">
        <div className="card stack">
          <h2>Overall</h2>
          <p className="big-number" data-testid="overall-score">
            {data.overallPercent === null ? (
              <ScoreBadge percent={null} />
            ) : (
              <span className={`score-badge score-${data.verdict ? VERDICT_TONES[data.verdict] : "none"}`}>
                {Math.round(data.overallPercent)}%
              </span>
            )}
          </p>
          <p className="muted">The mean of your answers' scores, each question counted once (its last attempt).</p>
        </div>
        <div className="card stack">
          <h2>Readiness</h2>
          <p className={`verdict verdict-${data.verdict ?? "none"}`} data-testid="report-verdict">
            {data.verdict ? `${VERDICT_LABELS[data.verdict]} for ${data.targetLevel}` : "No verdict"}
          </p>
          <p className="muted">{data.verdictReason}</p>
        </div>
      </section>
      <section className="card stack" aria-labelledby="topics-heading">
        <h2 id="topics-heading">By topic</h2>
        <ul className="topic-bars">
          {data.topics.map((topic) => (
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
        <p className="muted tone-legend">
          Topic colours: green is strong (70% or more), amber is 50–69%, orange is under 50% (a weak topic).
        </p>
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
            <li key={entry.turn.turnId} id={entry.anchor} className="card report-entry">
              <details open={isOpen(entry)} onToggle={(event) => setOpen(entry.anchor, event.currentTarget.open)}>
                <summary>
                  <span className="entry-heading">
                    <span className="eyebrow">
                      Question {entry.number} · {entry.turn.topicLabel}
                      {entry.turn.kind === "follow-up" && " · follow-up"}
                      {entry.turn.attempt > 1 && " · second attempt"}
                    </span>
                    <span className="entry-question">{entry.turn.question}</span>
                  </span>
                  <ScoreBadge percent={entry.turn.evaluation ? entry.turn.evaluation.score * 10 : null} outOfTen />
                </summary>
                <div className="entry-body stack">
                  <h3 className="entry-label">Your answer</h3>
                  <AnswerView answer={entry.turn.answer} codeLanguage={entry.codeLanguage} />
                  {entry.turn.codeResult && (
                    <CodeRunResults result={entry.turn.codeResult} tests="hidden" headingLevel={4} />
                  )}
                  {entry.turn.evaluation && <EvaluationDetails evaluation={entry.turn.evaluation} headingLevel={4} />}
                </div>
              </details>
            </li>
          ))}
        </ol>
      </section>
      <p className="no-print">
        <Link to="/dashboard">Back to the dashboard</Link>
      </p>
    </main>
  );

  function expandAll(open: boolean) {
    setOpenState(Object.fromEntries(entries.map((entry) => [entry.anchor, open])));
  }
}
