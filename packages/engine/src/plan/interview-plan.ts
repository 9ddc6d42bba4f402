// The interview plan: what the candidate chose (topics, how many questions, difficulty, language,
// time limit, job description) and how it resolves into a concrete plan. Input is validated here with
// messages a user can act on; `auto` difficulty becomes a concrete level from the job description.
import { z } from "zod";
import { type DrillPlanItem, ZDrillPlanItemSchema } from "../drill/drill-plan-item.ts";
import type { JobDescriptionAnalysis } from "../job-description/analysis-schema.ts";
import { MAX_JOB_DESCRIPTION_CHARS } from "../job-description/job-description-limits.ts";
import { storedText } from "../stored-text.ts";
import {
  DEFAULT_TOPICS,
  difficultyForJobLevel,
  type QuestionDifficulty,
  type TopicId,
  ZQuestionDifficultySchema,
  ZTopicIdSchema,
} from "../topics.ts";

export const MIN_QUESTIONS_PER_TOPIC = 1;
export const MAX_QUESTIONS_PER_TOPIC = 4;
export const DEFAULT_QUESTIONS_PER_TOPIC = 2;
export const DEFAULT_LANGUAGE = "TypeScript";
/** Without a job description, `auto` difficulty means mid: the most common target and a fair start. */
export const DEFAULT_DIFFICULTY: QuestionDifficulty = "mid";

export const ZPlanDifficultySchema = z.enum(["junior", "mid", "senior", "auto"], {
  error: "Difficulty must be junior, mid, senior or auto.",
});
export type PlanDifficulty = z.infer<typeof ZPlanDifficultySchema>;

export const ZInterviewPlanInputSchema = z.object({
  topics: z
    .array(ZTopicIdSchema)
    .min(1, { error: "Choose at least one topic." })
    .refine((topics) => new Set(topics).size === topics.length, { error: "Each topic can be chosen only once." })
    .default([...DEFAULT_TOPICS]),
  questionsPerTopic: z
    .number({ error: "Questions per topic must be a number." })
    .int({ error: "Questions per topic must be a whole number." })
    .min(MIN_QUESTIONS_PER_TOPIC, { error: `Ask at least ${MIN_QUESTIONS_PER_TOPIC} question per topic.` })
    .max(MAX_QUESTIONS_PER_TOPIC, { error: `Ask at most ${MAX_QUESTIONS_PER_TOPIC} questions per topic.` })
    .default(DEFAULT_QUESTIONS_PER_TOPIC),
  difficulty: ZPlanDifficultySchema.default("auto"),
  language: storedText({ error: "Programming language must be text." })
    .trim()
    .min(1, { error: "Programming language cannot be empty." })
    .max(40, { error: "Programming language name is too long (40 characters at most)." })
    .default(DEFAULT_LANGUAGE),
  timeLimitMinutes: z
    .number({ error: "Time limit must be a number of minutes." })
    .int({ error: "Time limit must be a whole number of minutes." })
    .min(5, { error: "Time limit must be at least 5 minutes." })
    .max(240, { error: "Time limit must be at most 240 minutes." })
    .nullable()
    .default(null),
  jobDescription: storedText({ error: "Job description must be text." })
    .max(MAX_JOB_DESCRIPTION_CHARS, {
      error: `Job description is too long (at most ${MAX_JOB_DESCRIPTION_CHARS} characters).`,
    })
    .nullable()
    .default(null)
    // Whitespace-only counts as "no job description" here; analysis itself rejects empty text.
    .transform((text) => (text && text.trim().length > 0 ? text : null)),
});
export type InterviewPlanInput = z.input<typeof ZInterviewPlanInputSchema>;
export type ParsedInterviewPlanInput = z.output<typeof ZInterviewPlanInputSchema>;

/** A plan with every choice made: what the state machine, providers and report work from. */
export interface InterviewPlan {
  topics: TopicId[];
  questionsPerTopic: number;
  difficulty: QuestionDifficulty;
  /** Where the difficulty came from, so the UI can say "senior (from the job description)". */
  difficultySource: "chosen" | "job-description" | "default";
  language: string;
  timeLimitMinutes: number | null;
  jobDescription: string | null;
  /** A drill's fixed questions, asked in order (see drill/drill-plan.ts); absent or null for an interview. */
  drill?: DrillPlanItem[] | null;
}

/** A resolved plan as stored and sent to clients: for reading it back and for API output schemas. */
export const ZInterviewPlanSchema = z.object({
  topics: z.array(ZTopicIdSchema),
  questionsPerTopic: z.number().int(),
  difficulty: ZQuestionDifficultySchema,
  difficultySource: z.enum(["chosen", "job-description", "default"]),
  language: z.string(),
  timeLimitMinutes: z.number().int().nullable(),
  jobDescription: z.string().nullable(),
  drill: z.array(ZDrillPlanItemSchema).nullish(),
}) satisfies z.ZodType<InterviewPlan>;

/**
 * Turns validated input into a concrete plan. Pass the job description analysis when the input had a
 * job description, so `auto` can use its level.
 */
export function resolveInterviewPlan(
  input: ParsedInterviewPlanInput,
  jobDescriptionAnalysis: JobDescriptionAnalysis | null = null,
): InterviewPlan {
  let difficulty: QuestionDifficulty = DEFAULT_DIFFICULTY;
  let difficultySource: InterviewPlan["difficultySource"] = "default";
  if (input.difficulty !== "auto") {
    difficulty = input.difficulty;
    difficultySource = "chosen";
  } else if (jobDescriptionAnalysis) {
    difficulty = difficultyForJobLevel(jobDescriptionAnalysis.level);
    difficultySource = "job-description";
  }
  return {
    topics: [...input.topics],
    questionsPerTopic: input.questionsPerTopic,
    difficulty,
    difficultySource,
    language: input.language,
    timeLimitMinutes: input.timeLimitMinutes,
    jobDescription: input.jobDescription,
  };
}
