// Follows the evaluation of a submitted answer as the interviewer writes it (SSE subscription).
// Reconnecting (a reload) replays the live stream or returns the stored result: it never grades twice.
import { useState } from "react";
import { trpc } from "../api/trpc.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";

interface EvaluationStreamProps {
  interviewId: string;
  turnId: string;
  onResult(): void;
}

export function EvaluationStream({ interviewId, turnId, onResult }: EvaluationStreamProps) {
  const [attempt, setAttempt] = useState(0);
  return (
    <EvaluationStreamAttempt
      key={attempt}
      interviewId={interviewId}
      turnId={turnId}
      onResult={onResult}
      onRetry={() => setAttempt((n) => n + 1)}
    />
  );
}

function EvaluationStreamAttempt({
  interviewId,
  turnId,
  onResult,
  onRetry,
}: EvaluationStreamProps & { onRetry(): void }) {
  const [text, setText] = useState("");
  const [done, setDone] = useState(false);
  const subscription = trpc.interview.evaluation.useSubscription(
    { interviewId, turnId },
    {
      enabled: !done,
      onData: (event) => {
        if (event.type === "feedback") setText((current) => current + event.text);
        else if (event.type === "reset") setText("");
        else if (event.type === "result") {
          setDone(true);
          onResult();
        }
      },
    },
  );
  return (
    <section className="card stack" aria-labelledby="feedback-heading">
      {/* Focused when the answer has been sent (see use-focus-on-screen-change.ts). */}
      <h2 id="feedback-heading" className="room-question-heading" tabIndex={-1}>
        Feedback
      </h2>
      <p className="streaming-text" aria-live="polite" data-testid="streaming-feedback">
        {text || (done ? "" : "The interviewer is reading your answer…")}
        {!done && !subscription.error && <span className="cursor" aria-hidden="true" />}
      </p>
      {done && <p role="status">Scoring complete.</p>}
      {subscription.error && (
        <div role="alert" className="stack">
          <ErrorMessage error={subscription.error} />
          <button type="button" className="btn" onClick={onRetry}>
            Evaluate again
          </button>
        </div>
      )}
    </section>
  );
}
