// What we ask the model to return, as zod schemas. They are written for OpenAI strict structured
// outputs: every property required (nullable instead of optional), no unions at the root.
// `summary` comes first in the evaluation so it is generated — and streamed — first.
import { z } from "zod";
import { TECH_CATEGORIES } from "../job-description/analysis-schema.ts";
import { ZJobLevelSchema } from "../topics.ts";

export const ZModelEvaluationSchema = z.object({
  summary: z.string().min(1).describe("Two or three sentences of overall feedback addressed to the candidate."),
  score: z.number().int().min(1).max(10),
  strengths: z.array(z.string()),
  gaps: z.array(z.string()),
  improvement: z.string().min(1).describe("The single most useful, specific improvement."),
  keyPointsCovered: z.array(z.string()),
  keyPointsMissed: z.array(z.string()),
  modelAnswerOutline: z.array(z.string()).min(1).max(8),
  followUp: z.object({
    ask: z.boolean().describe("True only when the answer was partial and one follow-up would reveal more."),
    question: z.string().nullable(),
  }),
});
export type ModelEvaluation = z.infer<typeof ZModelEvaluationSchema>;

export const ZModelQuestionSchema = z.object({
  text: z.string().min(10),
  keyPoints: z
    .array(
      z.object({
        label: z.string().min(1),
        evidence: z
          .array(z.string().min(1))
          .min(1)
          .describe("Short lower-case phrases that show the point was covered."),
      }),
    )
    .min(3)
    .max(6),
  modelAnswerOutline: z.array(z.string().min(1)).min(2).max(8),
});
export type ModelQuestion = z.infer<typeof ZModelQuestionSchema>;

export const ZModelJobDescriptionAnalysisSchema = z.object({
  level: ZJobLevelSchema,
  levelEvidence: z.array(z.string()),
  yearsOfExperienceStatements: z.array(z.string()).describe("Copied verbatim from the job description."),
  domain: z.string().min(1),
  techStack: z.array(z.object({ name: z.string().min(1), category: z.enum(TECH_CATEGORIES) })),
  keyResponsibilities: z.array(z.string()).max(5),
  keyQualifications: z.array(z.string()).max(5),
});
export type ModelJobDescriptionAnalysis = z.infer<typeof ZModelJobDescriptionAnalysisSchema>;
