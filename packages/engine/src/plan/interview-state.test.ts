import { describe, expect, it } from "vitest";
import { EngineError } from "../errors.ts";
import { createFollowUpQuestion } from "../follow-up-question.ts";
import { answeredTurn, openTurn, testPlan, testQuestion } from "../testing/interview-fixtures.ts";
import { getInterviewState, type InterviewTurn } from "./interview-state.ts";

const followUpWanted = {
  followUp: { ask: true, question: "And how would you test it?" },
  keyPointsMissed: ["c1 point B"],
};

describe("interview state machine", () => {
  it("starts with the first topic of the plan", () => {
    const state = getInterviewState(testPlan(), []);
    expect(state.next).toEqual({ action: "ask-question", topic: "coding" });
    expect(state).toMatchObject({ topicIndex: 0, questionIndex: 0, finished: false, totalQuestions: 4 });
  });

  it("waits for the answer to an open question", () => {
    const state = getInterviewState(testPlan(), [openTurn(testQuestion("c1", "coding"))]);
    expect(state.next).toEqual({ action: "await-answer", turnIndex: 0 });
    expect(state.followUpAllowed).toBe(true);
  });

  it("walks topics in plan order with the planned number of questions, then finishes", () => {
    const plan = testPlan();
    const turns: InterviewTurn[] = [];
    const visited: string[] = [];
    for (let step = 0; step < 10; step += 1) {
      const state = getInterviewState(plan, turns);
      if (state.next.action === "finish") break;
      if (state.next.action !== "ask-question") throw new Error(`unexpected ${state.next.action}`);
      visited.push(`${state.next.topic}#${state.questionIndex}`);
      turns.push(answeredTurn(testQuestion(`q${step}`, state.next.topic), 8));
    }
    expect(visited).toEqual(["coding#0", "coding#1", "databases#0", "databases#1"]);
    const done = getInterviewState(plan, turns);
    expect(done).toMatchObject({ finished: true, next: { action: "finish", reason: "completed" }, answeredCount: 4 });
  });

  it("offers a follow-up inside the topic budget when the evaluation asks for one", () => {
    const c1 = testQuestion("c1", "coding");
    const state = getInterviewState(testPlan(), [answeredTurn(c1, 5, followUpWanted)]);
    expect(state.next).toEqual({
      action: "ask-follow-up",
      topic: "coding",
      parentQuestion: c1,
      text: "And how would you test it?",
    });
    expect(state.questionIndex).toBe(1);
  });

  it("counts the follow-up against the topic budget", () => {
    const c1 = testQuestion("c1", "coding");
    const first = answeredTurn(c1, 5, followUpWanted);
    const followUp = createFollowUpQuestion(
      c1,
      first.evaluation ?? { keyPointsMissed: [] },
      "And how would you test it?",
    );
    expect(followUp.keyPoints.map((point) => point.label)).toEqual(["c1 point B"]);
    const state = getInterviewState(testPlan(), [first, answeredTurn(followUp, 6, followUpWanted)]);
    expect(state.next).toEqual({ action: "ask-question", topic: "databases" });
  });

  it("does not offer a follow-up when the topic budget is used up", () => {
    const plan = testPlan({ questionsPerTopic: 1 });
    const state = getInterviewState(plan, [answeredTurn(testQuestion("c1", "coding"), 5, followUpWanted)]);
    expect(state.next).toEqual({ action: "ask-question", topic: "databases" });
  });

  it("never chains a follow-up after a follow-up", () => {
    const plan = testPlan({ questionsPerTopic: 4 });
    const c1 = testQuestion("c1", "coding");
    const followUp = createFollowUpQuestion(c1, { keyPointsMissed: [] }, "Why?");
    const state = getInterviewState(plan, [
      answeredTurn(c1, 5, followUpWanted),
      answeredTurn(followUp, 5, followUpWanted),
    ]);
    expect(state.next).toEqual({ action: "ask-question", topic: "coding" });
    expect(state.questionIndex).toBe(2);
  });

  it("does not spend budget on a retried question", () => {
    const c1 = testQuestion("c1", "coding");
    const state = getInterviewState(testPlan(), [answeredTurn(c1, 3), answeredTurn(c1, 8)]);
    expect(state.usedSlotsByTopic.coding).toBe(1);
    expect(state.next).toEqual({ action: "ask-question", topic: "coding" });
  });

  it("finishes when the time limit has passed", () => {
    const startedAt = new Date("2025-01-01T10:00:00Z");
    const plan = testPlan({ timeLimitMinutes: 30 });
    const before = getInterviewState(plan, [], { startedAt, now: new Date("2025-01-01T10:29:59Z") });
    expect(before.finished).toBe(false);
    const after = getInterviewState(plan, [openTurn(testQuestion("c1", "coding"))], {
      startedAt,
      now: new Date("2025-01-01T10:30:00Z"),
    });
    expect(after.next).toEqual({ action: "finish", reason: "time-limit" });
  });

  it("rejects turns about topics outside the plan", () => {
    expect(() => getInterviewState(testPlan(), [answeredTurn(testQuestion("b1", "behavioral"), 5)])).toThrow(
      EngineError,
    );
  });
});
