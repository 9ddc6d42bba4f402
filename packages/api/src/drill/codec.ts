// The one place where drill rows and JSON aggregates become typed values: a card's stored question is
// parsed with the engine's schema (a row that drifted reads as "no question", and the drill asks a new
// one on the topic), and the JSON the due and skill reads build in SQL is parsed with zod here.
import type { DrillCardRow } from "@interviewer/db";
import {
  type InterviewQuestion,
  TOPIC_IDS,
  TOPIC_LABELS,
  type TopicId,
  ZInterviewQuestionSchema,
} from "@interviewer/engine";
import { z } from "zod";
import type { DrillCard } from "./schemas.ts";

/** The question a key-point card asks again, or null (a topic card, or a stored value that no longer parses). */
export function cardQuestion(row: Pick<DrillCardRow, "question">): InterviewQuestion | null {
  if (row.question === null) return null;
  const parsed = ZInterviewQuestionSchema.safeParse(row.question);
  return parsed.success ? parsed.data : null;
}

/** A topic id from a text column; topics outside the engine's list (none today) read as null. */
export function topicOf(value: string): TopicId | null {
  return TOPIC_IDS.find((topic) => topic === value) ?? null;
}

export function drillCardView(row: DrillCardRow): DrillCard {
  return {
    id: row.id,
    kind: row.kind,
    topic: row.topic,
    topicLabel: topicLabelOf(row.topic),
    label: row.label,
    repetitions: row.repetitions,
    intervalDays: row.intervalDays,
    lapses: row.lapses,
    dueAt: row.dueAt,
    lastReviewedAt: row.lastReviewedAt,
  };
}

export function topicLabelOf(topic: string): string {
  const id = topicOf(topic);
  return id === null ? topic : TOPIC_LABELS[id];
}

const ZCardJsonSchema = z.object({
  id: z.string(),
  kind: z.enum(["key-point", "topic"]),
  topic: z.string(),
  label: z.string(),
  repetitions: z.number(),
  intervalDays: z.number(),
  lapses: z.number(),
  dueAtMs: z.number(),
  lastReviewedAtMs: z.number().nullable(),
});

/** The due cards readDueDrillCards aggregates as JSON. */
export function decodeDueCardsJson(json: unknown): DrillCard[] {
  return z
    .array(ZCardJsonSchema)
    .parse(json)
    .map((card) => ({
      id: card.id,
      kind: card.kind,
      topic: card.topic,
      topicLabel: topicLabelOf(card.topic),
      label: card.label,
      repetitions: card.repetitions,
      intervalDays: card.intervalDays,
      lapses: card.lapses,
      dueAt: new Date(card.dueAtMs),
      lastReviewedAt: card.lastReviewedAtMs === null ? null : new Date(card.lastReviewedAtMs),
    }));
}

const ZWeeklyScoreJsonSchema = z.array(
  z.object({ topic: z.string(), weekStartMs: z.number(), meanScore: z.number(), answers: z.number() }),
);
const ZTopicCardsJsonSchema = z.array(z.object({ topic: z.string(), cards: z.number(), due: z.number() }));

/** The skill timeline's two JSON aggregates (see readSkillTimeline). */
export function decodeSkillTimelineJson(row: { weeks: unknown; cards: unknown }) {
  return { weeks: ZWeeklyScoreJsonSchema.parse(row.weeks), cards: ZTopicCardsJsonSchema.parse(row.cards) };
}
