// The structural grader's notes on a drawing, in the candidate's own labels: what the diagram shows,
// what it is missing, and components left without a connection. Shown with the feedback right after
// submitting (EvaluationDetails), and beside the diagram in the report and the shared report.
import type { DiagramEvaluation } from "@interviewer/engine";

export function DiagramNotes({
  evaluation,
  headingLevel = 4,
}: {
  evaluation: DiagramEvaluation;
  headingLevel?: 2 | 3 | 4;
}) {
  const { present, missing, unconnected, notGradedReason, structureScore } = evaluation;
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="stack diagram-notes" data-testid="diagram-notes" aria-label="Your diagram">
      <Heading>Your diagram</Heading>
      {structureScore !== null && (
        <p className="muted">It shows {Math.round(structureScore * 100)}% of what this design needs.</p>
      )}
      {notGradedReason && <p className="muted">{notGradedReason}</p>}
      {present.length > 0 && (
        <>
          <p className="field-label">Shown</p>
          <ul>
            {present.map((item) => (
              <li key={`${item.category}:${item.element}`}>{item.note}</li>
            ))}
          </ul>
        </>
      )}
      {missing.length > 0 && (
        <>
          <p className="field-label">Missing</p>
          <ul>
            {missing.map((item) => (
              <li key={`${item.category}:${item.element}`}>{item.why}</li>
            ))}
          </ul>
        </>
      )}
      {unconnected.length > 0 && (
        <p>
          Not connected to anything:{" "}
          {unconnected.map((label) => (label === "" ? "an unlabelled box" : label)).join(", ")}.
        </p>
      )}
    </section>
  );
}
