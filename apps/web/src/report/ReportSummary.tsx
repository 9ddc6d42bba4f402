// The top of a report, the same on the owner's page and on a shared link: the overall score coloured
// by the verdict (so colour and words agree), readiness, each topic's bar, strengths and weaknesses.
// `reader` only changes who the words speak to ("your answers" for the owner).
import type { RouterOutputs } from "@interviewer/api";
import { VERDICT_LABELS } from "../ui/format.ts";
import { ScoreBadge } from "../ui/ScoreBadge.tsx";
import { scoreTone } from "../ui/score-scale.ts";

type Report = RouterOutputs["interview"]["report"]["report"];

/** The verdict's colour: the same three tones as scores, so "Almost ready" is never next to green. */
const VERDICT_TONES = { ready: "high", almost: "mid", not_ready: "low" } as const;

export function ReportSummary({ report, reader }: { report: Report; reader: "owner" | "shared" }) {
  const owner = reader === "owner";
  return (
    <>
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
          <p className="muted">
            The mean of {owner ? "your" : "the"} answers' scores, each question counted once (its last attempt).
          </p>
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
        <p className="muted tone-legend">
          Topic colours: green is strong (70% or more), amber is 50–69%, orange is under 50% (a weak topic).
        </p>
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
            <p className="muted">{owner ? "None yet — keep practising." : "None noted."}</p>
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
    </>
  );
}
