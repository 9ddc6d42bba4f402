// One question of a report as a collapsible section: the summary (number, topic, question, score)
// and, open, the answer with its diagram and evaluation. The owner's report page (reader "owner")
// also shows what only the candidate's own record holds: a retry marked as such, the questions and
// hints they asked for, their code's test run and their spoken delivery. A shared link's page
// (reader "shared") shows each question once, with its evaluation.
import { AssistList } from "../interview/AssistList.tsx";
import { CodeRunResults } from "../interview/CodeRunResults.tsx";
import { EvaluationDetails } from "../interview/EvaluationDetails.tsx";
import { ScoreBadge } from "../ui/ScoreBadge.tsx";
import { DeliveryFeedback } from "../voice/DeliveryFeedback.tsx";
import { DiagramFigure } from "../whiteboard/DiagramFigure.tsx";
import { AnswerView } from "./AnswerView.tsx";
import type { ReportEntry } from "./report-entries.ts";

interface ReportEntryItemProps {
  entry: ReportEntry;
  reader: "owner" | "shared";
  open: boolean;
  onToggle(open: boolean): void;
}

export function ReportEntryItem({ entry, reader, open, onToggle }: ReportEntryItemProps) {
  const { turn } = entry;
  const owner = reader === "owner";
  return (
    <li id={entry.anchor} className="card report-entry">
      <details className="disclosure" open={open} onToggle={(event) => onToggle(event.currentTarget.open)}>
        <summary>
          <span className="entry-heading">
            <span className="eyebrow">
              Question {entry.number} · {turn.topicLabel}
              {turn.kind === "follow-up" && " · follow-up"}
              {owner && turn.attempt > 1 && " · second attempt"}
            </span>
            <span className="entry-question">{turn.question}</span>
          </span>
          <ScoreBadge percent={turn.evaluation ? turn.evaluation.score * 10 : null} outOfTen />
        </summary>
        <div className="entry-body stack">
          <h3 className="entry-label">{owner ? "Your answer" : "Answer"}</h3>
          <AnswerView answer={turn.answer} codeLanguage={entry.codeLanguage} />
          {turn.diagram && <DiagramFigure scene={turn.diagram} evaluation={turn.evaluation} />}
          {owner && turn.assists.length > 0 && (
            <>
              <h3 className="entry-label">You asked the interviewer</h3>
              <AssistList assists={turn.assists} label="Questions and hints" />
            </>
          )}
          {owner && turn.codeResult && <CodeRunResults result={turn.codeResult} tests="hidden" headingLevel={4} />}
          {turn.evaluation && (
            <EvaluationDetails evaluation={turn.evaluation} headingLevel={4} showDiagramNotes={false} />
          )}
          {owner && turn.delivery && <DeliveryFeedback delivery={turn.delivery} headingLevel={4} />}
        </div>
      </details>
    </li>
  );
}
