// The vocabulary every part of the engine shares: interview topics (in their default order) and
// difficulty levels. Topic ids are stable strings the router persists; labels are what people read.
import { z } from "zod";

export const TOPIC_IDS = [
  "introduction",
  "coding",
  "system-design",
  "databases",
  "behavioral",
  "backend-knowledge",
] as const;

export type TopicId = (typeof TOPIC_IDS)[number];

export const ZTopicIdSchema = z.enum(TOPIC_IDS, {
  error: `Topic must be one of: ${TOPIC_IDS.join(", ")}.`,
});

export const TOPIC_LABELS: Record<TopicId, string> = {
  introduction: "Introduction",
  coding: "Coding",
  "system-design": "System Design",
  databases: "Databases and Data Management",
  behavioral: "Behavioral",
  "backend-knowledge": "General Backend Knowledge",
};

/** The order a default interview walks through. */
export const DEFAULT_TOPICS: readonly TopicId[] = TOPIC_IDS;

/** Levels a question is written for. */
export const QUESTION_DIFFICULTIES = ["junior", "mid", "senior"] as const;
export type QuestionDifficulty = (typeof QUESTION_DIFFICULTIES)[number];
export const ZQuestionDifficultySchema = z.enum(QUESTION_DIFFICULTIES);

/** Levels a job description can ask for: staff exists in job ads but shares the senior question pool. */
export const JOB_LEVELS = ["junior", "mid", "senior", "staff"] as const;
export type JobLevel = (typeof JOB_LEVELS)[number];
export const ZJobLevelSchema = z.enum(JOB_LEVELS);

export function difficultyForJobLevel(level: JobLevel): QuestionDifficulty {
  return level === "staff" ? "senior" : level;
}
