// Drill cards: what a candidate missed, on a spaced-repetition schedule. Every missed rubric point and
// every weak topic of a graded answer becomes (or reschedules) one card; a drill session asks questions
// that exercise the due cards, and each graded drill answer moves its cards on the schedule (the
// scheduler is pure, in packages/engine). Reviews keep the history the skill view draws.
import {
  index,
  integer,
  jsonb,
  pgTable,
  real,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { interviews } from "./interviews.ts";
import { users } from "./users.ts";

export const DRILL_CARD_KINDS = ["key-point", "topic"] as const;
export type DrillCardKind = (typeof DRILL_CARD_KINDS)[number];

export const drillCards = pgTable(
  "drill_cards",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: DRILL_CARD_KINDS }).notNull(),
    /** One card per skill per user: a missed point of one question, or a weak topic. */
    skillKey: text("skill_key").notNull(),
    topic: text("topic").notNull(),
    /** What to practise, in words the candidate understands (the key point's label, or the topic's name). */
    label: text("label").notNull(),
    /** The question the point was missed on (engine InterviewQuestion), to ask again; null for a topic card. */
    question: jsonb("question").$type<unknown>(),
    sourceInterviewId: uuid("source_interview_id").references(() => interviews.id, { onDelete: "set null" }),
    /** Scheduler state (see the engine's drill scheduler). */
    repetitions: smallint("repetitions").notNull().default(0),
    intervalDays: integer("interval_days").notNull().default(0),
    easeFactor: real("ease_factor").notNull().default(2.5),
    lapses: smallint("lapses").notNull().default(0),
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    lastReviewedAt: timestamp("last_reviewed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex("drill_cards_user_skill_unique").on(table.userId, table.skillKey),
    // "Due today" and choosing a drill's cards: the user's cards by due time.
    index("drill_cards_user_due_idx").on(table.userId, table.dueAt),
  ],
);

export const drillReviews = pgTable(
  "drill_reviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    cardId: uuid("card_id")
      .notNull()
      .references(() => drillCards.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    interviewId: uuid("interview_id").references(() => interviews.id, { onDelete: "set null" }),
    topic: text("topic").notNull(),
    /** The scheduler's recall grade, 0-5. */
    quality: smallint("quality").notNull(),
    /** The answer's score, 1-10. */
    score: smallint("score").notNull(),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }).notNull(),
  },
  (table) => [index("drill_reviews_user_reviewed_idx").on(table.userId, table.reviewedAt)],
);

export type DrillCardRow = typeof drillCards.$inferSelect;
export type DrillReviewRow = typeof drillReviews.$inferSelect;
