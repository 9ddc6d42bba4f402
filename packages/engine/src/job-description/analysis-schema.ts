// What a job description analysis contains. The same schema validates the built-in analyzer's output
// and a model's structured output.
import { z } from "zod";
import { ZJobLevelSchema } from "../topics.ts";

export const TECH_CATEGORIES = ["language", "database", "queue", "cloud", "framework", "infrastructure"] as const;
export type TechCategory = (typeof TECH_CATEGORIES)[number];

export const ZTechnologySchema = z.object({
  /** Dictionary id ("postgresql", "kafka"); questions in the bank are tagged with these ids. */
  id: z.string().min(1),
  name: z.string().min(1),
  category: z.enum(TECH_CATEGORIES),
});
export type Technology = z.infer<typeof ZTechnologySchema>;

export const ZJobDescriptionAnalysisSchema = z.object({
  level: ZJobLevelSchema,
  /** Verbatim phrases that decided the level (titles, years statements). */
  levelEvidence: z.array(z.string()),
  /** Explicit years-of-experience statements, copied verbatim from the text. */
  yearsOfExperienceStatements: z.array(z.string()),
  domain: z.string().min(1),
  techStack: z.array(ZTechnologySchema),
  /** The most demanding responsibilities, most demanding first. */
  keyResponsibilities: z.array(z.string()),
  /** The most demanding qualifications, most demanding first. */
  keyQualifications: z.array(z.string()),
  /** Lines that read like instructions to an AI; treated as data and ignored. */
  ignoredInstructions: z.array(z.string()),
});
export type JobDescriptionAnalysis = z.infer<typeof ZJobDescriptionAnalysisSchema>;
