// The one place dashboard rows become typed values: what packages/db's dashboard reads pick out of
// the stored plan, job analysis and report (as JSON) is parsed here with the engine's and the
// schema's own enums, and each interview gets its title.
import {
  INTERVIEW_END_REASONS,
  INTERVIEW_STATUSES,
  type InterviewEndReason,
  type InterviewStatus,
} from "@interviewer/db";
import {
  type QuestionDifficulty,
  TOPIC_LABELS,
  type TopicId,
  ZJobLevelSchema,
  ZQuestionDifficultySchema,
  ZTopicIdSchema,
} from "@interviewer/engine";
import { z } from "zod";
import { jsonValue, ZEpochMsDateSchema } from "../billing/codec.ts";
import { interviewTitle } from "./interview-title.ts";

/** What an interview was about, as the history, the resume card and the charts show it. */
export interface InterviewDescription {
  title: string;
  topics: { topic: TopicId; label: string }[];
  /** Planned questions: topics × questions per topic (follow-ups are extra). */
  planned: number;
}

export interface InterviewSummary extends InterviewDescription {
  id: string;
  status: InterviewStatus;
  endReason: InterviewEndReason | null;
  difficulty: QuestionDifficulty;
  overallPercent: number | null;
  /** Questions the report scored (follow-ups included); null until the interview is scored. */
  answeredQuestions: number | null;
  createdAt: Date;
  endedAt: Date | null;
  /** Each topic's percentage and answered count from the stored report; empty until scored. */
  topicScores: { topic: TopicId; percent: number | null; answered: number }[];
  /** Planned questions answered so far; only for interviews still running (null otherwise). */
  answeredPlanned: number | null;
  /** The report's voice summary; null when no answer was spoken (or not scored yet). */
  delivery: { medianWordsPerMinute: number | null; fillersPerMinute: number | null } | null;
}

const ZDescribedShape = {
  jobTitleLine: z.string().nullable(),
  jobLevel: ZJobLevelSchema.nullable(),
  jobDomain: z.string().nullable(),
  planTopics: z.array(ZTopicIdSchema),
  questionsPerTopic: z.number().int(),
};
type Described = z.infer<z.ZodObject<typeof ZDescribedShape>>;

function describe(row: Described, difficulty: QuestionDifficulty): InterviewDescription {
  return {
    title: interviewTitle({
      jobTitleLine: row.jobTitleLine,
      jobLevel: row.jobLevel,
      jobDomain: row.jobDomain,
      difficulty,
    }),
    topics: row.planTopics.map((topic) => ({ topic, label: TOPIC_LABELS[topic] })),
    planned: row.planTopics.length * row.questionsPerTopic,
  };
}

const ZInterviewSummariesSchema = z.array(
  z.object({
    id: z.string(),
    status: z.enum(INTERVIEW_STATUSES),
    endReason: z.enum(INTERVIEW_END_REASONS).nullable(),
    difficulty: ZQuestionDifficultySchema,
    overallPercent: z.number().nullable(),
    answeredQuestions: z.number().int().nullable(),
    // Absent (undefined) in rows read before voice answers existed: the same as none spoken.
    medianWordsPerMinute: z.number().nullish(),
    fillersPerMinute: z.number().nullish(),
    createdAtMs: ZEpochMsDateSchema,
    endedAtMs: ZEpochMsDateSchema.nullable(),
    topics: z
      .array(z.object({ topic: ZTopicIdSchema, percent: z.number().nullable(), answered: z.number().int().nullable() }))
      .nullable(),
    ...ZDescribedShape,
    answeredPlanned: z.number().int().nullable(),
  }),
);

/** The interviews of a dashboard row, newest first. */
export function interviewSummariesFrom(json: unknown): InterviewSummary[] {
  return ZInterviewSummariesSchema.parse(jsonValue(json)).map((row) => ({
    id: row.id,
    status: row.status,
    endReason: row.endReason,
    difficulty: row.difficulty,
    overallPercent: row.overallPercent,
    answeredQuestions: row.answeredQuestions,
    createdAt: row.createdAtMs,
    endedAt: row.endedAtMs,
    topicScores: (row.topics ?? []).map((topic) => ({
      topic: topic.topic,
      percent: topic.percent,
      answered: topic.answered ?? 0,
    })),
    answeredPlanned: row.answeredPlanned,
    delivery:
      row.medianWordsPerMinute == null && row.fillersPerMinute == null
        ? null
        : { medianWordsPerMinute: row.medianWordsPerMinute ?? null, fillersPerMinute: row.fillersPerMinute ?? null },
    ...describe(row, row.difficulty),
  }));
}

const ZHistoryRowSchema = z.object({
  id: z.string(),
  status: z.enum(INTERVIEW_STATUSES),
  endReason: z.enum(INTERVIEW_END_REASONS).nullable(),
  difficulty: ZQuestionDifficultySchema,
  overallPercent: z.number().nullable(),
  createdAt: z.date(),
  endedAt: z.date().nullable(),
  described: z.preprocess(jsonValue, z.object(ZDescribedShape)),
  answeredPlanned: z.number().int(),
});

/** One row of a history page (packages/db readDashboardHistory). */
export function historyItemFrom(raw: unknown) {
  const row = ZHistoryRowSchema.parse(raw);
  return {
    id: row.id,
    status: row.status,
    endReason: row.endReason,
    difficulty: row.difficulty,
    overallPercent: row.overallPercent,
    createdAt: row.createdAt,
    endedAt: row.endedAt,
    answered: row.answeredPlanned,
    ...describe(row.described, row.difficulty),
  };
}
