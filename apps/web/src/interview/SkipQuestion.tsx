// "Skip / I don't know": the honest way past a question, as a secondary action beside Submit. One
// press asks in place (no modal: the question stays in view on a phone) what skipping means, and a
// second press skips; Escape or "Keep answering" goes back to the answer with nothing changed.
import { useEffect, useId, useRef, useState } from "react";

interface SkipQuestionProps {
  busy: boolean;
  /** Something is written: skipping discards it, and the question says so. */
  hasDraft: boolean;
  onSkip(): void;
}

export function SkipQuestion({ busy, hasDraft, onSkip }: SkipQuestionProps) {
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const skipButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  // Focus follows the choice: onto "Yes, skip it" when asked, back onto Skip when cancelled.
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    (confirming ? confirmButton : skipButton).current?.focus();
  }, [confirming]);
  const choose = (next: boolean) => {
    moved.current = true;
    setConfirming(next);
  };

  if (!confirming) {
    return (
      <button ref={skipButton} type="button" className="btn" disabled={busy} onClick={() => choose(true)}>
        Skip / I don't know
      </button>
    );
  }
  return (
    <fieldset
      className="inline-confirm skip-confirm"
      aria-describedby={`${id}-meaning`}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          choose(false);
        }
      }}
    >
      <legend>Skip this question?</legend>
      <p id={`${id}-meaning`}>
        It counts as answered with the lowest score, and you will see what a strong answer covers.
        {hasDraft && " What you wrote is discarded."}
      </p>
      <div className="actions">
        <button ref={confirmButton} type="button" className="btn btn-primary" disabled={busy} onClick={onSkip}>
          Yes, skip it
        </button>
        <button type="button" className="btn" onClick={() => choose(false)}>
          Keep answering
        </button>
      </div>
    </fieldset>
  );
}
