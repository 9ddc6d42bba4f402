// What an interview takes from a résumé beyond its own questions: the technologies to weight technical
// questions toward (the résumé's stack, and first of all the gaps — what the job asks for and the résumé
// does not show), and a bounded summary a model's prompt carries as data.
import type { JobDescriptionAnalysis } from "../job-description/analysis-schema.ts";
import type { ResumeAnalysis } from "./resume-analysis-schema.ts";

/** Summaries longer than this are cut: the prompt's instructions must outweigh the candidate's text. */
export const RESUME_SUMMARY_MAX_CHARS = 2_500;

/** Dictionary ids of the technologies on the résumé (overall and in its projects). */
export function resumeTechnologyIds(resume: ResumeAnalysis): string[] {
  const ids = [...resume.technologies, ...resume.projects.flatMap((project) => project.technologies)]
    .map((tech) => tech.id)
    .filter((id): id is string => id !== null);
  return [...new Set(ids)];
}

/** Technologies the job description asks for that the résumé does not show, by dictionary id. */
export function resumeGaps(
  resume: ResumeAnalysis,
  jobDescription: JobDescriptionAnalysis | null,
): Array<{ id: string; name: string }> {
  if (!jobDescription) return [];
  const onResume = new Set(resumeTechnologyIds(resume));
  return jobDescription.techStack.filter((tech) => !onResume.has(tech.id)).map(({ id, name }) => ({ id, name }));
}

/** The résumé in a few lines for a prompt: roles, years, projects, technologies; bounded. */
export function resumeSummary(resume: ResumeAnalysis): string {
  const roles = resume.roles.map((role) => {
    const years = role.startYear ? ` (${role.startYear}–${role.endYear ?? "present"})` : "";
    return `- ${role.title}${role.company ? ` at ${role.company}` : ""}${years}`;
  });
  const projects = resume.projects.map((project) => {
    const stack = project.technologies.map((tech) => tech.name).join(", ");
    return `- ${project.name}${project.description ? `: ${project.description}` : ""}${stack ? ` [${stack}]` : ""}`;
  });
  const text = [
    `Years of experience: ${resume.totalYearsOfExperience ?? "not stated"}`,
    `Roles:\n${roles.join("\n") || "- none listed"}`,
    `Projects:\n${projects.join("\n") || "- none listed"}`,
    `Technologies: ${resume.technologies.map((tech) => tech.name).join(", ") || "none listed"}`,
  ].join("\n");
  return text.length > RESUME_SUMMARY_MAX_CHARS ? `${text.slice(0, RESUME_SUMMARY_MAX_CHARS)}…` : text;
}
