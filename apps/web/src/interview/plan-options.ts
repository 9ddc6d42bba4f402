// The choices the new-interview form offers, typed against the API's input so a topic added or
// renamed on the server is a compile error here (Record needs every id).
import type { RouterInputs } from "@interviewer/api";

export type PlanInput = RouterInputs["interview"]["create"];
export type TopicId = NonNullable<PlanInput["topics"]>[number];
export type Difficulty = NonNullable<PlanInput["difficulty"]>;

export const TOPIC_OPTIONS: Record<TopicId, { label: string; description: string }> = {
  introduction: { label: "Introduction", description: "Your background and what you are looking for." },
  coding: { label: "Coding", description: "Write code in a real editor; complexity and edge cases." },
  "system-design": { label: "System Design", description: "Scale, trade-offs, caching, queues." },
  databases: { label: "Databases and Data Management", description: "Modelling, indexes, transactions." },
  behavioral: { label: "Behavioral", description: "Situations, decisions and what you learned." },
  "backend-knowledge": { label: "General Backend Knowledge", description: "HTTP, security, concurrency, ops." },
};

export const DIFFICULTY_OPTIONS: Record<Difficulty, string> = {
  auto: "Auto (from the job description; mid without one)",
  junior: "Junior",
  mid: "Mid-level",
  senior: "Senior",
};

export const LANGUAGE_OPTIONS = ["TypeScript", "JavaScript", "Python", "Go", "Java", "Rust", "C++", "C#"] as const;
