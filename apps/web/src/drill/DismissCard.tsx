// "Dismiss" on one drill card: asks first, inline (the question, then "Dismiss card" and "Keep it", each
// described by the question so a screen reader says what they answer; no window.confirm, which screen
// readers and tests handle badly), then calls drill.dismiss. Focus goes to "Keep it" when the question
// opens (the safe choice, so a second Enter never deletes), and back to "Dismiss" when it closes;
// Escape keeps the card. What follows a dismissal (the card leaving the list, the announcement, where
// focus goes) is the page's: it knows the neighbouring cards.
import type { RouterOutputs } from "@interviewer/api";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { trpc } from "../api/trpc.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";

type DrillCard = RouterOutputs["drill"]["cards"]["cards"][number];

interface DismissCardProps {
  card: DrillCard;
  /** Runs once the server has deleted the card. */
  onDismissed: (card: DrillCard) => Promise<unknown>;
}

export function DismissCard({ card, onDismissed }: DismissCardProps) {
  const questionId = useId();
  const [confirming, setConfirming] = useState(false);
  const dismissButton = useRef<HTMLButtonElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  // Which button takes focus after the next render: only set by the candidate's own action, so the
  // first render (and a re-render from new data) never steals focus.
  const focusNext = useRef<"keep" | "dismiss" | null>(null);
  const dismiss = trpc.drill.dismiss.useMutation({ onSuccess: () => onDismissed(card) });

  // After every render, so the button asked for exists by then; the ref is emptied once used.
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === "keep") keepButton.current?.focus();
    if (target === "dismiss") dismissButton.current?.focus();
  });

  function ask() {
    dismiss.reset();
    focusNext.current = "keep";
    setConfirming(true);
  }
  function keep() {
    dismiss.reset();
    focusNext.current = "dismiss";
    setConfirming(false);
  }
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== "Escape") return;
    event.preventDefault();
    keep();
  }

  if (!confirming) {
    return (
      <p className="actions">
        <button type="button" className="btn btn-small" ref={dismissButton} onClick={ask}>
          Dismiss<span className="visually-hidden"> {card.label}</span>
        </button>
      </p>
    );
  }
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape from either button inside closes the question.
    <div className="stack drill-dismiss-confirm" onKeyDown={onKeyDown}>
      <p id={questionId}>
        Dismiss “{card.label}”? It will not come back in drills; missing the point again in an interview makes a new
        card.
      </p>
      <p className="actions">
        <button
          type="button"
          className="btn btn-danger btn-small"
          aria-describedby={questionId}
          // Not `disabled` while the call runs: disabling the focused button would drop focus to the page.
          aria-disabled={dismiss.isPending}
          onClick={() => {
            if (!dismiss.isPending) dismiss.mutate({ cardId: card.id });
          }}
        >
          {dismiss.isPending ? "Dismissing…" : "Dismiss card"}
        </button>
        <button type="button" className="btn btn-small" ref={keepButton} aria-describedby={questionId} onClick={keep}>
          Keep it
        </button>
      </p>
      <ErrorMessage error={dismiss.error} />
    </div>
  );
}
