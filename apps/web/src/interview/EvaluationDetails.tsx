// One answer's evaluation: score on the shared colour scale, the summary, then what the score rests on
// in the candidate's own words (the sentence behind each covered point, each wrong claim quoted and
// corrected, each missed point with how a strong answer says it), the most useful improvement and the
// full model answer. Used by the room and the report. Evaluations stored before evidence existed show
// their strengths and gaps instead. An answer with a diagram shows the structural grader's notes on it.
import type { RouterOutputs } from "@interviewer/api";
import { ScoreBadge } from "../ui/ScoreBadge.tsx";
import { DiagramNotes } from "../whiteboard/DiagramNotes.tsx";

export type AnswerEvaluation = NonNullable<RouterOutputs["interview"]["transcript"]["turns"][number]["evaluation"]>;

function FeedbackList({ items }: { items: readonly string[] }) {
  if (items.length === 0) return <p className="muted">None noted.</p>;
  return (
    <ul>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

export function EvaluationDetails({
  evaluation,
  headingLevel = 3,
  showDiagramNotes = true,
}: {
  evaluation: AnswerEvaluation;
  headingLevel?: 2 | 3 | 4;
  /** False where the page shows the grader's diagram notes beside the diagram itself (reports). */
  showDiagramNotes?: boolean;
}) {
  const Heading = `h${headingLevel}` as "h3";
  const { evidence } = evaluation;
  const hasEvidence =
    evidence.covered.length + evidence.missed.length + evidence.wrongClaims.length + evidence.flagged.length > 0;
  // The built-in grader's strengths and gaps are the evidence in sentence form; a model's add to it.
  const showStrengthsAndGaps = !hasEvidence || evaluation.provider !== "builtin";
  return (
    <div className="evaluation stack" data-testid="evaluation">
      <p className="evaluation-score">
        Score <ScoreBadge percent={evaluation.score * 10} outOfTen />
      </p>
      <p>{evaluation.feedback.summary}</p>
      {showDiagramNotes && evaluation.diagram && (
        <DiagramNotes evaluation={evaluation.diagram} headingLevel={headingLevel} />
      )}
      {evidence.wrongClaims.length > 0 && (
        <section className="evidence evidence-wrong" aria-label="Incorrect claims">
          <Heading>Incorrect claims</Heading>
          <ul>
            {evidence.wrongClaims.map((item) => (
              <li key={item.quote}>
                <blockquote>{item.quote}</blockquote>
                <p>{item.correction}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {hasEvidence && (
        <div className="evaluation-columns">
          <section className="evidence evidence-covered" aria-label="What earned points">
            <Heading>
              What earned points ({evidence.covered.length} of {evidence.covered.length + evidence.missed.length})
            </Heading>
            {evidence.covered.length > 0 ? (
              <ul>
                {evidence.covered.map((item) => (
                  <li key={item.point}>
                    <strong>{item.point}</strong>
                    <blockquote>{item.quote}</blockquote>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">No key point was made yet.</p>
            )}
          </section>
          <section className="evidence evidence-missed" aria-label="Not covered">
            <Heading>Not covered</Heading>
            {evidence.missed.length > 0 ? (
              <ul>
                {evidence.missed.map((item) => (
                  <li key={item.point}>
                    <strong>{item.point}</strong>
                    {item.hint && <p className="muted">A strong answer says: “{item.hint}”</p>}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">Every key point was covered.</p>
            )}
          </section>
        </div>
      )}
      {evidence.flagged.length > 0 && (
        <section className="evidence" aria-label="Not graded">
          <Heading>Not graded</Heading>
          <p className="muted">These sentences were addressed to the grader, so they were not graded:</p>
          <ul>
            {evidence.flagged.map((quote) => (
              <li key={quote}>
                <blockquote>{quote}</blockquote>
              </li>
            ))}
          </ul>
        </section>
      )}
      {showStrengthsAndGaps && (
        <div className="evaluation-columns">
          <div>
            <Heading>Strengths</Heading>
            <FeedbackList items={evaluation.feedback.strengths} />
          </div>
          <div>
            <Heading>Gaps</Heading>
            <FeedbackList items={evaluation.feedback.gaps} />
          </div>
        </div>
      )}
      <Heading>Improve next time</Heading>
      <p>{evaluation.feedback.improvement}</p>
      <details>
        <summary>{evaluation.modelAnswer ? "Model answer" : "Model answer outline"}</summary>
        {evaluation.modelAnswer && <p className="model-answer">{evaluation.modelAnswer}</p>}
        <ol>
          {evaluation.modelAnswerOutline.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ol>
      </details>
    </div>
  );
}
