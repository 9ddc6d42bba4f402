// The room's words for progress and the thread's numbering: planned questions only, follow-ups and
// retries labelled and numbered after the planned question they belong to.
import { describe, expect, it } from "vitest";
import { answeredText, countOf, progressText, questionAnnouncement, type RoomProgress } from "./progress-wording.ts";
import { type ThreadTurn, threadEntries } from "./thread-entries.ts";

const progress: RoomProgress = {
  topicIndex: 1,
  topicCount: 6,
  topic: "databases",
  topicLabel: "Databases and Data Management",
  questionIndex: 0,
  questionNumber: 3,
  questionsPerTopic: 2,
  answered: 2,
  total: 12,
};

function turn(kind: ThreadTurn["kind"], attempt = 1): ThreadTurn {
  return {
    turnId: crypto.randomUUID(),
    position: 0,
    topic: "coding",
    topicLabel: "Coding",
    kind,
    attempt,
    question: "Q",
    answer: "A",
    skipped: false,
    assists: [],
    evaluationStatus: "evaluated",
    score: 5,
    evaluation: null,
    codeResult: null,
    delivery: null,
    diagram: null,
  };
}

describe("progress wording", () => {
  it("counts planned questions for a main question and names the parent for a follow-up", () => {
    expect(progressText(progress, { kind: "main" })).toBe("Question 3 of 12 · Databases and Data Management");
    expect(progressText(progress, { kind: "follow-up" })).toBe(
      "Follow-up to question 3 · Databases and Data Management",
    );
  });

  it("says the topics in the singular or plural when no question is open", () => {
    const none = { ...progress, questionNumber: null, topicIndex: null, topicLabel: null };
    expect(progressText({ ...none, topicCount: 1 }, null)).toBe("1 topic");
    expect(progressText(none, null)).toBe("6 topics");
    expect(countOf(1, "planned question")).toBe("1 planned question");
  });

  it("names the bar by planned questions answered", () => {
    expect(answeredText(progress)).toBe("2 of 12 planned questions answered");
  });

  it("announces the question with its place, topic and attempt", () => {
    expect(questionAnnouncement(progress, { kind: "main", attempt: 1, text: "Why index?" })).toBe(
      "Question 3 of 12, Databases and Data Management: Why index?",
    );
    expect(questionAnnouncement(progress, { kind: "follow-up", attempt: 2, text: "And then?" })).toBe(
      "Follow-up to question 3, Databases and Data Management, second attempt: And then?",
    );
  });
});

describe("thread numbering", () => {
  it("numbers planned questions in order; follow-ups and retries take their parent's number", () => {
    const labels = threadEntries([
      turn("main"),
      turn("main", 2),
      turn("main"),
      turn("follow-up"),
      turn("follow-up", 2),
      turn("main"),
    ]).map((entry) => entry.label);
    expect(labels).toEqual([
      "Question 1",
      "Question 1 · second attempt",
      "Question 2",
      "Follow-up to question 2",
      "Follow-up to question 2 · second attempt",
      "Question 3",
    ]);
  });
});
