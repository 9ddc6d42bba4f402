// The built-in (offline) job description analyzer: level from seniority wording and years of
// experience, tech stack from the dictionary, domain from keyword families, and the most demanding
// responsibilities and qualifications. Instruction-like lines are removed first and reported in
// `ignoredInstructions`: a job description is data, never instructions.
import { EngineError } from "../errors.ts";
import { splitIntoSentences, stripInstructionsToModel } from "../prompt-injection.ts";
import type { JobLevel } from "../topics.ts";
import type { JobDescriptionAnalysis } from "./analysis-schema.ts";
import { MAX_JOB_DESCRIPTION_CHARS } from "./job-description-limits.ts";
import { detectTechnologies } from "./tech-dictionary.ts";

const KEY_ITEMS_LIMIT = 5;

/** Throws a typed error for empty or over-long text; returns the text otherwise. */
export function assertJobDescriptionUsable(text: string): string {
  if (text.trim().length === 0) {
    throw new EngineError("JOB_DESCRIPTION_EMPTY", "The job description is empty. Paste the text of the job ad.");
  }
  if (text.length > MAX_JOB_DESCRIPTION_CHARS) {
    throw new EngineError(
      "JOB_DESCRIPTION_TOO_LONG",
      `The job description has ${text.length} characters; the limit is ${MAX_JOB_DESCRIPTION_CHARS}. Keep the role, responsibilities and requirements.`,
    );
  }
  return text;
}

// Wording that names a level. "senior leadership/management/stakeholders" is about other people.
const LEVEL_WORDING: ReadonlyArray<{ level: JobLevel; pattern: RegExp }> = [
  {
    level: "staff",
    pattern: /\b(?:staff|principal|distinguished)\s+(?:\w+\s+){0,2}(?:engineer|developer|architect)\b/i,
  },
  { level: "staff", pattern: /\b(?:tech(?:nical)? lead manager|head of engineering|engineering fellow)\b/i },
  {
    level: "senior",
    pattern: /\b(?:senior|sr\.?)\b(?!\s+(?:leadership|management|stakeholders|executives|leaders|engineers))/i,
  },
  { level: "senior", pattern: /\b(?:tech(?:nical)? lead|lead (?:backend |software )?(?:engineer|developer))\b/i },
  { level: "mid", pattern: /\b(?:mid[- ]?level|intermediate|mid[- ]senior)\b/i },
  {
    level: "junior",
    pattern:
      /\b(?:junior|jr\.?|entry[- ]level|graduate|new grad|intern(?:ship)?|associate (?:software )?engineer)\b(?!\s+(?:engineers|developers|colleagues|team members))/i,
  },
];

// "5+ years", "3 - 5 yrs of", "2 to 4 years ... experience". Every quantifier is bounded: with `\s*` on both
// sides of the optional "+"/"-" parts, a digit followed by a long run of spaces was tried in every split of
// the run (cubic time: 2,800 characters took 8 s), and a job description is text anyone can paste.
const YEARS_PATTERN =
  /\b(\d{1,2})\s{0,3}(?:\+|plus)?\s{0,3}(?:(?:-|–|to)\s{0,3}(\d{1,2})\s{0,3}\+?\s{0,3})?(?:years?|yrs?)\b(?:\s{1,3}of)?(?:[^.\n]{0,60}\bexperience\b)?/i;

// Only statements about required experience count ("5+ years of experience", "3-5 years with Go").
const EXPERIENCE_CONTEXT = /experience|professional|industry|building|working|in (?:backend|software)|with\b/i;

function levelForYears(years: number): JobLevel {
  if (years >= 10) return "staff";
  if (years >= 5) return "senior";
  if (years >= 2) return "mid";
  return "junior";
}

const LEVEL_RANK: Record<JobLevel, number> = { junior: 0, mid: 1, senior: 2, staff: 3 };

