// The report's table of contents: every question with its topic and score, each a link that opens
// and scrolls to its section. Expand/collapse all sits with it.
import { ScoreBadge } from "../ui/ScoreBadge.tsx";
import type { ReportEntry } from "./report-entries.ts";

interface QuestionIndexProps {
  entries: readonly ReportEntry[];
  onJump(entry: ReportEntry): void;
  onExpandAll(open: boolean): void;
}

export function QuestionIndex({ entries, onJump, onExpandAll }: QuestionIndexProps) {
  return (
    <nav className="card report-index no-print" aria-labelledby="index-heading">
      <div className="report-index-header">
        <h2 id="index-heading">Questions</h2>
        <div className="actions">
          <button type="button" className="btn btn-small" onClick={() => onExpandAll(true)}>
            Expand all
          </button>
          <button type="button" className="btn btn-small" onClick={() => onExpandAll(false)}>
            Collapse all
          </button>
        </div>
      </div>
      <ol className="report-index-list" data-testid="question-index">
        {entries.map((entry) => (
          <li key={entry.turn.turnId}>
            <a
              href={`#${entry.anchor}`}
              onClick={(event) => {
                event.preventDefault();
                onJump(entry);
              }}
            >
              <span className="index-number">{entry.number}.</span>
              <span className="index-text">
                <span className="index-topic">
                  {entry.turn.topicLabel}
                  {entry.turn.kind === "follow-up" && " · follow-up"}
                  {entry.turn.attempt > 1 && " · second attempt"}
                </span>
                <span className="index-question clamp-two-lines">{entry.turn.question}</span>
              </span>
            </a>
            <ScoreBadge percent={entry.turn.evaluation ? entry.turn.evaluation.score * 10 : null} outOfTen />
          </li>
        ))}
      </ol>
    </nav>
  );
}
