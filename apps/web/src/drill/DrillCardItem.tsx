// One drill card on the cards page: what to practise (its label, a heading so a screen reader can move
// card by card), its topic and kind, when it is due, where it is on its schedule (interval, successful
// reviews in a row, lapses), and "Dismiss". The heading takes focus when a neighbouring card is
// dismissed, so it is focusable from script only (tabIndex -1).
import type { RouterOutputs } from "@interviewer/api";
import type { Ref } from "react";
import { formatDateTime } from "../ui/format.ts";
import { DismissCard } from "./DismissCard.tsx";

type DrillCard = RouterOutputs["drill"]["cards"]["cards"][number];

const KIND_LABELS: Record<DrillCard["kind"], string> = {
  "key-point": "key point",
  topic: "topic",
};

/** A never-reviewed card has no interval yet (0 days): it is due as soon as it is made. */
function intervalText(days: number): string {
  if (days === 0) return "none yet";
  return `${days} day${days === 1 ? "" : "s"}`;
}

function timesText(count: number): string {
  return `${count} time${count === 1 ? "" : "s"}`;
}

interface DrillCardItemProps {
  card: DrillCard;
  /** When the page was drawn (ms), so every card is judged due against the same moment. */
  now: number;
  headingRef: Ref<HTMLHeadingElement>;
  onDismissed: (card: DrillCard) => Promise<unknown>;
}

export function DrillCardItem({ card, now, headingRef, onDismissed }: DrillCardItemProps) {
  const dueNow = card.dueAt.getTime() <= now;
  return (
    <li className="card stack drill-card" data-testid="drill-card">
      <div>
        <h2 className="drill-card-title" tabIndex={-1} ref={headingRef}>
          {card.label}
        </h2>
        <p className="muted drill-card-meta">
          {card.topicLabel} · {KIND_LABELS[card.kind]}
        </p>
      </div>
      <p className="drill-card-due" data-testid="drill-card-due">
        {dueNow ? (
          <strong>Due now</strong>
        ) : (
          <>
            Due <time dateTime={card.dueAt.toISOString()}>{formatDateTime(card.dueAt)}</time>
          </>
        )}
      </p>
      <dl className="drill-card-facts">
        <div>
          <dt>Interval</dt>
          <dd>{intervalText(card.intervalDays)}</dd>
        </div>
        <div>
          <dt>Recalled in a row</dt>
          <dd>{timesText(card.repetitions)}</dd>
        </div>
        <div>
          <dt>Lapses</dt>
          <dd>{card.lapses}</dd>
        </div>
      </dl>
      <DismissCard card={card} onDismissed={onDismissed} />
    </li>
  );
}
