// The one place dashboard rows become typed values: the interview summaries packages/db's
// readDashboardRows aggregates as JSON (difficulty and per-topic percentages already picked out of
// the stored plan and report) are parsed with the engine's and the schema's own enums.
import { INTERVIEW_STATUSES, type InterviewStatus } from "@interviewer/db";
import { type QuestionDifficulty, type TopicId, ZQuestionDifficultySchema, ZTopicIdSchema } from "@interviewer/engine";
import { z } from "zod";
import { jsonValue, ZEpochMsDateSchema } from "../billing/codec.ts";

export interface InterviewSummary {
  id: string;
  status: InterviewStatus;
  difficulty: QuestionDifficulty;
  overallPercent: number | null;
  createdAt: Date;
  endedAt: Date | null;
  /** Each topic's percentage from the stored report; empty until the interview is scored. */
  topics: { topic: TopicId; percent: number | null }[];
}

const ZInterviewSummariesSchema = z.array(
  z.object({
    id: z.string(),
    status: z.enum(INTERVIEW_STATUSES),
    difficulty: ZQuestionDifficultySchema,
    overallPercent: z.number().nullable(),
    createdAtMs: ZEpochMsDateSchema,
    endedAtMs: ZEpochMsDateSchema.nullable(),
    topics: z.array(z.object({ topic: ZTopicIdSchema, percent: z.number().nullable() })).nullable(),
  }),
);

/** The interviews of a dashboard row, newest first. */
export function interviewSummariesFrom(json: unknown): InterviewSummary[] {
  return ZInterviewSummariesSchema.parse(jsonValue(json)).map((row) => ({
    id: row.id,
    status: row.status,
    difficulty: row.difficulty,
    overallPercent: row.overallPercent,
    createdAt: row.createdAtMs,
    endedAt: row.endedAtMs,
    topics: row.topics ?? [],
  }));
}
