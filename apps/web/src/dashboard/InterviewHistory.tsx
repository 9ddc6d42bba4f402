// Every interview, newest first, a page at a time (dashboard.history) down to the first one: what it
// was for (role), its topics, how far it got (planned questions answered), when, the score, and the
// way back in (continue a running one, open the report of a finished one).
import type { RouterOutputs } from "@interviewer/api";
import { Link } from "react-router";
import { trpc } from "../api/trpc.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { formatDateTime, STATUS_LABELS } from "../ui/format.ts";
import { Loading } from "../ui/Loading.tsx";
import { ScoreBadge } from "../ui/ScoreBadge.tsx";

type HistoryItem = RouterOutputs["dashboard"]["history"]["items"][number];

export const HISTORY_PAGE_SIZE = 10;
const LEVEL_NAMES = { junior: "Junior", mid: "Mid-level", senior: "Senior" } as const;

/** The status in words, with why a finished interview ended when that matters. */
function statusText(item: HistoryItem): string {
  if (item.status === "completed" && item.endReason === "time_limit") return "Time ran out";
  return STATUS_LABELS[item.status] ?? item.status;
}

function HistoryRow({ item }: { item: HistoryItem }) {
  const live = item.status === "active" || item.status === "paused" || item.status === "preparing";
  const when = formatDateTime(item.createdAt);
  const progress = Math.min(100, item.planned === 0 ? 0 : (item.answered / item.planned) * 100);
  return (
    <li className="history-row" data-testid="history-row">
      <div className="history-main">
        <p className="history-title">{item.title}</p>
        <p className="history-topics muted">
          {LEVEL_NAMES[item.difficulty]} · {item.topics.map((topic) => topic.label).join(", ")}
        </p>
      </div>
      <p className="history-when">
        <time dateTime={item.createdAt.toISOString()}>{when}</time>
      </p>
      <div className="history-progress">
        <span>
          {statusText(item)} · {item.answered} of {item.planned} answered
        </span>
        <span className="history-bar" aria-hidden="true">
          <span style={{ width: `${progress}%` }} />
        </span>
      </div>
      <p className="history-score">
        <ScoreBadge percent={item.overallPercent} />
      </p>
      <p className="history-action">
        {live ? (
          <Link to={`/interviews/${item.id}`}>
            Continue
            <span className="visually-hidden">
              {" "}
              {item.title}, {when}
            </span>
          </Link>
        ) : item.status !== "failed" ? (
          <Link to={`/interviews/${item.id}/report`}>
            Report
            <span className="visually-hidden">
              {" "}
              of {item.title}, {when}
            </span>
          </Link>
        ) : (
          <span className="muted">No report</span>
        )}
      </p>
    </li>
  );
}

export function InterviewHistory({ total }: { total: number }) {
  const history = trpc.dashboard.history.useInfiniteQuery(
    { limit: HISTORY_PAGE_SIZE },
    {
      getNextPageParam: (page) => page.nextCursor ?? undefined,
      // Interviews move on elsewhere (the room, another tab): the home page always shows them as they are now.
      refetchOnMount: "always",
    },
  );
  const items = history.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section aria-labelledby="history-heading" className="history">
      <h2 id="history-heading">Past interviews</h2>
      {history.isPending && <Loading label="Loading your interviews…" />}
      <ErrorMessage error={history.error} onRetry={() => void history.refetch()} />
      {history.isSuccess && items.length === 0 && (
        <p>
          No interviews yet. <Link to="/interviews/new">Start your first one</Link>.
        </p>
      )}
      {items.length > 0 && (
        <>
          <ul className="history-list" data-testid="interview-history">
            {items.map((item) => (
              <HistoryRow key={item.id} item={item} />
            ))}
          </ul>
          <div className="history-footer">
            <p className="muted" aria-live="polite" data-testid="history-count">
              Showing {items.length} of {Math.max(total, items.length)}
            </p>
            {history.hasNextPage && (
              <button
                type="button"
                className="btn"
                onClick={() => void history.fetchNextPage()}
                disabled={history.isFetchingNextPage}
              >
                {history.isFetchingNextPage ? "Loading…" : "Show more interviews"}
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
