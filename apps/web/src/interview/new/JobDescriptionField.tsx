// The job description box: the text, its character counter, samples to try, and "Analyse" for those
// who do not want to wait for the pause. Over-long text is marked invalid as it is typed, not at Start.
import { SAMPLE_JOB_DESCRIPTIONS } from "../sample-job-descriptions.ts";
import { CharacterCounter } from "./CharacterCounter.tsx";

interface JobDescriptionFieldProps {
  value: string;
  onChange: (value: string) => void;
  maxChars: number | undefined;
  canAnalyseNow: boolean;
  onAnalyse: () => void;
  /** A message about the text from the server (create or preview), if any. */
  error: string | undefined;
}

export function JobDescriptionField({
  value,
  onChange,
  maxChars,
  canAnalyseNow,
  onAnalyse,
  error,
}: JobDescriptionFieldProps) {
  const overLimit = maxChars !== undefined && value.length > maxChars;
  const describedBy = ["job-description-hint", "job-description-counter", error ? "job-description-error" : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="stack">
      <label htmlFor="job-description">Job description (optional)</label>
      <p className="field-hint" id="job-description-hint">
        Paste the ad you are applying to: questions and difficulty are tailored to it. We show what we found in it
        before you start, free of charge.
      </p>
      <textarea
        id="job-description"
        rows={7}
        value={value}
        aria-describedby={describedBy}
        aria-invalid={overLimit || error ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      <CharacterCounter id="job-description-counter" length={value.length} max={maxChars} />
      {error && (
        <p className="field-error" id="job-description-error">
          {error}
        </p>
      )}
      <div className="jd-actions">
        <button type="button" className="btn btn-small" disabled={!canAnalyseNow} onClick={onAnalyse}>
          Analyse job description
        </button>
        <fieldset className="sample-list">
          <legend className="muted">Try a sample:</legend>
          {SAMPLE_JOB_DESCRIPTIONS.map((sample) => (
            <button key={sample.title} type="button" className="btn btn-small" onClick={() => onChange(sample.text)}>
              {sample.title}
            </button>
          ))}
        </fieldset>
      </div>
    </div>
  );
}