function detectLevel(text: string, sentences: string[]) {
  const evidence: string[] = [];
  const yearsStatements: string[] = [];
  let best: JobLevel | null = null;
  const raise = (level: JobLevel) => {
    if (best === null || LEVEL_RANK[level] > LEVEL_RANK[best]) best = level;
  };

  for (const sentence of sentences) {
    // Decided once per sentence, not once per number in it: a long sentence of "1 year 1 year ..." would
    // otherwise be rescanned for every match.
    if (!EXPERIENCE_CONTEXT.test(sentence)) continue;
    const match = YEARS_PATTERN.exec(sentence);
    if (!match) continue;
    yearsStatements.push(sentence);
    const minimumYears = Number(match[1]);
    if (Number.isFinite(minimumYears) && minimumYears <= 30) {
      evidence.push(match[0].trim());
      raise(levelForYears(minimumYears));
    }
  }

  for (const { level, pattern } of LEVEL_WORDING) {
    const match = text.match(pattern);
    if (match) {
      evidence.push(match[0].trim());
      // Explicit junior wording lowers nothing found elsewhere, but is the answer when alone.
      raise(level);
    }
  }
  const level: JobLevel = best ?? "mid";
  if (best === null) evidence.push("no seniority wording or years found; assuming mid");
  return { level, evidence: [...new Set(evidence)], yearsStatements: [...new Set(yearsStatements)] };
}

const DOMAINS: ReadonlyArray<{ domain: string; pattern: RegExp }> = [
  {
    domain: "fintech and payments",
    pattern: /\b(?:fintech|payments?|banking|ledger|trading|lending|card issuing|psd2|pci)\b/gi,
  },
  {
    domain: "e-commerce and retail",
    pattern: /\b(?:e-?commerce|retail|checkout|shopping|marketplace|catalog|orders?)\b/gi,
  },
  { domain: "healthcare", pattern: /\b(?:health(?:care)?|clinical|patients?|medical|hipaa|ehr)\b/gi },
  {
    domain: "advertising and marketing",
    pattern: /\b(?:adtech|advertising|ad serving|bidding|campaigns?|martech)\b/gi,
  },
  { domain: "gaming", pattern: /\b(?:gaming|games?|players?|matchmaking)\b/gi },
  {
    domain: "logistics and mobility",
    pattern: /\b(?:logistics|shipping|delivery|fleet|supply chain|ride[- ]?hailing|warehouse)\b/gi,
  },
  {
    domain: "developer tools and infrastructure",
    pattern: /\b(?:developer tools|devtools|platform team|infrastructure|sdk|open source)\b/gi,
  },
  {
    domain: "data and analytics",
    pattern: /\b(?:analytics|data platform|data pipelines?|etl|warehouse|business intelligence)\b/gi,
  },
  {
    domain: "AI and machine learning",
    pattern: /\b(?:machine learning|ml|llms?|ai|artificial intelligence|recommendation)\b/gi,
  },
  { domain: "security", pattern: /\b(?:security|identity|authentication|fraud|compliance|soc ?2)\b/gi },
  { domain: "social and media", pattern: /\b(?:social|media|streaming|video|content|messaging|chat)\b/gi },
  { domain: "education", pattern: /\b(?:edtech|education|learning platform|students?|courses?)\b/gi },
  { domain: "travel and hospitality", pattern: /\b(?:travel|booking|hotels?|flights?|hospitality)\b/gi },
  { domain: "B2B SaaS", pattern: /\b(?:saas|b2b|multi-?tenant|enterprise customers)\b/gi },
];

function detectDomain(text: string): string {
  let best = { domain: "general software", count: 0 };
  for (const { domain, pattern } of DOMAINS) {
    const count = text.match(pattern)?.length ?? 0;
    if (count > best.count) best = { domain, count };
  }
  return best.domain;
}

