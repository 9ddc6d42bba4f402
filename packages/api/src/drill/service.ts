// The read side of drills and dismissing a card: what is due (drill.due), every card (drill.cards),
// the skill view (drill.skills) and drill.dismiss. One statement each; someone else's card is NOT_FOUND,
// exactly like a missing one. Starting a drill is in start-drill.ts; cards are created and moved when
// answers are graded (drill-outcome.ts).
import { deleteDrillCard, listDrillCards, readDueDrillCards, readSkillTimeline } from "@interviewer/db";
import { TOPIC_IDS } from "@interviewer/engine";
import type { z } from "zod";
import type { ApiDependencies } from "../context.ts";
import { notFound } from "../errors.ts";
import { decodeDueCardsJson, decodeSkillTimelineJson, drillCardView, topicLabelOf, topicOf } from "./codec.ts";
import {
  DUE_CARDS_SHOWN,
  DUE_TODAY_MAX_AHEAD_MS,
  type ZDismissCardRequestSchema,
  type ZDrillCardsRequestSchema,
  type ZDrillDueRequestSchema,
  type ZDrillSkillsRequestSchema,
  type ZDrillSkillsResponseSchema,
} from "./schemas.ts";

type Deps = Pick<ApiDependencies, "db" | "clock">;
type Viewer = { userId: string };
const DAY_MS = 24 * 60 * 60 * 1000;
const WEEK_MS = 7 * DAY_MS;

export async function readDue(deps: Deps, viewer: Viewer, input: z.output<typeof ZDrillDueRequestSchema>) {
  const now = deps.clock.now();
  const endOfUtcDay = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
  const asked = (input.endOfDay ?? endOfUtcDay).getTime();
  const dueBy = new Date(Math.min(Math.max(asked, now.getTime()), now.getTime() + DUE_TODAY_MAX_AHEAD_MS));
  const row = await readDueDrillCards(deps.db, { userId: viewer.userId, now, dueBy, limit: DUE_CARDS_SHOWN });
  if (!row) throw notFound("Account");
  return {
    dueNow: row.dueNow,
    dueToday: row.dueBy,
    total: row.total,
    nextDueAt: row.nextDueAtMs === null ? null : new Date(row.nextDueAtMs),
    cards: decodeDueCardsJson(row.cards),
  };
}

export async function listCards(deps: Deps, viewer: Viewer, input: z.output<typeof ZDrillCardsRequestSchema>) {
  const rows = await listDrillCards(deps.db, {
    userId: viewer.userId,
    cursor: input.cursor ?? null,
    limit: input.limit + 1,
  });
  const page = rows.slice(0, input.limit);
  return {
    cards: page.map(drillCardView),
    nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

export async function dismissCard(deps: Deps, viewer: Viewer, input: z.output<typeof ZDismissCardRequestSchema>) {
  const deleted = await deleteDrillCard(deps.db, { userId: viewer.userId, cardId: input.cardId });
  if (!deleted) throw notFound("Drill card");
  return { cardId: deleted.id };
}

/** Monday 00:00 UTC of the week `date` is in. */
function weekStartUtc(date: Date): Date {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * DAY_MS);
}

export async function readSkills(
  deps: Deps,
  viewer: Viewer,
  input: z.output<typeof ZDrillSkillsRequestSchema>,
): Promise<z.input<typeof ZDrillSkillsResponseSchema>> {
  const now = deps.clock.now();
  const since = new Date(weekStartUtc(now).getTime() - (input.weeks - 1) * WEEK_MS);
  const row = await readSkillTimeline(deps.db, { userId: viewer.userId, since, now });
  if (!row) throw notFound("Account");
  const { weeks, cards } = decodeSkillTimelineJson(row);
  const topics = [...new Set([...weeks.map((week) => week.topic), ...cards.map((card) => card.topic)])];
  const order = (topic: string) => {
    const id = topicOf(topic);
    return id === null ? TOPIC_IDS.length : TOPIC_IDS.indexOf(id);
  };
  topics.sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  return {
    since,
    topics: topics.map((topic) => {
      const topicWeeks = weeks
        .filter((week) => week.topic === topic)
        .map((week) => ({ weekStart: new Date(week.weekStartMs), meanScore: week.meanScore, answers: week.answers }));
      const latest = topicWeeks.at(-1);
      const topicCards = cards.find((card) => card.topic === topic);
      return {
        topic,
        topicLabel: topicLabelOf(topic),
        strengthPercent: latest ? Math.round(latest.meanScore * 100) / 10 : null,
        weeks: topicWeeks,
        cards: topicCards?.cards ?? 0,
        dueCards: topicCards?.due ?? 0,
      };
    }),
  };
}
