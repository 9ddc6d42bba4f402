// What the job description says, as the interviewer will read it: level (with the words that decided
// it), stack, domain and the most demanding responsibilities, and the difficulty "auto" will pick.
// Shown before anything is spent; the status line is announced politely as the analysis arrives.
import { readableError } from "../../api/error-message.ts";
import { DIFFICULTY_OPTIONS, JOB_LEVEL_LABELS } from "../plan-options.ts";
import type { JobDescriptionPreview, PreviewState } from "./use-job-description-preview.ts";

const quoted = (phrases: readonly string[]) => phrases.map((phrase) => `“${phrase}”`).join(", ");

/** What the job description box holds, as far as analysing it goes. */
export type TextState = "empty" | "too-long" | "analysable";

function statusLine(state: PreviewState, current: boolean, text: TextState): string {
  if (text === "empty") {
    return "Paste a job description or try a sample: the level, stack, domain and responsibilities we find in it show here before you spend a credit.";
  }
  if (text === "too-long") return "Shorten the job description to see what we find in it.";
  if (state.status === "analysing") return "Analysing the job description…";
  if (state.status === "ready") {
    return current ? "Here is what we found." : "Showing an earlier version: this updates when you pause typing.";
  }
  if (state.status === "failed" && current) return "";
  return "We analyse it when you pause typing.";
}

interface JobAnalysisPanelProps {
  state: PreviewState;
  /** The state is about the text as it is now. */
  current: boolean;
  text: TextState;
}

export function JobAnalysisPanel({ state, current, text }: JobAnalysisPanelProps) {
  const shown = text === "analysable" && state.status === "ready" ? state.preview : null;
  const failure = state.status === "failed" && current ? readableError(state.error) : null;
  return (
    <section className="card stack jd-analysis" aria-labelledby="jd-analysis-heading" data-testid="jd-analysis">
      <h2 id="jd-analysis-heading">What we found in the job description</h2>
      <p className="muted" role="status">
        {statusLine(state, current, text)}
      </p>
      {/* Field problems (empty, too long) are shown on the field; this is for the rest, e.g. "too many". */}
      {failure && !failure.fieldErrors.jobDescription && (
        <p className="alert alert-error" role="alert">
          {failure.message}
        </p>
      )}
      {shown && <AnalysisDetails preview={shown} stale={!current} />}
    </section>
  );
}

function AnalysisDetails({ preview, stale }: { preview: JobDescriptionPreview; stale: boolean }) {
  const { analysis } = preview;
  return (
    <div className={stale ? "stack jd-analysis-stale" : "stack"}>
      <dl className="jd-facts">
        <div>
          <dt>Level</dt>
          <dd data-testid="jd-level">
            {JOB_LEVEL_LABELS[analysis.level]}
            {analysis.levelEvidence.length > 0 && (
              <span className="muted"> (from {quoted(analysis.levelEvidence.slice(0, 2))})</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Stack</dt>
          <dd data-testid="jd-stack">
            {analysis.techStack.length > 0 ? (
              <ul className="chip-list">
                {analysis.techStack.map((tech) => (
                  <li key={tech.id} className="chip">
                    {tech.name}
                  </li>
                ))}
              </ul>
            ) : (
              <span className="muted">No technologies we recognise.</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Domain</dt>
          <dd data-testid="jd-domain">{analysis.domain}</dd>
        </div>
        <div>
          <dt>Responsibilities</dt>
          <dd>
            {analysis.keyResponsibilities.length > 0 ? (
              <ul className="jd-responsibilities">
                {analysis.keyResponsibilities.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            ) : (
              <span className="muted">None stated clearly.</span>
            )}
          </dd>
        </div>
      </dl>
      <p data-testid="jd-auto-difficulty">
        Difficulty “Auto” will pick <strong>{DIFFICULTY_OPTIONS[preview.autoDifficulty]}</strong>
        {analysis.level === "staff" && " (staff roles share the senior questions)"}.
      </p>
      {analysis.ignoredInstructions.length > 0 && (
        <p className="muted">
          We ignored {analysis.ignoredInstructions.length} line{analysis.ignoredInstructions.length === 1 ? "" : "s"}{" "}
          that read like instructions to an AI: a job description is only read as text.
        </p>
      )}
    </div>
  );
}