const RESPONSIBILITY_HEADING =
  /^(?:#+\s*)?(?:responsibilities|what you(?:'|’)ll do|what you will do|the role|your role|you will|day to day|in this role)\b/i;
const QUALIFICATION_HEADING =
  /^(?:#+\s*)?(?:requirements|qualifications|what you(?:'|’)ll bring|what we(?:'|’)re looking for|about you|you have|must have|nice to have|skills|who you are)\b/i;
const QUALIFICATION_WORDS =
  /\b(?:experience|years?|degree|knowledge|proficien|familiar|understanding|background|expertise|skills?)\b/i;
const DEMANDING_WORDS =
  /\b(?:design|architect|lead|own|scale|scalab|mentor|distributed|high[- ]availability|performance|reliability|latency|million|billion|strategy|production|on-?call|security|deep|expert|strong)\w*/gi;
const RESPONSIBILITY_START =
  /^(?:you will|you'll|build|design|own|lead|develop|maintain|work|collaborate|write|operate|scale)\b/i;
const NUMBER = /\d+/g;
const BULLET = /^\s*(?:[-*•·]|\d+[.)])\s*/;
const WHITESPACE = /\s+/;

function demandScore(line: string): number {
  const demanding = line.match(DEMANDING_WORDS)?.length ?? 0;
  const tech = detectTechnologies(line).length;
  const numbers = line.match(NUMBER)?.length ?? 0;
  return demanding * 2 + tech + numbers;
}

function cleanBullet(line: string): string {
  return line.replace(BULLET, "").trim();
}

function topByDemand(lines: string[]): string[] {
  return lines
    .map((line, index) => ({ line, index, score: demandScore(line) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, KEY_ITEMS_LIMIT)
    .map(({ line }) => line);
}

function splitResponsibilitiesAndQualifications(lines: string[]) {
  const responsibilities: string[] = [];
  const qualifications: string[] = [];
  let section: "responsibilities" | "qualifications" | null = null;
  for (const raw of lines) {
    const line = cleanBullet(raw);
    if (line.length === 0) continue;
    if (line.length < 60 && RESPONSIBILITY_HEADING.test(line)) {
      section = "responsibilities";
      continue;
    }
    if (line.length < 60 && QUALIFICATION_HEADING.test(line)) {
      section = "qualifications";
      continue;
    }
    if (line.split(WHITESPACE).length < 4) continue;
    if (section === "responsibilities") responsibilities.push(line);
    else if (section === "qualifications") qualifications.push(line);
    else if (QUALIFICATION_WORDS.test(line)) qualifications.push(line);
    else if (RESPONSIBILITY_START.test(line)) responsibilities.push(line);
  }
  return { responsibilities: topByDemand(responsibilities), qualifications: topByDemand(qualifications) };
}

/** Every pattern the analyzer runs on job description text, for the linear-time check in its tests. */
export const JOB_DESCRIPTION_PATTERNS: readonly RegExp[] = [
  ...LEVEL_WORDING.map(({ pattern }) => pattern),
  YEARS_PATTERN,
  EXPERIENCE_CONTEXT,
  ...DOMAINS.map(({ pattern }) => pattern),
  RESPONSIBILITY_HEADING,
  QUALIFICATION_HEADING,
  QUALIFICATION_WORDS,
  DEMANDING_WORDS,
  RESPONSIBILITY_START,
  NUMBER,
  BULLET,
  WHITESPACE,
];

/** Analyzes a job description offline. Throws EngineError for empty or over-long text. */
export function analyzeJobDescriptionOffline(text: string): JobDescriptionAnalysis {
  assertJobDescriptionUsable(text);
  const { text: data, removed } = stripInstructionsToModel(text);
  const lines = data.split("\n");
  const sentences = splitIntoSentences(data);
  const { level, evidence, yearsStatements } = detectLevel(data, sentences);
  const { responsibilities, qualifications } = splitResponsibilitiesAndQualifications(lines);
  return {
    level,
    levelEvidence: evidence,
    yearsOfExperienceStatements: yearsStatements,
    domain: detectDomain(data),
    techStack: detectTechnologies(data),
    keyResponsibilities: responsibilities,
    keyQualifications: qualifications,
    ignoredInstructions: removed,
  };
}
