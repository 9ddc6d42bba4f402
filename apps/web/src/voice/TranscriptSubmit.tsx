// The end of a spoken answer, however it was transcribed (by the server or by the browser): the
// transcript to correct, once there is one, then Skip and Submit. Ctrl+Enter in the transcript submits,
// as in the typed answer box.
import { type Ref, useId } from "react";
import { SkipQuestion } from "../interview/SkipQuestion.tsx";
import type { SpokenAnswer, SpokenSubmission } from "./VoiceAnswer.tsx";

interface TranscriptSubmitProps {
  /** What the answer carries about its recording once it is transcribed; null before (nothing to correct yet). */
  spoken: SpokenAnswer | null;
  text: string;
  onChange(text: string): void;
  transcriptRef: Ref<HTMLTextAreaElement>;
  busy: boolean;
  onSubmit(answer: SpokenSubmission): void;
  onSkip(): void;
}

export function TranscriptSubmit({
  spoken,
  text,
  onChange,
  transcriptRef,
  busy,
  onSubmit,
  onSkip,
}: TranscriptSubmitProps) {
  const id = useId();
  const canSubmit = spoken !== null && text.trim() !== "" && !busy;
  const submit = () => {
    if (canSubmit && spoken) onSubmit({ answer: text, spoken });
  };
  return (
    <>
      {spoken && (
        <TranscriptBox id={id} ref={transcriptRef} value={text} busy={busy} onChange={onChange} onSubmit={submit} />
      )}
      <div className="actions">
        <SkipQuestion busy={busy} hasDraft={text.trim() !== ""} onSkip={onSkip} />
        <button type="button" className="btn btn-primary" onClick={submit} disabled={!canSubmit}>
          {busy ? "Submitting…" : "Submit answer"}
        </button>
      </div>
    </>
  );
}

interface TranscriptBoxProps {
  id: string;
  ref: Ref<HTMLTextAreaElement>;
  value: string;
  busy: boolean;
  onChange(value: string): void;
  onSubmit(): void;
}

function TranscriptBox({ id, ref, value, busy, onChange, onSubmit }: TranscriptBoxProps) {
  return (
    <div className="stack">
      <label htmlFor={id}>Your answer (transcript)</label>
      <p className="muted field-hint" id={`${id}-hint`}>
        Correct anything that was misheard; this text is what is graded. <kbd>Ctrl</kbd>+<kbd>Enter</kbd> submits.
      </p>
      <textarea
        id={id}
        ref={ref}
        className="answer-textarea"
        rows={8}
        value={value}
        disabled={busy}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            onSubmit();
          }
        }}
      />
    </div>
  );
}
