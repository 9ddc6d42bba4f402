// The built-in résumé analyser: roles with their years, total years of experience, projects and
// technologies, read from the plain text of a résumé. Pure and offline. It reads the text line by
// line with string operations and a few patterns with bounded quantifiers only (the text is the
// candidate's: see hostile-text-runs-in-linear-time.test.ts), and everything it returns is bounded by
// RESUME_LIMITS. Technologies are named with the job-description dictionary, so a résumé and a job
// description speak of "PostgreSQL" the same way and their gaps can be compared.
import { detectTechnologies } from "../job-description/tech-dictionary.ts";
import {
  RESUME_LIMITS,
  type ResumeAnalysis,
  type ResumeProject,
  type ResumeRole,
  type ResumeTechnology,
} from "./resume-analysis-schema.ts";

/** "2019 – Present", "Jan 2018 - Mar 2021", "2015 to 2017": the gap between the two is checked in code. */
const YEAR_RANGE = /\b((?:19|20)\d{2})\b([^\d\n]{1,16}?)\b((?:19|20)\d{2}|present|current|now|today)\b/gi;
/** "8+ years of experience", "5 years": when no dated role says it. */
const YEARS_STATEMENT = /\b(\d{1,2})\+?\s{0,2}(?:years?|yrs?)\b/i;
/** Every pattern this module runs on résumé text, for the linear-time test. */
export const RESUME_PATTERNS: readonly RegExp[] = [YEAR_RANGE, YEARS_STATEMENT];

type Section = "experience" | "projects" | "skills" | "education" | "other";

const SECTION_HEADINGS: Record<string, Section> = {
  experience: "experience",
  "work experience": "experience",
  "professional experience": "experience",
  employment: "experience",
  "employment history": "experience",
  "work history": "experience",
  career: "experience",
  projects: "projects",
  "selected projects": "projects",
  "personal projects": "projects",
  "side projects": "projects",
  "key projects": "projects",
  "open source": "projects",
  skills: "skills",
  "technical skills": "skills",
  technologies: "skills",
  "tech stack": "skills",
  "core skills": "skills",
  education: "education",
  certifications: "education",
  summary: "other",
  profile: "other",
  about: "other",
  "about me": "other",
  interests: "other",
  languages: "other",
  contact: "other",
};

const TITLE_WORDS = [
  "engineer",
  "developer",
  "programmer",
  "architect",
  "lead",
  "manager",
  "intern",
  "consultant",
  "cto",
  "head of",
  "scientist",
  "analyst",
  "administrator",
  "sre",
  "devops",
  "founder",
  "specialist",
];

const BULLETS = new Set(["•", "-", "*", "·", "–", "—", "▪", "◦", "●", "‣", "○"]);
const NAME_SEPARATORS = [": ", " — ", " – ", " - ", " | "];
const ROLE_SEPARATORS = [" at ", " @ ", " | ", " — ", " – ", " - ", ", "];
const SKILL_SEPARATORS = new Set([",", ";", "|", "•", "·"]);
const SKILL_MAX_CHARS = 40;

interface Line {
  text: string;
  bullet: boolean;
  section: Section | "none";
}

/** The analysis of a résumé's text; `currentYear` closes roles that run to "present". */
export function analyzeResume(text: string, options: { currentYear: number }): ResumeAnalysis {
  const lines = readLines(text.slice(0, RESUME_LIMITS.textChars));
  const roles = readRoles(lines);
  const skills = lines.filter((line) => line.section === "skills").flatMap((line) => skillNames(line.text));
  return {
    roles: roles.slice(0, RESUME_LIMITS.roles),
    totalYearsOfExperience: yearsOfExperience(roles, lines, options.currentYear),
    projects: readProjects(lines).slice(0, RESUME_LIMITS.projects),
    technologies: mergeTechnologies(
      [
        ...detectTechnologies(text.slice(0, RESUME_LIMITS.textChars)).map(({ id, name }) => ({ id, name })),
        ...skills.map(normalizeTechnology),
      ],
      RESUME_LIMITS.technologies,
    ),
  };
}

/** A technology named by a person: the dictionary's name and id when it knows it, else as written. */
export function normalizeTechnology(name: string): ResumeTechnology {
  const trimmed = collapseSpaces(name).slice(0, RESUME_LIMITS.nameChars);
  const [known] = detectTechnologies(trimmed);
  // "AWS Lambda" is AWS, but "PostgreSQL and Redis" is not one technology: only a short name maps.
  if (known && trimmed.length <= known.name.length + 12) return { id: known.id, name: known.name };
  return { id: null, name: trimmed };
}

