import { describe, expect, it } from "vitest";
import { createFollowUpQuestion } from "../follow-up-question.ts";
import { testEvaluation, testQuestion } from "../testing/interview-fixtures.ts";
import { cardsFromEvaluation, MAX_POINT_CARDS_PER_ANSWER } from "./cards-from-evaluation.ts";

describe("drill cards from one graded answer", () => {
  it("each missed key point becomes a key-point card keyed by question and point, with the question", () => {
    const question = testQuestion("db-index", "databases");
    const cards = cardsFromEvaluation(question, testEvaluation(8, { keyPointsMissed: ["DB-INDEX point B"] }));
    expect(cards).toEqual([
      {
        kind: "key-point",
        skillKey: "point:db-index:db-index point b",
        topic: "databases",
        label: "db-index point B",
        question,
      },
    ]);
  });

  it("an answer under the passing bar also makes a topic card", () => {
    const cards = cardsFromEvaluation(
      testQuestion("c1", "coding"),
      testEvaluation(4, { keyPointsMissed: ["c1 point A", "c1 point A ", "c1 point B"] }),
    );
    expect(cards.map((card) => card.skillKey)).toEqual(["point:c1:c1 point a", "point:c1:c1 point b", "topic:coding"]);
    expect(cards.at(-1)).toMatchObject({ kind: "topic", label: "Coding", question: null });
  });

  it("a passing answer with every point covered makes no card", () => {
    expect(cardsFromEvaluation(testQuestion("c1", "coding"), testEvaluation(7))).toEqual([]);
  });

  it("a follow-up makes no key-point cards, only a topic card when it is weak", () => {
    const followUp = createFollowUpQuestion(testQuestion("c1", "coding"), { keyPointsMissed: [] }, "And then?");
    const cards = cardsFromEvaluation(followUp, testEvaluation(3, { keyPointsMissed: ["c1 point A"] }));
    expect(cards.map((card) => card.kind)).toEqual(["topic"]);
  });

  it("a grader reporting dozens of missed points makes a bounded number of cards", () => {
    const missed = Array.from({ length: 50 }, (_, index) => `point ${index}`);
    const cards = cardsFromEvaluation(testQuestion("c1", "coding"), testEvaluation(8, { keyPointsMissed: missed }));
    expect(cards).toHaveLength(MAX_POINT_CARDS_PER_ANSWER);
  });
});
