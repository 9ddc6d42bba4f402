// Output schema of dashboard.*, named for its procedure; the type flows to every client.
import { INTERVIEW_STATUSES } from "@interviewer/db";
import { ZQuestionDifficultySchema, ZTopicIdSchema } from "@interviewer/engine";
import { z } from "zod";
import { ZBillingStatusResponseSchema } from "../billing/schemas.ts";

const ZInterviewStatusSchema = z.enum(INTERVIEW_STATUSES);

export const ZDashboardSummaryResponseSchema = ZBillingStatusResponseSchema.pick({
  credits: true,
  usableCredits: true,
  plan: true,
  subscription: true,
}).extend({
  interviewCount: z.number().int(),
  /** Interviews that can be continued (active or paused), newest first. */
  resumable: z.array(z.object({ id: z.uuid(), status: ZInterviewStatusSchema, createdAt: z.date() })),
  recentInterviews: z.array(
    z.object({
      id: z.uuid(),
      status: ZInterviewStatusSchema,
      createdAt: z.date(),
      overallPercent: z.number().nullable(),
      difficulty: ZQuestionDifficultySchema,
    }),
  ),
  /** Scored interviews, oldest first. */
  scoreTrend: z.array(
    z.object({
      interviewId: z.uuid(),
      endedAt: z.date(),
      overallPercent: z.number(),
      difficulty: ZQuestionDifficultySchema,
    }),
  ),
  topicAverages: z.array(
    z.object({ topic: ZTopicIdSchema, label: z.string(), averagePercent: z.number(), interviews: z.number().int() }),
  ),
  readiness: z
    .object({
      level: ZQuestionDifficultySchema,
      averagePercent: z.number(),
      verdict: z.enum(["not_ready", "almost", "ready"]),
      reason: z.string(),
      thresholds: z.object({ ready: z.number(), almost: z.number() }),
      basedOn: z.number().int(),
    })
    .nullable(),
});
