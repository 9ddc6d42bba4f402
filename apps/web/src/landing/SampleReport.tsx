// An excerpt of a real report, drawn with the report page's own pieces (score badges, topic bars,
// the evaluation of one answer), so a visitor sees exactly what they will get.
import { EvaluationDetails } from "../interview/EvaluationDetails.tsx";
import { VERDICT_LABELS } from "../ui/format.ts";
import { ScoreBadge } from "../ui/ScoreBadge.tsx";
import { scoreTone } from "../ui/score-scale.ts";
import { SAMPLE_EVALUATION, SAMPLE_REPORT } from "./sample-report.ts";

export function SampleReport() {
  const report = SAMPLE_REPORT;
  return (
    <figure className="sample-report" aria-labelledby="sample-caption">
      <figcaption id="sample-caption" className="sample-caption">
        <span className="eyebrow">Sample report</span> A mid-level practice interview: {report.answeredQuestions}{" "}
        questions answered, graded by the built-in interviewer.
      </figcaption>
      <div className="summary-grid">
        <div className="card stack">
          <h3>Overall</h3>
          <p className="big-number">
            <ScoreBadge percent={report.overallPercent} />
          </p>
        </div>
        <div className="card stack">
          <h3>Readiness</h3>
          <p className={`verdict verdict-${report.verdict}`}>{VERDICT_LABELS[report.verdict]}</p>
          <p className="muted">{report.verdictReason}</p>
        </div>
      </div>
      <div className="card stack">
        <h3>By topic</h3>
        <ul className="topic-bars">
          {report.topics.map((topic) => (
            <li key={topic.topic}>
              <span className="topic-name">{topic.label}</span>
              <span className="bar" aria-hidden="true">
                <span className={`bar-fill tone-${scoreTone(topic.percent)}`} style={{ width: `${topic.percent}%` }} />
              </span>
              <ScoreBadge percent={topic.percent} />
            </li>
          ))}
        </ul>
      </div>
      <div className="card stack">
        <p className="eyebrow">{report.question.topicLabel}</p>
        <h3>{report.question.text}</h3>
        <pre className="answer-pre">{report.question.answer}</pre>
        <EvaluationDetails evaluation={SAMPLE_EVALUATION} headingLevel={4} />
      </div>
    </figure>
  );
}
