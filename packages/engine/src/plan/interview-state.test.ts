import { describe, expect, it } from "vitest";
import { EngineError } from "../errors.ts";
import { createFollowUpQuestion } from "../follow-up-question.ts";
import { answeredTurn, openTurn, testPlan, testQuestion } from "../testing/interview-fixtures.ts";
import { getInterviewState, type InterviewTurn, plannedSlotOf } from "./interview-state.ts";

const followUpWanted = {
  followUp: { ask: true, question: "And how would you test it?" },
  keyPointsMissed: ["c1 point B"],
};

describe("interview state machine", () => {
  it("starts with the first topic of the plan", () => {
    const state = getInterviewState(testPlan(), []);
    expect(state.next).toEqual({ action: "ask-question", topic: "coding" });
    expect(state).toMatchObject({
      topicIndex: 0,
      questionIndex: 0,
      questionNumber: 1,
      finished: false,
      plannedTotal: 4,
    });
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
    expect(done).toMatchObject({
      finished: true,
      next: { action: "finish", reason: "completed" },
      plannedAnswered: 4,
      plannedTotal: 4,
    });
  });

  it("offers a follow-up right after a main question whose evaluation asks for one, in the parent's slot", () => {
    const c1 = testQuestion("c1", "coding");
    const state = getInterviewState(testPlan(), [answeredTurn(c1, 5, followUpWanted)]);
    expect(state.next).toEqual({
      action: "ask-follow-up",
      topic: "coding",
      parentQuestion: c1,
      text: "And how would you test it?",
    });
    expect(state).toMatchObject({ questionIndex: 0, questionNumber: 1, plannedAsked: 1, plannedAnswered: 1 });
  });

  it("asks follow-ups as extras: every planned question is still asked", () => {
    const plan = testPlan();
    const turns: InterviewTurn[] = [];
    const asked: string[] = [];
    for (let step = 0; step < 20; step += 1) {
      const state = getInterviewState(plan, turns);
      const { next } = state;
      if (next.action === "finish") break;
      if (next.action === "ask-follow-up") {
        const parent = turns.at(-1);
        if (!parent?.evaluation) throw new Error("a follow-up needs an evaluated parent");
        const followUp = createFollowUpQuestion(next.parentQuestion, parent.evaluation, next.text);
        asked.push(`follow-up of ${next.parentQuestion.id} (#${state.questionNumber})`);
        turns.push(answeredTurn(followUp, 6, followUpWanted));
        continue;
      }
      if (next.action !== "ask-question") throw new Error(`unexpected ${next.action}`);
      asked.push(`${next.topic} q${step} (#${state.questionNumber})`);
      turns.push(answeredTurn(testQuestion(`q${step}`, next.topic), 5, followUpWanted));
    }
    expect(asked).toEqual([
      "coding q0 (#1)",
      "follow-up of q0 (#1)",
      "coding q2 (#2)",
      "follow-up of q2 (#2)",
      "databases q4 (#3)",
      "follow-up of q4 (#3)",
      "databases q6 (#4)",
      "follow-up of q6 (#4)",
    ]);
    const done = getInterviewState(plan, turns);
    expect(done).toMatchObject({ finished: true, plannedAsked: 4, plannedAnswered: 4, plannedTotal: 4 });
    expect(done.usedSlotsByTopic).toEqual({ coding: 2, databases: 2 });
  });

  it("gives the open follow-up its parent's slot and number", () => {
    const c1 = testQuestion("c1", "coding");
    const first = answeredTurn(c1, 5, followUpWanted);
    const followUp = createFollowUpQuestion(
      c1,
      first.evaluation ?? { keyPointsMissed: [] },
      "And how would you test it?",
    );
    expect(followUp.keyPoints.map((point) => point.label)).toEqual(["c1 point B"]);
    const state = getInterviewState(testPlan(), [first, openTurn(followUp)]);
    expect(state).toMatchObject({
      next: { action: "await-answer", turnIndex: 1 },
      questionIndex: 0,
      questionNumber: 1,
      followUpAllowed: false,
    });
    expect(plannedSlotOf(testPlan(), [first, openTurn(followUp)], followUp)).toEqual({
      questionIndex: 0,
      questionNumber: 1,
    });
  });

  it("offers a follow-up after the last planned question too, then finishes", () => {
    const plan = testPlan({ topics: ["coding"], questionsPerTopic: 1 });
    const c1 = testQuestion("c1", "coding");
    const first = answeredTurn(c1, 5, followUpWanted);
    expect(getInterviewState(plan, [first]).next.action).toBe("ask-follow-up");
    const followUp = createFollowUpQuestion(c1, first.evaluation ?? { keyPointsMissed: [] }, "Why?");
    expect(getInterviewState(plan, [first, answeredTurn(followUp, 5)]).next).toEqual({
      action: "finish",
      reason: "completed",
    });
  });

  it("never chains a follow-up after a follow-up, nor asks a second follow-up of the same question", () => {
    const plan = testPlan({ questionsPerTopic: 4 });
    const c1 = testQuestion("c1", "coding");
    const followUp = createFollowUpQuestion(c1, { keyPointsMissed: [] }, "Why?");
    const state = getInterviewState(plan, [
      answeredTurn(c1, 5, followUpWanted),
      answeredTurn(followUp, 5, followUpWanted),
    ]);
    expect(state.next).toEqual({ action: "ask-question", topic: "coding" });
    expect(state).toMatchObject({ questionIndex: 1, questionNumber: 2 });
    // A retry of c1 after its follow-up asks for one again: c1 already had its follow-up.
    const afterRetry = getInterviewState(plan, [
      answeredTurn(c1, 5, followUpWanted),
      answeredTurn(followUp, 5),
      answeredTurn(c1, 6, followUpWanted),
    ]);
    expect(afterRetry.next).toEqual({ action: "ask-question", topic: "coding" });
  });

  it("asks no follow-up after a skipped question", () => {
    const skipped: InterviewTurn = {
      ...answeredTurn(testQuestion("c1", "coding"), 1, followUpWanted),
      answer: "",
      skipped: true,
    };
    const state = getInterviewState(testPlan(), [skipped]);
    expect(state.next).toEqual({ action: "ask-question", topic: "coding" });
    expect(state.plannedAnswered).toBe(1);
  });

  it("with a time limit, asks a follow-up only while the rest of the plan keeps its average time", () => {
    // 4 planned questions in 40 minutes: 10 minutes each. After the first, 3 remain: 30 minutes needed.
    const plan = testPlan({ timeLimitMinutes: 40 });
    const startedAt = new Date("2025-01-01T10:00:00Z");
    const turns = [answeredTurn(testQuestion("c1", "coding"), 5, followUpWanted)];
    const inTime = getInterviewState(plan, turns, { startedAt, now: new Date("2025-01-01T10:10:00Z") });
    expect(inTime.next.action).toBe("ask-follow-up");
    const late = getInterviewState(plan, turns, { startedAt, now: new Date("2025-01-01T10:10:01Z") });
    expect(late.next).toEqual({ action: "ask-question", topic: "coding" });
  });

  it("counts retries and follow-ups in no planned total", () => {
    const c1 = testQuestion("c1", "coding");
    const followUp = createFollowUpQuestion(c1, { keyPointsMissed: [] }, "Why?");
    const state = getInterviewState(testPlan(), [
      answeredTurn(c1, 3, followUpWanted),
      answeredTurn(followUp, 4),
      answeredTurn(c1, 8),
      openTurn(testQuestion("c2", "coding")),
    ]);
    expect(state).toMatchObject({ plannedAsked: 2, plannedAnswered: 1, plannedTotal: 4, questionNumber: 2 });
  });

  it("does not go back to an earlier topic that has a free slot", () => {
    // Stored before follow-ups were extras: the follow-up took coding's second slot.
    const c1 = testQuestion("c1", "coding");
    const followUp = createFollowUpQuestion(c1, { keyPointsMissed: [] }, "Why?");
    const state = getInterviewState(testPlan(), [
      answeredTurn(c1, 5),
      answeredTurn(followUp, 5),
      answeredTurn(testQuestion("d1", "databases"), 5),
    ]);
    expect(state.next).toEqual({ action: "ask-question", topic: "databases" });
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
