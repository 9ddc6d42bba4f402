// "Ask the interviewer", under the open question: a clarifying question (answered without giving the
// solution away) and up to three graded hints. Neither uses up the question or a credit; a hint lowers
// the highest score the answer can get, so the hint button asks first, in place (as Skip does), and
// says by how much. The conversation about this question is listed above the controls in a polite
// live region, so a screen reader hears the interviewer's reply when it arrives.
import type { RouterOutputs } from "@interviewer/api";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { trpc } from "../api/trpc.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { AssistList } from "./AssistList.tsx";

type InterviewView = RouterOutputs["interview"]["get"];
type OpenQuestion = NonNullable<InterviewView["currentQuestion"]>;

const MAX_QUESTION_CHARS = 500;

interface AskInterviewerProps {
  interviewId: string;
  question: Pick<OpenQuestion, "turnId" | "assists" | "assistCounts">;
  busy: boolean;
  onAsked(view: InterviewView): void;
}

export function AskInterviewer({ interviewId, question, busy, onAsked }: AskInterviewerProps) {
  const id = useId();
  const [text, setText] = useState("");
  const [confirmingHint, setConfirmingHint] = useState(false);
  const ask = trpc.interview.ask.useMutation({ onSuccess: (result) => onAsked(result.interview) });
  const hintButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    (confirmingHint ? confirmButton : hintButton).current?.focus();
  }, [confirmingHint]);
  const chooseHint = (next: boolean) => {
    moved.current = true;
    setConfirmingHint(next);
  };

  const { hintsUsed, hintsLeft, clarificationsLeft, ceilingAfterNextHint } = question.assistCounts;
  const sending = ask.isPending || busy;

  const send = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (trimmed.length === 0) return;
    ask.mutate(
      { interviewId, turnId: question.turnId, kind: "clarification", question: trimmed },
      { onSuccess: () => setText("") },
    );
  };
  const takeHint = () =>
    ask.mutate({ interviewId, turnId: question.turnId, kind: "hint" }, { onSuccess: () => chooseHint(false) });

  return (
    <section className="card stack ask-panel" aria-labelledby={`${id}-heading`} data-testid="ask-interviewer">
      <h2 id={`${id}-heading`}>Ask the interviewer</h2>
      <p className="muted">
        Clarify the problem before you answer: asking about scale and constraints is part of a good answer. This does
        not use up the question.
      </p>
      <div aria-live="polite" data-testid="assists">
        <AssistList assists={question.assists} label="Your questions and hints" />
      </div>
      <form onSubmit={send}>
        <div className="field">
          <label htmlFor={`${id}-question`}>Ask a clarifying question</label>
          <input
            id={`${id}-question`}
            type="text"
            value={text}
            maxLength={MAX_QUESTION_CHARS}
            disabled={clarificationsLeft === 0}
            aria-describedby={`${id}-left`}
            onChange={(event) => setText(event.target.value)}
          />
          <p id={`${id}-left`} className="muted">
            {clarificationsLeft === 0
              ? "You have asked all your clarifying questions: state your assumptions and answer."
              : `${clarificationsLeft} question${clarificationsLeft === 1 ? "" : "s"} left.`}
          </p>
        </div>
        <button
          type="submit"
          className="btn"
          disabled={sending || clarificationsLeft === 0 || text.trim().length === 0}
        >
          Send
        </button>
      </form>
      {confirmingHint ? (
        <fieldset
          className="inline-confirm"
          aria-describedby={`${id}-hint-cost`}
          onKeyDown={(event) => {
            if (event.key === "Escape") {
              event.preventDefault();
              chooseHint(false);
            }
          }}
        >
          <legend>Take hint {hintsUsed + 1} of 3?</legend>
          <p id={`${id}-hint-cost`}>
            A hint lowers the highest score you can get for this question to {ceilingAfterNextHint} out of 10. The
            feedback will say you used it.
          </p>
          <div className="actions">
            <button ref={confirmButton} type="button" className="btn btn-primary" disabled={sending} onClick={takeHint}>
              Yes, show the hint
            </button>
            <button type="button" className="btn" onClick={() => chooseHint(false)}>
              No hint
            </button>
          </div>
        </fieldset>
      ) : (
        <div className="actions">
          <button
            ref={hintButton}
            type="button"
            className="btn"
            disabled={sending || hintsLeft === 0}
            onClick={() => chooseHint(true)}
          >
            {hintsLeft === 0 ? "No hints left" : `Get a hint (${hintsLeft} left)`}
          </button>
        </div>
      )}
      {ask.isPending && (
        <p className="muted" role="status">
          The interviewer is answering…
        </p>
      )}
      <ErrorMessage error={ask.error} />
    </section>
  );
}
