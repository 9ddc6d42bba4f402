// The retry screen's memory: what the first attempt missed (the evaluation's missed points with how
// a strong answer says them, the claims it got wrong, the one improvement), then the first attempt
// itself, collapsed, so the second attempt starts from the gaps rather than from a blank page.
import type { RouterOutputs } from "@interviewer/api";
import { AnswerView } from "../report/AnswerView.tsx";
import { ScoreBadge } from "../ui/ScoreBadge.tsx";
// The answer's prose and code blocks are styled with the report's rules.
import "../report/report.css";

type FirstAttemptView = NonNullable<NonNullable<RouterOutputs["interview"]["get"]["currentQuestion"]>["firstAttempt"]>;

export function FirstAttempt({
  attempt,
  codeLanguage,
}: {
  attempt: FirstAttemptView;
  /** The language of an unfenced answer to a coding question. */
  codeLanguage: string | null;
}) {
  const evaluation = attempt.evaluation;
  const missed = evaluation?.evidence.missed ?? [];
  const wrong = evaluation?.evidence.wrongClaims ?? [];
  // Evaluations stored before evidence existed name their gaps in sentences instead.
  const gaps = missed.length === 0 && wrong.length === 0 ? (evaluation?.feedback.gaps ?? []) : [];
  return (
    <section className="card stack first-attempt" aria-labelledby="first-attempt-heading" data-testid="first-attempt">
      <h2 id="first-attempt-heading">What to add this time</h2>
      {missed.length > 0 && (
        <ul className="gap-list">
          {missed.map((item) => (
            <li key={item.point}>
              <strong>{item.point}</strong>
              {item.hint && <span className="muted"> A strong answer says: “{item.hint}”</span>}
            </li>
          ))}
        </ul>
      )}
      {wrong.length > 0 && (
        <ul className="gap-list">
          {wrong.map((item) => (
            <li key={item.quote}>
              <strong>Correct this:</strong> “{item.quote}” — {item.correction}
            </li>
          ))}
        </ul>
      )}
      {gaps.length > 0 && (
        <ul className="gap-list">
          {gaps.map((gap) => (
            <li key={gap}>{gap}</li>
          ))}
        </ul>
      )}
      {evaluation && <p>{evaluation.feedback.improvement}</p>}
      <details className="first-attempt-answer">
        <summary className="first-attempt-summary">
          Your first attempt <ScoreBadge percent={attempt.score === null ? null : attempt.score * 10} outOfTen />
        </summary>
        {attempt.skipped ? (
          <p className="muted">Skipped.</p>
        ) : (
          <AnswerView answer={attempt.answer} codeLanguage={codeLanguage} />
        )}
      </details>
    </section>
  );
}
