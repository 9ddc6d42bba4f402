// One answer's evaluation: score on the shared colour scale, feedback, strengths, gaps, the most
// useful improvement and an outline of a model answer. Used by the room and the report.
import type { RouterOutputs } from "@interviewer/api";
import { ScoreBadge } from "../ui/ScoreBadge.tsx";

export type AnswerEvaluation = NonNullable<RouterOutputs["interview"]["transcript"]["turns"][number]["evaluation"]>;

export function EvaluationDetails({
  evaluation,
  headingLevel = 3,
}: {
  evaluation: AnswerEvaluation;
  headingLevel?: 2 | 3 | 4;
}) {
  const Heading = `h${headingLevel}` as "h3";
  return (
    <div className="evaluation stack" data-testid="evaluation">
      <p className="evaluation-score">
        Score <ScoreBadge percent={evaluation.score * 10} outOfTen />
      </p>
      <p>{evaluation.feedback.summary}</p>
      <div className="evaluation-columns">
        <div>
          <Heading>Strengths</Heading>
          {evaluation.feedback.strengths.length > 0 ? (
            <ul>
              {evaluation.feedback.strengths.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">None noted.</p>
          )}
        </div>
        <div>
          <Heading>Gaps</Heading>
          {evaluation.feedback.gaps.length > 0 ? (
            <ul>
              {evaluation.feedback.gaps.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">None noted.</p>
          )}
        </div>
      </div>
      <Heading>Improve next time</Heading>
      <p>{evaluation.feedback.improvement}</p>
      <details>
        <summary>Model answer outline</summary>
        <ol>
          {evaluation.modelAnswerOutline.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ol>
      </details>
    </div>
  );
}
