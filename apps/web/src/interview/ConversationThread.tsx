// The conversation so far, above the open question: every earlier question of the live interview
// with the answer (code as code, prose as prose, or "Skipped"), the score and the feedback. Each
// entry is a native disclosure and all start collapsed: the latest feedback was just read in full on
// its own screen, and collapsed entries (label, question, score) keep the open question near the top
// on a phone while the whole interview stays one press away.
import type { RouterOutputs } from "@interviewer/api";
import { AnswerView } from "../report/AnswerView.tsx";
import { ScoreBadge } from "../ui/ScoreBadge.tsx";
import { DeliveryFeedback } from "../voice/DeliveryFeedback.tsx";
import { DiagramFigure } from "../whiteboard/DiagramFigure.tsx";
import { AssistList } from "./AssistList.tsx";
import { CodeRunResults } from "./CodeRunResults.tsx";
import { EvaluationDetails } from "./EvaluationDetails.tsx";
import { codeLanguageOf, threadEntries } from "./thread-entries.ts";
// The answer's prose and code blocks are styled with the report's rules.
import "../report/report.css";

type Thread = RouterOutputs["interview"]["get"]["thread"];

export function ConversationThread({ thread, planLanguage }: { thread: Thread; planLanguage: string }) {
  if (thread.length === 0) return null;
  const entries = threadEntries(thread);
  return (
    <section className="thread stack" aria-labelledby="thread-heading" data-testid="thread">
      <h2 id="thread-heading" className="thread-heading">
        Earlier in this interview <span className="muted">({entries.length})</span>
      </h2>
      <ol className="list-stack">
        {entries.map(({ turn, label }) => (
          <li key={turn.turnId} className="card thread-entry" data-testid="thread-entry">
            <details className="disclosure">
              <summary>
                <span className="thread-summary">
                  <span className="eyebrow">
                    {label} · {turn.topicLabel}
                    {turn.skipped && " · Skipped"}
                  </span>
                  <span className="thread-question clamp-two-lines">{turn.question}</span>
                </span>
                {turn.evaluationStatus === "evaluated" ? (
                  <ScoreBadge percent={turn.score === null ? null : turn.score * 10} outOfTen />
                ) : (
                  <span className="score-badge score-none">Not scored</span>
                )}
              </summary>
              <div className="thread-body stack">
                <h3 className="entry-label">Your answer</h3>
                {turn.skipped ? (
                  <p className="muted">Skipped.</p>
                ) : (
                  <AnswerView answer={turn.answer} codeLanguage={codeLanguageOf(turn, planLanguage)} />
                )}
                {turn.diagram && <DiagramFigure scene={turn.diagram} />}
                {turn.assists.length > 0 && (
                  <>
                    <h3 className="entry-label">You asked the interviewer</h3>
                    <AssistList assists={turn.assists} label="Questions and hints" />
                  </>
                )}
                {turn.codeResult && <CodeRunResults result={turn.codeResult} tests="hidden" headingLevel={4} />}
                {turn.evaluation && <EvaluationDetails evaluation={turn.evaluation} headingLevel={4} />}
                {turn.delivery && <DeliveryFeedback delivery={turn.delivery} headingLevel={4} />}
              </div>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
