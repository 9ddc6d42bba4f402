// "Voice mode" on the new-interview form: questions read aloud and answers spoken, each question still
// answerable by typing. Says what happens to the audio before the candidate chooses.
import { useId } from "react";

export function VoiceModeOption({ checked, onChange }: { checked: boolean; onChange(checked: boolean): void }) {
  const id = useId();
  return (
    <div className="stack">
      <label htmlFor={id} className="checkbox-label">
        <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
        Voice mode
      </label>
      <p className="muted field-hint" id={`${id}-hint`}>
        Hear each question and answer it out loud; you see the transcript to correct before it is graded, and how you
        came across (pace, filler words, pauses). You can type any answer instead. Recordings are deleted once
        transcribed unless you choose to keep them.
      </p>
    </div>
  );
}
