// What an interview was for, in a few words, for the history and the charts: the role as the job ad
// names it (its first line, when that reads like a title), else the level and domain the analysis
// found, else the level of the plan.
import type { JobLevel, QuestionDifficulty } from "@interviewer/engine";

const LEVEL_NAMES: Record<JobLevel, string> = { junior: "Junior", mid: "Mid-level", senior: "Senior", staff: "Staff" };
const MAX_TITLE_CHARS = 80;
/** The analyzer's domain when none matched: says nothing about the role. */
const NO_DOMAIN = "general software";

export interface InterviewTitleInput {
  jobTitleLine: string | null;
  jobLevel: JobLevel | null;
  jobDomain: string | null;
  difficulty: QuestionDifficulty;
}

export function interviewTitle(input: InterviewTitleInput): string {
  const line = input.jobTitleLine?.replace(/\s+/g, " ").trim() ?? "";
  // A title is short and is not a sentence; "We are hiring…" paragraphs fall through to the analysis.
  if (line.length > 0 && line.length <= MAX_TITLE_CHARS && !/[.!?:]$/.test(line)) return line;
  if (input.jobLevel) {
    const domain = input.jobDomain && input.jobDomain !== NO_DOMAIN ? ` · ${input.jobDomain}` : "";
    return `${LEVEL_NAMES[input.jobLevel]} backend role${domain}`;
  }
  return `${LEVEL_NAMES[input.difficulty]} practice interview`;
}
