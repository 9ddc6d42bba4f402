import { describe, expect, it } from "vitest";
import { getInterviewState, type InterviewTurn } from "../plan/interview-state.ts";
import { buildInterviewReport } from "../report/interview-report.ts";
import { answeredTurn, openTurn, testQuestion } from "../testing/interview-fixtures.ts";
import { type DueDrillCard, drillInterviewPlan, MAX_DRILL_QUESTIONS, planDrillItems } from "./drill-plan.ts";

function pointCard(id: string, questionId: string, topic: DueDrillCard["topic"] = "databases"): DueDrillCard {
  return { id, kind: "key-point", topic, label: `label ${id}`, questionId };
}
function topicCard(id: string, topic: DueDrillCard["topic"]): DueDrillCard {
  return { id, kind: "topic", topic, label: topic, questionId: null };
}

describe("planning a drill from due cards", () => {
  it("groups a question's point cards into one item and keeps the most overdue first", () => {
    const items = planDrillItems([
      pointCard("a", "q1"),
      topicCard("b", "coding"),
      pointCard("c", "q2", "system-design"),
      pointCard("d", "q1"),
    ]);
    expect(items).toEqual([
      { kind: "key-point", topic: "databases", cardIds: ["a", "d"], labels: ["label a", "label d"] },
      { kind: "topic", topic: "coding", cardIds: ["b"], labels: ["coding"] },
      { kind: "key-point", topic: "system-design", cardIds: ["c"], labels: ["label c"] },
    ]);
  });

  it("asks at most five questions, still adding points of a question already chosen", () => {
    const cards = Array.from({ length: 8 }, (_, index) => pointCard(`p${index}`, `q${index}`));
    cards.push(pointCard("late", "q0"));
    const items = planDrillItems(cards);
    expect(items).toHaveLength(MAX_DRILL_QUESTIONS);
    expect(items[0]?.cardIds).toEqual(["p0", "late"]);
  });

  it("the state machine asks the drill's items in order, with no follow-ups, then finishes", () => {
    const plan = drillInterviewPlan(
      planDrillItems([pointCard("a", "q1"), topicCard("b", "coding"), pointCard("c", "q2")]),
      "mid",
    );
    expect(plan).toMatchObject({ topics: ["databases", "coding"], questionsPerTopic: 2, timeLimitMinutes: null });
    const turns: InterviewTurn[] = [];
    const asked: string[] = [];
    for (let step = 0; step < 5; step += 1) {
      const state = getInterviewState(plan, turns);
      expect(state.plannedTotal).toBe(3);
      if (state.next.action === "finish") break;
      if (state.next.action !== "ask-question") throw new Error(`unexpected ${state.next.action}`);
      asked.push(state.next.drillItem?.cardIds.join("+") ?? "none");
      const question = testQuestion(`d${step}`, state.next.topic);
      expect(getInterviewState(plan, [...turns, openTurn(question)]).followUpAllowed).toBe(false);
      // The grader asks for a follow-up; a drill never asks one.
      turns.push(answeredTurn(question, 5, { followUp: { ask: true, question: "And why?" } }));
    }
    expect(asked).toEqual(["a", "b", "c"]);
    expect(getInterviewState(plan, turns)).toMatchObject({ finished: true, plannedAnswered: 3 });
    // The report scores the answers but gives no readiness verdict on a drill.
    expect(buildInterviewReport(plan, turns)).toMatchObject({ status: "scored", verdict: null });
  });
});
