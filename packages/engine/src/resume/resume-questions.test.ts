import { describe, expect, it } from "vitest";
import { createBuiltinInterviewerProvider } from "../builtin/builtin-provider.ts";
import { ZInterviewQuestionSchema } from "../interview-question.ts";
import { analyzeJobDescriptionOffline } from "../job-description/analyze-job-description.ts";
import { createSeededRandom } from "../random.ts";
import type { ResumeAnalysis } from "./resume-analysis-schema.ts";
import { resumeQuestion } from "./resume-questions.ts";

const RESUME: ResumeAnalysis = {
  roles: [{ title: "Backend Engineer", company: "Acme", startYear: 2020, endYear: null }],
  totalYearsOfExperience: 6,
  projects: [
    { name: "Ledger Service", description: "double-entry ledger", technologies: [{ id: "go", name: "Go" }] },
    { name: "Rate Limiter", description: "token bucket", technologies: [{ id: "redis", name: "Redis" }] },
  ],
  technologies: [
    { id: "go", name: "Go" },
    { id: "redis", name: "Redis" },
  ],
};

const base = { difficulty: "mid" as const, resume: RESUME, seenQuestionIds: [] as string[] };

describe("questions about the candidate's résumé", () => {
  it("an introduction names one of their projects and carries a rubric", () => {
    const question = resumeQuestion({ ...base, topic: "introduction" }, createSeededRandom(1));
    expect(question).not.toBeNull();
    expect(ZInterviewQuestionSchema.parse(question)).toEqual(question);
    expect(question?.text).toMatch(/Ledger Service|Rate Limiter/);
    expect(question?.keyPoints.length).toBeGreaterThanOrEqual(3);
  });

  it("asks about another project once one was asked, then about a role, then nothing", () => {
    const first = resumeQuestion({ ...base, topic: "behavioral" }, createSeededRandom(1));
    const second = resumeQuestion(
      { ...base, topic: "behavioral", seenQuestionIds: [first?.id ?? ""] },
      createSeededRandom(1),
    );
    expect(second?.id).not.toBe(first?.id);
    const third = resumeQuestion(
      { ...base, topic: "behavioral", seenQuestionIds: [first?.id ?? "", second?.id ?? ""] },
      createSeededRandom(1),
    );
    expect(third?.text).toContain("Backend Engineer at Acme");
    const none = resumeQuestion(
      { ...base, topic: "behavioral", seenQuestionIds: [first?.id ?? "", second?.id ?? "", third?.id ?? ""] },
      createSeededRandom(1),
    );
    expect(none).toBeNull();
  });

  it("technical topics are left to the bank", () => {
    expect(resumeQuestion({ ...base, topic: "databases" }, createSeededRandom(1))).toBeNull();
  });

  it("the built-in interviewer weights technical questions toward the gaps between résumé and job", async () => {
    const provider = createBuiltinInterviewerProvider({ random: createSeededRandom(7) });
    const job = analyzeJobDescriptionOffline("Backend engineer working with Go, Redis and Kafka.");
    const request = {
      topic: "backend-knowledge" as const,
      difficulty: "mid" as const,
      language: "Go",
      jobDescription: job,
      seenQuestionIds: [],
      askedInThisInterview: [],
      recentQuestionTexts: [],
    };
    const tailored = await provider.askQuestion({ ...request, resume: RESUME });
    // Kafka is the job's and not the résumé's: the bank's Kafka-tagged questions come first.
    expect(tailored.question.text.toLowerCase()).toMatch(/kafka|consumer|message|queue|partition/);
    const intro = await provider.askQuestion({ ...request, topic: "introduction", resume: RESUME });
    expect(intro.question.text).toMatch(/Ledger Service|Rate Limiter/);
    const untailored = await provider.askQuestion({ ...request, topic: "introduction", resume: null });
    expect(untailored.question.text).not.toMatch(/Ledger Service|Rate Limiter/);
  });
});
