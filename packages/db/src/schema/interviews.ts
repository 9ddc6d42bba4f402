// Mock interviews and their turns. The server owns the state: plan, position and status live here;
// the engine (packages/engine) computes the next step from them and a model never decides where the
// interview is. Status and kind columns are closed unions (`text({ enum })`: a type, no migration).
// JSON columns hold engine values (plan, question with rubric, evaluation, report), typed `unknown`
// on purpose: this package does not depend on the engine, and what a jsonb column holds is whatever
// was once written. The API's interview codec (packages/api/src/interview/interview-codec.ts) is the
// one place that parses them into engine types, with the engine's zod schemas.
import { relations, sql } from "drizzle-orm";
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

export const INTERVIEW_STATUSES = ["preparing", "active", "paused", "completed", "abandoned", "failed"] as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];
export const INTERVIEW_END_REASONS = ["completed", "time_limit", "abandoned", "failed"] as const;
export type InterviewEndReason = (typeof INTERVIEW_END_REASONS)[number];
export const INTERVIEW_PROVIDERS = ["builtin", "openai"] as const;
/** "drill": a short, free practice session on due drill cards (packages/api/src/drill); never in readiness stats. */
export const INTERVIEW_KINDS = ["interview", "drill"] as const;
export type InterviewKind = (typeof INTERVIEW_KINDS)[number];
export const TURN_EVALUATION_STATUSES = ["awaiting_answer", "pending", "evaluated"] as const;
export type TurnEvaluationStatus = (typeof TURN_EVALUATION_STATUSES)[number];

export const interviews = pgTable(
  "interviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** "preparing": credit spent, first question being written. */
    status: text("status", { enum: INTERVIEW_STATUSES }).notNull(),
    kind: text("kind", { enum: INTERVIEW_KINDS }).notNull().default("interview"),
    plan: jsonb("plan").$type<unknown>().notNull(),
    jobDescription: text("job_description"),
    jobAnalysis: jsonb("job_analysis").$type<unknown>(),
    /**
     * The candidate's résumé analysis as it was when the interview was created with "use my résumé"
     * (a copy: editing or deleting the résumé later does not change an interview already planned).
     */
    resumeAnalysis: jsonb("resume_analysis").$type<unknown>(),
    /** Voice mode chosen at creation: questions are read aloud and answers spoken (switchable per question). */
    voice: boolean("voice").notNull().default(false),
    /** Who writes questions and grades answers for this interview. */
    provider: text("provider", { enum: INTERVIEW_PROVIDERS }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    pausedAt: timestamp("paused_at", { withTimezone: true }),
    /** Time spent paused so far; a time limit counts only the time the interview was running. */
    pausedMs: integer("paused_ms").notNull().default(0),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    endReason: text("end_reason", { enum: INTERVIEW_END_REASONS }),
    failureReason: text("failure_reason"),
    report: jsonb("report").$type<unknown>(),
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
    question: jsonb("question").$type<unknown>().notNull(),
    /** 1 for the first answer; 2 when the candidate retried the question. */
    attempt: smallint("attempt").notNull().default(1),
    answer: text("answer"),
    /** The candidate skipped the question ("I don't know"): stored as answer "", graded 1 like an empty answer. */
    skipped: boolean("skipped").notNull().default(false),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    /**
     * For a coding answer submitted in a language that runs: the hidden tests' result (the engine's
     * CodeRunResult), stored with the answer and given to the evaluator. Null when the code did not run.
     */
    codeResult: jsonb("code_result").$type<unknown>(),
    /** "pending": answer stored, not yet evaluated. */
    evaluationStatus: text("evaluation_status", { enum: TURN_EVALUATION_STATUSES })
      .notNull()
      .default("awaiting_answer"),
    /** While set and in the future, one evaluator owns this turn; others wait for its result. */
    evaluationLeaseUntil: timestamp("evaluation_lease_until", { withTimezone: true }),
    evaluation: jsonb("evaluation").$type<unknown>(),
    score: smallint("score"),
    evaluatedAt: timestamp("evaluated_at", { withTimezone: true }),
    /** Model token usage of this turn's evaluation, when a model was used. */
    usage: jsonb("usage").$type<unknown>(),
    fallback: boolean("fallback").notNull().default(false),
    /**
     * Clarifying questions and hints asked inside this question, oldest first (the engine's TurnAssist
     * values). Appended with one atomic `||` under a count cap, so two asks at once both land.
     */
    assists: jsonb("assists").$type<unknown[]>().notNull().default([]),
    /**
     * A whiteboard drawn with the answer (the engine's validated WhiteboardScene, size-limited); null
     * when the answer has no diagram.
     */
    diagram: jsonb("diagram").$type<unknown>(),
    /** For a spoken answer: the engine's delivery metrics (pace, fillers, pauses, length, story arc). */
    delivery: jsonb("delivery").$type<unknown>(),
    /** In a drill: the drill cards this question practises; each is rescheduled when it is graded. */
    drillCardIds: uuid("drill_card_ids").array(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex("interview_turns_position_unique").on(table.interviewId, table.position),
    index("interview_turns_question_id_idx").on(table.questionId),
    check("interview_turns_score_range", sql`${table.score} between 1 and 10`),
  ],
);

// For the relational reads in queries/interviews.ts: an interview with its turns in one statement.
export const interviewsRelations = relations(interviews, ({ many }) => ({ turns: many(interviewTurns) }));
export const interviewTurnsRelations = relations(interviewTurns, ({ one }) => ({
  interview: one(interviews, { fields: [interviewTurns.interviewId], references: [interviews.id] }),
}));

export type Interview = typeof interviews.$inferSelect;
export type InterviewTurnRow = typeof interviewTurns.$inferSelect;