/** The same analysis with every technology re-read from its name (edits cannot choose ids) and duplicates dropped. */
export function normalizeResumeAnalysis(analysis: ResumeAnalysis): ResumeAnalysis {
  return {
    ...analysis,
    projects: analysis.projects.map((project) => ({
      ...project,
      technologies: mergeTechnologies(
        project.technologies.map((tech) => normalizeTechnology(tech.name)),
        RESUME_LIMITS.projectTechnologies,
      ),
    })),
    technologies: mergeTechnologies(
      analysis.technologies.map((tech) => normalizeTechnology(tech.name)),
      RESUME_LIMITS.technologies,
    ),
  };
}

function mergeTechnologies(technologies: readonly ResumeTechnology[], max: number): ResumeTechnology[] {
  const seen = new Set<string>();
  const merged: ResumeTechnology[] = [];
  for (const tech of technologies) {
    const key = tech.id ?? tech.name.toLowerCase();
    if (tech.name.length === 0 || seen.has(key)) continue;
    seen.add(key);
    merged.push(tech);
    if (merged.length === max) break;
  }
  return merged;
}

function collapseSpaces(text: string): string {
  return text.split(/\s+/).filter(Boolean).join(" ");
}

function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let section: Line["section"] = "none";
  for (const raw of text.split("\n")) {
    let line = collapseSpaces(raw);
    if (line.length === 0) continue;
    const heading = sectionOf(line);
    if (heading) {
      section = heading;
      continue;
    }
    const bullet = BULLETS.has(line.charAt(0)) && (line.charAt(1) === " " || line.charAt(1) === "");
    if (bullet) line = line.slice(1).trim();
    if (line.length > 0) lines.push({ text: line, bullet, section });
  }
  return lines;
}

function sectionOf(line: string): Section | undefined {
  if (line.length > 40) return undefined;
  const words = line
    .toLowerCase()
    .replace(/[^a-z ]/g, " ")
    .split(" ")
    .filter(Boolean)
    .join(" ");
  return SECTION_HEADINGS[words];
}

interface YearRange {
  start: number;
  end: number | null;
  index: number;
  length: number;
}

function findYearRange(line: string): YearRange | undefined {
  const pattern = new RegExp(YEAR_RANGE.source, YEAR_RANGE.flags);
  for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
    const [whole, startText = "", gap = "", endText = ""] = match;
    const gapWords = gap.toLowerCase();
    if (/[-–—]/.test(gapWords) || gapWords.includes("to") || gapWords.includes("until")) {
      const start = Number(startText);
      const end = /^\d+$/.test(endText) ? Number(endText) : null;
      if (end === null || end >= start) return { start, end, index: match.index, length: whole.length };
    }
    // Not a range ("2019, 2021"): look again from just after the first year.
    pattern.lastIndex = match.index + 4;
  }
  return undefined;
}

function readRoles(lines: readonly Line[]): ResumeRole[] {
  const roles: ResumeRole[] = [];
  for (const [index, line] of lines.entries()) {
    if (line.section === "education" || line.section === "projects" || line.section === "skills") continue;
    const range = findYearRange(line.text);
    if (!range) continue;
    let words = trimSeparators(`${line.text.slice(0, range.index)} ${line.text.slice(range.index + range.length)}`);
    // The dates alone on their line: the role is the line above.
    const above = lines[index - 1];
    if (words.length < 3 && above && !above.bullet && !findYearRange(above.text)) words = trimSeparators(above.text);
    if (words.length < 2) continue;
    const { title, company } = splitRole(words);
    roles.push({ title, company, startYear: range.start, endYear: range.end });
    if (roles.length === RESUME_LIMITS.roles) break;
  }
  return roles;
}

/** Drops brackets, month names' leftovers and separators around what is left of a line. */
function trimSeparators(text: string): string {
  const cleaned = trimEdges(collapseSpaces(text.replace(/[()[\]]/g, " ")));
  return trimEdges(dropTrailingMonth(cleaned)).slice(0, RESUME_LIMITS.nameChars * 2);
}

/** Without separators and spaces at either end (a loop, not an anchored pattern: runs stay linear). */
function trimEdges(text: string): string {
  const edge = (char: string) => ",;:|-–—@ ".includes(char);
  let start = 0;
  let end = text.length;
  while (start < end && edge(text.charAt(start))) start += 1;
  while (end > start && edge(text.charAt(end - 1))) end -= 1;
  return text.slice(start, end);
}

const MONTHS = new Set(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]);

