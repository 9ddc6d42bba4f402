// The dashboard's drill card: how many drill cards are due today, "Start a drill" (disabled, with the
// reason said next to it, when nothing is due now), the first few points due, and a link to every card
// (/drills, where a card can be dismissed). A drill opens in the interview room; starting one while
// another is open reopens that one (drill.start resumes it).
import { Link, useNavigate } from "react-router";
import { trpc } from "../api/trpc.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { formatDateTime } from "../ui/format.ts";
import "./drill.css";

/** Points listed under the button; the drill itself asks at most five questions. */
const LISTED_CARDS = 5;

export function DrillsDue() {
  const navigate = useNavigate();
  const utils = trpc.useUtils();
  // "Due today" ends at the candidate's own midnight; the date is stable all day, so is the query.
  const now = new Date();
  const endOfDay = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  const due = trpc.drill.due.useQuery({ endOfDay });
  const start = trpc.drill.start.useMutation({
    onSuccess: async (drill) => {
      await utils.drill.due.invalidate();
      navigate(`/interviews/${drill.id}`);
    },
  });
  if (due.isPending) {
    return (
      <section className="card stack" aria-labelledby="drills-heading" aria-busy="true">
        <h2 id="drills-heading">Drills</h2>
        <p className="muted">Loading your drill cards…</p>
      </section>
    );
  }
  if (due.error) {
    return (
      <section className="card stack" aria-labelledby="drills-heading">
        <h2 id="drills-heading">Drills</h2>
        <ErrorMessage error={due.error} onRetry={() => void due.refetch()} />
      </section>
    );
  }
  const { dueNow, dueToday, total, nextDueAt, cards } = due.data;
  const unavailable =
    total === 0
      ? "Nothing to drill yet: the points you miss in interviews become drill cards."
      : `Nothing is due right now.${nextDueAt ? ` The next card is due ${formatDateTime(nextDueAt)}.` : ""}`;
  return (
    <section className="card stack drills-due" aria-labelledby="drills-heading">
      <h2 id="drills-heading">Drills</h2>
      <p className="big-number" data-testid="drills-due-today">
        Due today: {dueToday}
      </p>
      <p className="muted" data-testid="drills-counts">
        {dueNow} ready now · {total} card{total === 1 ? "" : "s"} in all · free, up to five questions
      </p>
      <p className="actions">
        <button
          type="button"
          className="btn btn-primary"
          disabled={dueNow === 0 || start.isPending}
          aria-describedby={dueNow === 0 ? "drill-unavailable" : undefined}
          onClick={() => start.mutate()}
        >
          {start.isPending ? "Starting…" : "Start a drill"}
        </button>
      </p>
      {dueNow === 0 && (
        <p id="drill-unavailable" className="muted" data-testid="drill-unavailable">
          {unavailable}
        </p>
      )}
      <ErrorMessage error={start.error} />
      {cards.length > 0 && (
        <ul className="drill-due-list" aria-label="Due now">
          {cards.slice(0, LISTED_CARDS).map((card) => (
            <li key={card.id} data-testid="due-card">
              <span className="drill-card-label">{card.label}</span>
              <span className="muted">
                {card.topicLabel}
                {card.kind === "topic" ? " (topic)" : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
      {total > 0 && (
        <p>
          <Link to="/drills">See all your cards</Link>
        </p>
      )}
    </section>
  );
}
