// "Your drill cards" (/drills): every drill card the candidate has, in due order, a page at a time
// (drill.cards through useInfiniteQuery), with what a card is and how it comes due, and "Dismiss" on
// each (drill.dismiss) for a point they consider learned or beside the point. The dashboard's drill
// card links here; drills themselves start from the dashboard.
//
// Focus never drops to the page: after a dismissal it goes to the next card's heading (the previous
// one's at the end of the list, the page heading when none is left), and after "Load more" to the
// first card it loaded (the button is gone once the last page is in).
import type { RouterOutputs } from "@interviewer/api";
import { useEffect, useRef, useState } from "react";
import { Link } from "react-router";
import { trpc } from "../api/trpc.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { Loading } from "../ui/Loading.tsx";
import { usePageTitle } from "../ui/use-page-title.ts";
import { DrillCardItem } from "./DrillCardItem.tsx";
import "./drill.css";

type DrillCard = RouterOutputs["drill"]["cards"]["cards"][number];

/** Cards per page: a screenful or two on a phone; the server allows up to 100. */
export const CARDS_PAGE_SIZE = 20;
const CARDS_INPUT = { limit: CARDS_PAGE_SIZE };

export function DrillCardsPage() {
  usePageTitle("Your drill cards");
  const utils = trpc.useUtils();
  const pageHeading = useRef<HTMLHeadingElement>(null);
  const cardHeadings = useRef(new Map<string, HTMLHeadingElement>());
  const [announcement, setAnnouncement] = useState("");
  const [focusCardId, setFocusCardId] = useState<string | null>(null);
  const cards = trpc.drill.cards.useInfiniteQuery(CARDS_INPUT, {
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    // Drills move cards elsewhere (the room, another tab): the page always shows them as they are now.
    refetchOnMount: "always",
  });
  const list = cards.data?.pages.flatMap((page) => page.cards) ?? [];
  const now = Date.now();

  // The first card of a page just loaded is rendered only after the fetch resolves: focus it then.
  useEffect(() => {
    if (focusCardId === null) return;
    const heading = cardHeadings.current.get(focusCardId);
    if (!heading) return;
    heading.focus();
    setFocusCardId(null);
  });

  async function loadMore() {
    const firstNew = list.length;
    const result = await cards.fetchNextPage();
    const card = result.data?.pages.flatMap((page) => page.cards)[firstNew];
    if (card) setFocusCardId(card.id);
  }

  function dismissed(card: DrillCard): Promise<unknown> {
    const index = list.findIndex((item) => item.id === card.id);
    const neighbour = list[index + 1] ?? list[index - 1];
    (neighbour ? cardHeadings.current.get(neighbour.id) : pageHeading.current)?.focus();
    setAnnouncement(`Dismissed “${card.label}”.`);
    // Gone at once; the refetch below then reloads every page in order, so no later page is asked for
    // after a cursor that no longer exists.
    utils.drill.cards.setInfiniteData(
      CARDS_INPUT,
      (data) =>
        data && {
          ...data,
          pages: data.pages.map((page) => ({ ...page, cards: page.cards.filter((item) => item.id !== card.id) })),
        },
    );
    // The dashboard's counts and skill view include this card until they are refetched.
    return Promise.all([utils.drill.cards.invalidate(), utils.drill.due.invalidate(), utils.drill.skills.invalidate()]);
  }

  return (
    <main className="page narrow-wide drill-cards-page">
      <div>
        <h1 ref={pageHeading} tabIndex={-1}>
          Your drill cards
        </h1>
        <p className="muted">
          A drill card is something you missed in an interview: a key point your answer left out, or a whole topic when
          your answer on it scored low. A new card is due straight away. Each time you recall it in a drill it waits
          longer before it comes back: a day, then 6 days, then ever longer (the SM-2 schedule). Miss it again and it
          comes back the next day, counted as a lapse. <Link to="/dashboard">Start a drill from your dashboard</Link>{" "}
          when cards are due.
        </p>
        <p
          role="status"
          className={announcement ? "alert alert-success drill-announcement" : "drill-announcement"}
          data-testid="drill-cards-announcement"
        >
          {announcement}
        </p>
      </div>
      {cards.isPending && <Loading label="Loading your drill cards…" />}
      {!cards.data && <ErrorMessage error={cards.error} onRetry={() => void cards.refetch()} />}
      {cards.isSuccess && list.length === 0 && (
        <p data-testid="drill-cards-empty">
          No drill cards yet: the points you miss in interviews become cards.{" "}
          <Link to="/interviews/new">Start an interview</Link>.
        </p>
      )}
      {list.length > 0 && (
        <>
          <ul className="drill-card-list" aria-labelledby="drill-cards-count" data-testid="drill-card-list">
            {list.map((card) => (
              <DrillCardItem
                key={card.id}
                card={card}
                now={now}
                headingRef={(element) => {
                  if (element) cardHeadings.current.set(card.id, element);
                  else cardHeadings.current.delete(card.id);
                }}
                onDismissed={dismissed}
              />
            ))}
          </ul>
          <div className="actions drill-cards-footer">
            <p className="muted" id="drill-cards-count" data-testid="drill-cards-count">
              {cards.hasNextPage ? "The first" : "All"} {list.length} card{list.length === 1 ? "" : "s"}, soonest due
              first
            </p>
            {cards.hasNextPage && (
              <button
                type="button"
                className="btn"
                // Also while a dismissal reloads the pages: the next page's cursor may be the dismissed card.
                disabled={cards.isFetching}
                onClick={() => void loadMore()}
              >
                {cards.isFetchingNextPage ? "Loading…" : "Load more"}
              </button>
            )}
          </div>
          {cards.data && (
            <ErrorMessage
              error={cards.error}
              onRetry={() => void (cards.isFetchNextPageError ? cards.fetchNextPage() : cards.refetch())}
            />
          )}
        </>
      )}
    </main>
  );
}
