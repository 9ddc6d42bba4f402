// Mock interviews and their turns. The server owns the state: plan, position and status live here;
// the engine (packages/engine) computes the next step from them and a model never decides where the
// interview is. JSON columns hold engine values (plan, question with rubric, evaluation, report);
// the API parses them with the engine's zod schemas on the way out, so this package stays free of
// engine types.
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
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
import { users } from "./users.ts";

type Json = Record<string, unknown>;

export const interviews = pgTable(
  "interviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** "preparing" (credit spent, first question being written) | "active" | "paused" | "completed" | "abandoned" | "failed" */
    status: text("status").notNull(),
    plan: jsonb("plan").$type<Json>().notNull(),
    jobDescription: text("job_description"),
    jobAnalysis: jsonb("job_analysis").$type<Json>(),
    /** "builtin" | "openai": who writes questions and grades answers for this interview. */
    provider: text("provider").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    pausedAt: timestamp("paused_at", { withTimezone: true }),
    /** Time spent paused so far; a time limit counts only the time the interview was running. */
    pausedMs: integer("paused_ms").notNull().default(0),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    /** "completed" | "time_limit" | "abandoned" | "failed" */
    endReason: text("end_reason"),
    failureReason: text("failure_reason"),
    report: jsonb("report").$type<Json>(),
    /** Mean of answered questions' scores as a percentage (0-100, one decimal); null until scored. */
    overallPercent: real("overall_percent"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    index("interviews_user_created_idx").on(table.userId, table.createdAt),
    // The deadline sweeper reads running interviews only: a small partial index.
    index("interviews_active_started_idx").on(table.startedAt).where(sql`${table.status} = 'active'`),
    check("interviews_overall_percent_range", sql`${table.overallPercent} between 0 and 100`),
  ],
);

export const interviewTurns = pgTable(
  "interview_turns",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    interviewId: uuid("interview_id")
      .notNull()
      .references(() => interviews.id, { onDelete: "cascade" }),
    /** Order within the interview, from 0. */
    position: integer("position").notNull(),
    /** The engine's question id (bank id or model id), for "never repeat a seen question". */
    questionId: text("question_id").notNull(),
    topic: text("topic").notNull(),
    /** The whole question with its rubric, as the engine produced it. */
    question: jsonb("question").$type<Json>().notNull(),
    /** 1 for the first answer; 2 when the candidate retried the question. */
    attempt: smallint("attempt").notNull().default(1),
    answer: text("answer"),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    /** "awaiting_answer" | "pending" (answer stored, not yet evaluated) | "evaluated" */
    evaluationStatus: text("evaluation_status").notNull().default("awaiting_answer"),
    /** While set and in the future, one evaluator owns this turn; others wait for its result. */
    evaluationLeaseUntil: timestamp("evaluation_lease_until", { withTimezone: true }),
    evaluation: jsonb("evaluation").$type<Json>(),
    score: smallint("score"),
    evaluatedAt: timestamp("evaluated_at", { withTimezone: true }),
    /** Model token usage of this turn's evaluation, when a model was used. */
    usage: jsonb("usage").$type<Json>(),
    fallback: boolean("fallback").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex("interview_turns_position_unique").on(table.interviewId, table.position),
    index("interview_turns_question_id_idx").on(table.questionId),
    check("interview_turns_score_range", sql`${table.score} between 1 and 10`),
  ],
);

export type Interview = typeof interviews.$inferSelect;
export type InterviewTurnRow = typeof interviewTurns.$inferSelect;
