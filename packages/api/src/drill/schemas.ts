// Input and output schemas of drill.*, named for their procedures; the types flow to every client.
// Lists are bounded: due cards show at most DUE_CARDS_SHOWN, a page of cards at most CARDS_PAGE_MAX, and
// the skill view at most SKILL_WEEKS_MAX weeks. A card is shown without its stored question (the
// rubric stays on the server until the question is asked again).
import { DRILL_CARD_KINDS } from "@interviewer/db";
import { z } from "zod";

export const DUE_CARDS_SHOWN = 20;
export const CARDS_PAGE_MAX = 100;
export const CARDS_PAGE_DEFAULT = 50;
export const SKILL_WEEKS_MAX = 26;
export const SKILL_WEEKS_DEFAULT = 12;

export const ZDrillCardSchema = z.object({
  id: z.uuid(),
  kind: z.enum(DRILL_CARD_KINDS),
  topic: z.string(),
  topicLabel: z.string(),
  /** What to practise: a key point's label, or the topic's name. */
  label: z.string(),
  /** Successful reviews in a row. */
  repetitions: z.number().int(),
  /** Days the card waits after its last successful review. */
  intervalDays: z.number().int(),
  /** Times the point was missed again after the card existed. */
  lapses: z.number().int(),
  dueAt: z.date(),
  lastReviewedAt: z.date().nullable(),
});
export type DrillCard = z.infer<typeof ZDrillCardSchema>;

/** How far ahead "due today" may look: the end of the candidate's day is never more than this away. */
export const DUE_TODAY_MAX_AHEAD_MS = 2 * 24 * 60 * 60 * 1000;

export const ZDrillDueRequestSchema = z
  .object({
    /**
     * When the candidate's day ends (the client knows its time zone; the server does not), for "due
     * today". Clamped to between now and two days ahead; absent: the end of the UTC day.
     */
    endOfDay: z.date({ error: "End of day must be a date." }).optional(),
  })
  .default({});

export const ZDrillDueResponseSchema = z.object({
  /** Cards due now: what "Start a drill" practises. */
  dueNow: z.number().int(),
  /** Cards due by the end of the candidate's day (see the request), those due now included. */
  dueToday: z.number().int(),
  /** All of the viewer's cards. */
  total: z.number().int(),
  /** When the next card not yet due comes due; null when every card is due (or there are none). */
  nextDueAt: z.date().nullable(),
  /** The first DUE_CARDS_SHOWN cards due now, most overdue first. */
  cards: z.array(ZDrillCardSchema).max(DUE_CARDS_SHOWN),
});

export const ZDrillCardsRequestSchema = z
  .object({
    cursor: z.uuid({ error: "Not a valid page cursor." }).nullish(),
    limit: z
      .number({ error: "Limit must be a number." })
      .int({ error: "Limit must be a whole number." })
      .min(1, { error: "Limit must be at least 1." })
      .max(CARDS_PAGE_MAX, { error: `Limit must be at most ${CARDS_PAGE_MAX}.` })
      .default(CARDS_PAGE_DEFAULT),
  })
  .default({ limit: CARDS_PAGE_DEFAULT });

export const ZDrillCardsResponseSchema = z.object({
  /** In due order, soonest first. */
  cards: z.array(ZDrillCardSchema).max(CARDS_PAGE_MAX),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.uuid().nullable(),
});

export const ZDismissCardRequestSchema = z.object({
  cardId: z.uuid({ error: "Not a valid card id." }),
});

export const ZDismissCardResponseSchema = z.object({ cardId: z.uuid() });

export const ZDrillSkillsRequestSchema = z
  .object({
    weeks: z
      .number({ error: "Weeks must be a number." })
      .int({ error: "Weeks must be a whole number." })
      .min(1, { error: "Show at least 1 week." })
      .max(SKILL_WEEKS_MAX, { error: `Show at most ${SKILL_WEEKS_MAX} weeks.` })
      .default(SKILL_WEEKS_DEFAULT),
  })
  .default({ weeks: SKILL_WEEKS_DEFAULT });

export const ZSkillWeekSchema = z.object({
  /** Monday 00:00 UTC of the week. */
  weekStart: z.date(),
  /** Mean score (1-10) of the answers on the topic that week, interviews and drills alike. */
  meanScore: z.number(),
  answers: z.number().int(),
});

export const ZDrillSkillsResponseSchema = z.object({
  /** The first week shown (Monday 00:00 UTC). */
  since: z.date(),
  /** Every topic with answers in the window or drill cards, in the product's topic order. */
  topics: z.array(
    z.object({
      topic: z.string(),
      topicLabel: z.string(),
      /** The topic's strength now: the latest week's mean score as a percentage (score × 10), null without answers. */
      strengthPercent: z.number().nullable(),
      weeks: z.array(ZSkillWeekSchema).max(SKILL_WEEKS_MAX + 1),
      cards: z.number().int(),
      dueCards: z.number().int(),
    }),
  ),
});
