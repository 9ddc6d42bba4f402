// The choices the new-interview form offers, typed against the API's input so a topic added or
// renamed on the server is a compile error here (Record needs every id).
import type { RouterInputs, RouterOutputs } from "@interviewer/api";

export type PlanInput = RouterInputs["interview"]["create"];
export type TopicId = NonNullable<PlanInput["topics"]>[number];
export type Difficulty = NonNullable<PlanInput["difficulty"]>;
type JobLevel = RouterOutputs["jobDescription"]["preview"]["analysis"]["level"];

export const TOPIC_OPTIONS: Record<TopicId, { label: string; description: string }> = {
  introduction: { label: "Introduction", description: "Your background and what you are looking for." },
  coding: { label: "Coding", description: "Write code in a real editor; complexity and edge cases." },
  "system-design": { label: "System Design", description: "Scale, trade-offs, caching, queues." },
  databases: { label: "Databases and Data Management", description: "Modelling, indexes, transactions." },
  behavioral: { label: "Behavioral", description: "Situations, decisions and what you learned." },
  "backend-knowledge": { label: "General Backend Knowledge", description: "HTTP, security, concurrency, ops." },
};

export function isTopicId(value: unknown): value is TopicId {
  return typeof value === "string" && Object.hasOwn(TOPIC_OPTIONS, value);
}

/** Every topic (TOPIC_OPTIONS has them all), in the order an interview walks through them. */
export const ALL_TOPICS: readonly TopicId[] = Object.keys(TOPIC_OPTIONS).filter(isTopicId);

/** Short labels, so the select shows them whole on a phone; what "auto" means is said beside it. */
export const DIFFICULTY_OPTIONS: Record<Difficulty, string> = {
  auto: "Auto",
  junior: "Junior",
  mid: "Mid-level",
  senior: "Senior",
};

export function isDifficulty(value: unknown): value is Difficulty {
  return typeof value === "string" && Object.hasOwn(DIFFICULTY_OPTIONS, value);
}

/** The level a job description asks for; staff shares the senior questions. */
export const JOB_LEVEL_LABELS: Record<JobLevel, string> = {
  junior: "Junior",
  mid: "Mid-level",
  senior: "Senior",
  staff: "Staff",
};

export const LANGUAGE_OPTIONS = ["TypeScript", "JavaScript", "Python", "Go", "Java", "Rust", "C++", "C#"] as const;
export const QUESTIONS_PER_TOPIC_OPTIONS = [1, 2, 3, 4] as const;
export const TIME_LIMIT_OPTIONS = [15, 30, 45, 60, 90] as const;

/** The choices of the form that are remembered between visits (the job description is not). */
export interface PlanSettings {
  topics: TopicId[];
  questionsPerTopic: number;
  difficulty: Difficulty;
  language: string;
  timeLimitMinutes: number | null;
}

/**
 * The product's default interview, as the engine plans one without choices (ZInterviewPlanInputSchema
 * defaults): every topic, two questions each, difficulty from the job description, TypeScript, no limit.
 */
export const DEFAULT_PLAN_SETTINGS: PlanSettings = {
  topics: [...ALL_TOPICS],
  questionsPerTopic: 2,
  difficulty: "auto",
  language: "TypeScript",
  timeLimitMinutes: null,
};
