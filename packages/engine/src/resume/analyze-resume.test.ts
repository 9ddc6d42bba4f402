import { describe, expect, it } from "vitest";
import { analyzeJobDescriptionOffline } from "../job-description/analyze-job-description.ts";
import { analyzeResume, normalizeResumeAnalysis } from "./analyze-resume.ts";
import { RESUME_LIMITS, ZResumeAnalysisSchema } from "./resume-analysis-schema.ts";
import { resumeGaps, resumeSummary } from "./resume-context.ts";

const RESUME = `Jane Doe
Backend engineer · jane@example.com

Summary
Backend engineer with 8+ years of experience building payment systems.

Experience
Senior Backend Engineer at Acme Payments (2019 – Present)
• Led the move from a monolith to Go services on Kubernetes
• Cut p99 latency of the ledger API by 60 percent
Globex — Software Engineer, Jan 2015 - Mar 2019
• Built order processing in Python and PostgreSQL

Projects
Ledger Service: double-entry ledger handling 2M transactions a day in Go and PostgreSQL
• Idempotent writes, outbox to Kafka
Rate Limiter - token bucket limiter in Redis used by every public API

Skills
Go, Python, PostgreSQL, Redis, Kafka, Kubernetes, Terraform, Temporal

Education
BSc Computer Science, 2011 - 2015`;

describe("analyzeResume", () => {
  const analysis = analyzeResume(RESUME, { currentYear: 2026 });

  it("reads roles with their titles, companies and years", () => {
    expect(analysis.roles).toEqual([
      { title: "Senior Backend Engineer", company: "Acme Payments", startYear: 2019, endYear: null },
      { title: "Software Engineer", company: "Globex", startYear: 2015, endYear: 2019 },
    ]);
  });

  it("counts years of experience from the dated roles, not from education", () => {
    expect(analysis.totalYearsOfExperience).toBe(11);
  });

  it("reads projects with a one-line description and their technologies", () => {
    expect(analysis.projects.map((project) => project.name)).toEqual(["Ledger Service", "Rate Limiter"]);
    const [ledger] = analysis.projects;
    expect(ledger?.description).toContain("double-entry ledger");
    expect(ledger?.technologies.map((tech) => tech.id)).toEqual(expect.arrayContaining(["go", "postgresql", "kafka"]));
  });

  it("names technologies with the job-description dictionary and keeps unknown skills as written", () => {
    const ids = analysis.technologies.map((tech) => tech.id);
    expect(ids).toEqual(expect.arrayContaining(["go", "python", "postgresql", "redis", "kafka", "kubernetes"]));
    expect(analysis.technologies).toContainEqual({ id: null, name: "Temporal" });
    expect(new Set(analysis.technologies.map((tech) => tech.id ?? tech.name)).size).toBe(analysis.technologies.length);
  });

  it("returns what its own schema accepts, for any text", () => {
    expect(ZResumeAnalysisSchema.parse(analysis)).toEqual(analysis);
    const empty = analyzeResume("", { currentYear: 2026 });
    expect(empty).toEqual({ roles: [], totalYearsOfExperience: null, projects: [], technologies: [] });
  });

  it("falls back to a stated number of years when no role is dated", () => {
    expect(analyzeResume("I have 6 years of experience with Java.", { currentYear: 2026 }).totalYearsOfExperience).toBe(
      6,
    );
  });

  it("bounds every list however long the résumé is", () => {
    const roles = Array.from({ length: 50 }, (_, index) => `Engineer at Company ${index} (2000 - 2001)`).join("\n");
    const projects = Array.from({ length: 50 }, (_, index) => `- Project ${index}: a thing`).join("\n");
    const bounded = analyzeResume(`Experience\n${roles}\nProjects\n${projects}`, { currentYear: 2026 });
    expect(bounded.roles).toHaveLength(RESUME_LIMITS.roles);
    expect(bounded.projects).toHaveLength(RESUME_LIMITS.projects);
    expect(ZResumeAnalysisSchema.safeParse(bounded).success).toBe(true);
  });
});

describe("normalizeResumeAnalysis", () => {
  it("re-reads technology ids from names, so an edit cannot choose them, and drops duplicates", () => {
    const edited = normalizeResumeAnalysis({
      roles: [],
      totalYearsOfExperience: 3,
      projects: [],
      technologies: [
        { name: "golang", id: "kafka" },
        { name: "Go", id: null },
        { name: "Postgres", id: null },
        { name: "Temporal", id: "go" },
      ],
    });
    expect(edited.technologies).toEqual([
      { id: "go", name: "Go" },
      { id: "postgresql", name: "PostgreSQL" },
      { id: null, name: "Temporal" },
    ]);
  });
});

describe("résumé context", () => {
  const analysis = analyzeResume(RESUME, { currentYear: 2026 });

  it("finds the job's technologies the résumé does not show", () => {
    const job = analyzeJobDescriptionOffline(
      "Senior backend engineer. We use Go, PostgreSQL, Kafka and AWS; experience with Elasticsearch is a plus.",
    );
    expect(resumeGaps(analysis, job).map((gap) => gap.id)).toEqual(
      ["elasticsearch", "aws"].filter((id) => job.techStack.some((tech) => tech.id === id)),
    );
    expect(resumeGaps(analysis, null)).toEqual([]);
  });

  it("summarises the résumé for a prompt within a bound", () => {
    const summary = resumeSummary(analysis);
    expect(summary).toContain("Ledger Service");
    expect(summary).toContain("Senior Backend Engineer at Acme Payments (2019–present)");
    const huge = resumeSummary({
      ...analysis,
      projects: Array.from({ length: 10 }, (_, index) => ({
        name: `P${index}`,
        description: "x".repeat(300),
        technologies: [],
      })),
    });
    expect(huge.length).toBeLessThanOrEqual(2_501);
  });
});
