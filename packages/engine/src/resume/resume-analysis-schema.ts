// What a résumé analysis contains: the roles held (with years), total years of experience, projects
// and technologies. The same schema checks the built-in analyser's output, what the API returns, what a
// candidate sends back after editing it, and the snapshot an interview keeps, so every count and
// length is bounded here once.
import { z } from "zod";
import { storedText } from "../stored-text.ts";

export const RESUME_LIMITS = {
  roles: 12,
  projects: 10,
  technologies: 40,
  projectTechnologies: 12,
  /** Titles, companies, project and technology names. */
  nameChars: 120,
  /** A project's one-line description. */
  descriptionChars: 300,
  /** Extracted text kept per résumé (and read by the analyser). */
  textChars: 30_000,
} as const;

const EARLIEST_YEAR = 1950;
const LATEST_YEAR = 2100;

const ZName = storedText({ error: "Enter a name." })
  .trim()
  .min(1, { error: "Enter a name." })
  .max(RESUME_LIMITS.nameChars, { error: `Keep names to ${RESUME_LIMITS.nameChars} characters.` });

const ZYear = z
  .number({ error: "A year must be a number." })
  .int({ error: "A year must be a whole number." })
  .min(EARLIEST_YEAR, { error: `A year must be ${EARLIEST_YEAR} or later.` })
  .max(LATEST_YEAR, { error: `A year must be ${LATEST_YEAR} or earlier.` });

/**
 * A technology as written on the résumé. `id` is the technology dictionary's id when the name is one
 * it knows (job-description/tech-dictionary.ts), which is what questions and job descriptions are
 * matched on; null for anything else. The API recomputes it from the name, so a client cannot set it.
 */
export const ZResumeTechnologySchema = z.object({
  name: ZName,
  id: z.string().max(40).nullable(),
});
export type ResumeTechnology = z.infer<typeof ZResumeTechnologySchema>;

export const ZResumeRoleSchema = z.object({
  title: ZName,
  company: ZName.nullable(),
  startYear: ZYear.nullable(),
  /** null: still in the role (or not stated). */
  endYear: ZYear.nullable(),
});
export type ResumeRole = z.infer<typeof ZResumeRoleSchema>;

export const ZResumeProjectSchema = z.object({
  name: ZName,
  description: storedText()
    .trim()
    .max(RESUME_LIMITS.descriptionChars, {
      error: `Keep a project's description to ${RESUME_LIMITS.descriptionChars} characters.`,
    }),
  technologies: z.array(ZResumeTechnologySchema).max(RESUME_LIMITS.projectTechnologies, {
    error: `List at most ${RESUME_LIMITS.projectTechnologies} technologies per project.`,
  }),
});
export type ResumeProject = z.infer<typeof ZResumeProjectSchema>;

export const ZResumeAnalysisSchema = z.object({
  roles: z.array(ZResumeRoleSchema).max(RESUME_LIMITS.roles, { error: `List at most ${RESUME_LIMITS.roles} roles.` }),
  /** Whole years of professional experience; null when the résumé does not say. */
  totalYearsOfExperience: z
    .number({ error: "Years of experience must be a number." })
    .int({ error: "Years of experience must be a whole number." })
    .min(0, { error: "Years of experience cannot be negative." })
    .max(70, { error: "Years of experience must be at most 70." })
    .nullable(),
  projects: z
    .array(ZResumeProjectSchema)
    .max(RESUME_LIMITS.projects, { error: `List at most ${RESUME_LIMITS.projects} projects.` }),
  technologies: z
    .array(ZResumeTechnologySchema)
    .max(RESUME_LIMITS.technologies, { error: `List at most ${RESUME_LIMITS.technologies} technologies.` }),
});
export type ResumeAnalysis = z.infer<typeof ZResumeAnalysisSchema>;
