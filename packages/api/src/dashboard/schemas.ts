// Input and output schemas of dashboard.*, named for their procedures; the types flow to every client.
import { INTERVIEW_END_REASONS, INTERVIEW_STATUSES } from "@interviewer/db";
import { ZQuestionDifficultySchema, ZTopicIdSchema } from "@interviewer/engine";
import { z } from "zod";
import { ZBillingStatusResponseSchema } from "../billing/schemas.ts";

const ZInterviewStatusSchema = z.enum(INTERVIEW_STATUSES);
const ZTopicWithLabelSchema = z.object({ topic: ZTopicIdSchema, label: z.string() });

export const ZDashboardSummaryResponseSchema = ZBillingStatusResponseSchema.pick({
  credits: true,
  usableCredits: true,
  plan: true,
  subscription: true,
}).extend({
  interviewCount: z.number().int(),
  /** Interviews that can be continued (active or paused), newest first. */
  resumable: z.array(
    z.object({
      id: z.uuid(),
      status: ZInterviewStatusSchema,
      createdAt: z.date(),
      title: z.string(),
      topics: z.array(ZTopicWithLabelSchema),
      /** Planned questions answered so far (follow-ups are extra and not counted). */
      answered: z.number().int(),
      planned: z.number().int(),
    }),
  ),
  /** The interviews that count (scored, not ended early), oldest first; the latest 30. */
  scoreTrend: z.array(
    z.object({
      interviewId: z.uuid(),
      endedAt: z.date(),
      overallPercent: z.number(),
      difficulty: ZQuestionDifficultySchema,
      title: z.string(),
      answeredQuestions: z.number().int(),
      /** Spoken answers' median pace and fillers a minute (the report's voice summary); null: none spoken. */
      delivery: z
        .object({ medianWordsPerMinute: z.number().nullable(), fillersPerMinute: z.number().nullable() })
        .nullable(),
    }),
  ),
  /** Per topic over the interviews that count, weighted by the questions answered in it. */
  topicAverages: z.array(
    z.object({
      topic: ZTopicIdSchema,
      label: z.string(),
      averagePercent: z.number(),
      interviews: z.number().int(),
      answeredQuestions: z.number().int(),
    }),
  ),
  /**
   * Readiness per level practised, from the interviews at that level only (the latest three that
   * count), weighted by questions answered. The level practised most recently comes first.
   */
  readiness: z.array(
    z.object({
      level: ZQuestionDifficultySchema,
      averagePercent: z.number(),
      verdict: z.enum(["not_ready", "almost", "ready"]),
      reason: z.string(),
      thresholds: z.object({ ready: z.number(), almost: z.number() }),
      /** Interviews the verdict rests on, and the questions answered in them. */
      basedOn: z.number().int(),
      answeredQuestions: z.number().int(),
      lastPractisedAt: z.date(),
    }),
  ),
});

export const HISTORY_PAGE_MAX = 50;

export const ZDashboardHistoryRequestSchema = z
  .object({
    /** The last interview id of the previous page; absent for the first page. */
    cursor: z.uuid({ error: "Not a valid page cursor." }).nullish(),
    limit: z.number().int().min(1).max(HISTORY_PAGE_MAX).default(10),
  })
  .default({ limit: 10 });

export const ZDashboardHistoryResponseSchema = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      status: ZInterviewStatusSchema,
      endReason: z.enum(INTERVIEW_END_REASONS).nullable(),
      title: z.string(),
      difficulty: ZQuestionDifficultySchema,
      topics: z.array(ZTopicWithLabelSchema),
      /** Planned questions answered (follow-ups are extra and not counted), of `planned`. */
      answered: z.number().int(),
      planned: z.number().int(),
      overallPercent: z.number().nullable(),
      createdAt: z.date(),
      endedAt: z.date().nullable(),
    }),
  ),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.uuid().nullable(),
});
