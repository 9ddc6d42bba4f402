import { describe, expect, it } from "vitest";
import { analyzeJobDescriptionOffline } from "../job-description/analyze-job-description.ts";
import { DEFAULT_TOPICS } from "../topics.ts";
import { resolveInterviewPlan, ZInterviewPlanInputSchema } from "./interview-plan.ts";

describe("interview plan input", () => {
  it("fills the defaults: all topics in order, 2 per topic, auto difficulty", () => {
    const input = ZInterviewPlanInputSchema.parse({});
    expect(input.topics).toEqual([...DEFAULT_TOPICS]);
    expect(input.topics[0]).toBe("introduction");
    expect(input.questionsPerTopic).toBe(2);
    expect(input.difficulty).toBe("auto");
    expect(input.timeLimitMinutes).toBeNull();
    expect(input.jobDescription).toBeNull();
  });

  it("rejects out-of-range question counts and duplicate topics with readable messages", () => {
    const tooMany = ZInterviewPlanInputSchema.safeParse({ questionsPerTopic: 5 });
    expect(tooMany.success).toBe(false);
    expect(tooMany.error?.issues[0]?.message).toBe("Ask at most 4 questions per topic.");
    expect(ZInterviewPlanInputSchema.safeParse({ questionsPerTopic: 0 }).error?.issues[0]?.message).toBe(
      "Ask at least 1 question per topic.",
    );
    expect(ZInterviewPlanInputSchema.safeParse({ topics: ["coding", "coding"] }).error?.issues[0]?.message).toBe(
      "Each topic can be chosen only once.",
    );
    expect(ZInterviewPlanInputSchema.safeParse({ topics: ["cooking"] }).success).toBe(false);
    expect(ZInterviewPlanInputSchema.safeParse({ difficulty: "expert" }).error?.issues[0]?.message).toBe(
      "Difficulty must be junior, mid, senior or auto.",
    );
    expect(ZInterviewPlanInputSchema.safeParse({ jobDescription: "x".repeat(20_001) }).success).toBe(false);
  });

  it("resolves auto difficulty from the job description, or mid without one", () => {
    const input = ZInterviewPlanInputSchema.parse({
      jobDescription: "Staff Backend Engineer, 10+ years of experience.",
    });
    const analysis = analyzeJobDescriptionOffline(input.jobDescription ?? "");
    expect(resolveInterviewPlan(input, analysis)).toMatchObject({
      difficulty: "senior",
      difficultySource: "job-description",
    });
    expect(resolveInterviewPlan(ZInterviewPlanInputSchema.parse({}))).toMatchObject({
      difficulty: "mid",
      difficultySource: "default",
    });
    expect(resolveInterviewPlan(ZInterviewPlanInputSchema.parse({ difficulty: "junior" }), analysis)).toMatchObject({
      difficulty: "junior",
      difficultySource: "chosen",
    });
  });
});
