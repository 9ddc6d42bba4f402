// In the interview room, for a drill: says it is a drill and which missed points the open question
// practises (the drill's plan lists them per question, in order).
import type { RouterOutputs } from "@interviewer/api";
import "./drill.css";

type InterviewView = RouterOutputs["interview"]["get"];

export function DrillLabel({ view }: { view: InterviewView }) {
  const items = view.plan.drill;
  if (!items) return null;
  const number = view.progress.questionNumber;
  const item = number === null ? undefined : items[number - 1];
  return (
    <p className="muted" data-testid="drill-label">
      <span className="badge drill-badge">Drill</span>
      {item && (
        <span>
          {" "}
          Practising: {item.labels.slice(0, 3).join(", ")}
          {item.labels.length > 3 ? ` and ${item.labels.length - 3} more` : ""}
        </span>
      )}
    </p>
  );
}
