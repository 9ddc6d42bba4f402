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
  evidence: z.object({
    covered: z
      .array(
        z.object({
          point: z.string().min(1).describe("The key point's label."),
          quote: z.string().min(1).describe("The candidate's sentence that earned it, copied exactly from the answer."),
        }),
      )
      .max(20),
    missed: z
      .array(
        z.object({
          point: z.string().min(1).describe("The key point's label."),
          hint: z.string().nullable().describe("How a strong answer states it, in one sentence; never a keyword list."),
        }),
      )
      .max(20),
    wrongClaims: z
      .array(
        z.object({
          quote: z.string().min(1).describe("The candidate's incorrect sentence, copied exactly from the answer."),
          correction: z.string().min(1).describe("What is true instead, in one sentence."),
        }),
      )
      .max(10),
  }),
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
          .describe("Short lower-case phrasings (2-4 words each) a correct statement of the point contains."),
      }),
    )
    .min(3)
    .max(7),
  wrongClaims: z
    .array(
      z.object({
        claim: z.string().min(1).describe("A false statement candidates commonly make about this question."),
        correction: z.string().min(1).describe("What is true instead, in one sentence."),
        evidence: z.array(z.string().min(1)).min(1).describe("Short lower-case phrasings of the false statement."),
      }),
    )
    .max(5),
  modelAnswer: z.string().min(1).describe("A full answer a strong candidate would give, 120-250 words."),
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