/** "Senior Engineer, Acme Jan" → "Senior Engineer, Acme" (the month belonged to the dates). */
function dropTrailingMonth(text: string): string {
  const words = text.split(" ");
  while (words.length > 1) {
    const last = (words[words.length - 1] ?? "").toLowerCase().replace(/[.,]/g, "");
    if (!MONTHS.has(last.slice(0, 4)) && !MONTHS.has(last.slice(0, 3))) break;
    if (last.length > 9) break;
    words.pop();
  }
  return words.join(" ");
}

function isTitle(text: string): boolean {
  const lower = text.toLowerCase();
  return TITLE_WORDS.some((word) => lower.includes(word));
}

function splitRole(text: string): { title: string; company: string | null } {
  for (const separator of ROLE_SEPARATORS) {
    const at = text.indexOf(separator);
    if (at <= 0) continue;
    const first = text.slice(0, at).trim();
    const second = text.slice(at + separator.length).trim();
    if (!first || !second) continue;
    const [title, company] = !isTitle(first) && isTitle(second) ? [second, first] : [first, second];
    return { title: title.slice(0, RESUME_LIMITS.nameChars), company: company.slice(0, RESUME_LIMITS.nameChars) };
  }
  return { title: text.slice(0, RESUME_LIMITS.nameChars), company: null };
}

function yearsOfExperience(roles: readonly ResumeRole[], lines: readonly Line[], currentYear: number): number | null {
  const spans = roles
    .filter((role): role is ResumeRole & { startYear: number } => role.startYear !== null)
    .map((role) => ({ start: role.startYear, end: Math.min(role.endYear ?? currentYear, currentYear) }))
    .filter((span) => span.end >= span.start)
    .sort((a, b) => a.start - b.start);
  if (spans.length > 0) {
    // Overlapping roles count once.
    let total = 0;
    let coveredUntil = Number.NEGATIVE_INFINITY;
    for (const span of spans) {
      const from = Math.max(span.start, coveredUntil);
      if (span.end > from) total += span.end - from;
      coveredUntil = Math.max(coveredUntil, span.end);
    }
    return Math.min(70, Math.max(total, 0));
  }
  for (const line of lines) {
    const match = YEARS_STATEMENT.exec(line.text);
    if (match && /experience/i.test(line.text)) return Math.min(70, Number(match[1]));
  }
  return null;
}

function splitName(text: string): { name: string; rest: string } | undefined {
  for (const separator of NAME_SEPARATORS) {
    const at = text.indexOf(separator);
    if (at > 0 && at <= 80) return { name: text.slice(0, at).trim(), rest: text.slice(at + separator.length).trim() };
  }
  return text.length <= 80 ? { name: text, rest: "" } : undefined;
}

function readProjects(lines: readonly Line[]): ResumeProject[] {
  const inSection = lines.filter((line) => line.section === "projects");
  const headersAreBullets = inSection.every((line) => line.bullet);
  const drafts: Array<{ name: string; details: string[] }> = [];
  for (const line of inSection) {
    const current = drafts[drafts.length - 1];
    const startsProject = headersAreBullets || !line.bullet;
    const split = startsProject ? splitName(line.text) : undefined;
    if (split && drafts.length < RESUME_LIMITS.projects) {
      drafts.push({ name: split.name, details: split.rest ? [split.rest] : [] });
    } else if (current && current.details.length < 6) {
      current.details.push(line.text);
    }
  }
  return drafts.map((draft) => {
    const description = draft.details.join(" ").slice(0, RESUME_LIMITS.descriptionChars).trim();
    return {
      name: draft.name.slice(0, RESUME_LIMITS.nameChars),
      description,
      technologies: detectTechnologies(`${draft.name}\n${draft.details.join("\n")}`)
        .slice(0, RESUME_LIMITS.projectTechnologies)
        .map(({ id, name }) => ({ id, name })),
    };
  });
}

/** The entries of a skills line ("Go, PostgreSQL; Kafka | Docker"), each short enough to be one skill. */
function skillNames(line: string): string[] {
  const names: string[] = [];
  let current = "";
  const flush = () => {
    const name = current.trim();
    // "Languages: Go, Rust": the label before a colon is not a skill.
    const afterLabel = name.includes(":") ? name.slice(name.lastIndexOf(":") + 1).trim() : name;
    if (afterLabel.length > 0 && afterLabel.length <= SKILL_MAX_CHARS) names.push(afterLabel);
    current = "";
  };
  for (const char of line) {
    if (SKILL_SEPARATORS.has(char)) flush();
    else current += char;
    if (current.length > 200) current = "";
  }
  flush();
  return names;
}
