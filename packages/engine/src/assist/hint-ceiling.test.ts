import { describe, expect, it } from "vitest";
import { evaluateAnswerOffline } from "../builtin/builtin-provider.ts";
import { LABELLED_ANSWERS } from "../builtin/labelled-answers.fixture.ts";
import { findBankQuestion } from "../builtin/question-bank/index.ts";
import { toInterviewQuestion } from "../builtin/select-question.ts";
import { PASSING_SCORE } from "../evaluation/evaluation-schema.ts";
import { applyAssistsToEvaluation, creditedScore } from "./apply-assists.ts";
import { hintCeiling, hintCeilingSentence } from "./hint-ceiling.ts";
import { HINT_LEVELS, type TurnAssist } from "./turn-assist.ts";

const AT = "2026-01-01T00:00:00.000Z";
const hints = (count: number): TurnAssist[] =>
  HINT_LEVELS.slice(0, count).map((level) => ({ kind: "hint", level, text: "…", at: AT }));
const clarification = (question: string): TurnAssist => ({ kind: "clarification", question, reply: "…", at: AT });

function questionFor(id: string) {
  const bankQuestion = findBankQuestion(id);
  if (!bankQuestion) throw new Error(`missing bank question ${id}`);
  return toInterviewQuestion(bankQuestion, "TypeScript");
}

const rateLimiter = LABELLED_ANSWERS.find((entry) => entry.questionId === "sd-m-rate-limiter");
if (!rateLimiter) throw new Error("the labelled set lost its rate limiter question");

describe("the hint ceiling", () => {
  it("drops with every hint: 10, 9, 8, then under the passing bar", () => {
    expect([0, 1, 2, 3].map(hintCeiling)).toEqual([10, 9, 8, PASSING_SCORE - 1]);
    expect(hintCeiling(7)).toBe(PASSING_SCORE - 1);
  });

  it("is said in the feedback", () => {
    expect(hintCeilingSentence(0, false)).toBeNull();
    expect(hintCeilingSentence(2, true)).toBe("You used 2 hints: the score is capped at 8.");
    expect(hintCeilingSentence(1, false)).toBe("You used 1 hint, which caps the score at 9.");
  });

  it("caps an excellent answer and says so, on the built-in grader", () => {
    const question = questionFor(rateLimiter.questionId);
    const plain = evaluateAnswerOffline({ question, answer: rateLimiter.excellent });
    expect(plain.score).toBeGreaterThan(8);
    const twoHints = evaluateAnswerOffline({ question, answer: rateLimiter.excellent, assists: hints(2) });
    expect(twoHints.score).toBe(8);
    expect(twoHints.feedback.summary).toContain("You used 2 hints: the score is capped at 8.");
    const allHints = evaluateAnswerOffline({ question, answer: rateLimiter.excellent, assists: hints(3) });
    expect(allHints.score).toBe(PASSING_SCORE - 1);
  });

  it("leaves a score already under the ceiling alone, but still says the hints were used", () => {
    const question = questionFor(rateLimiter.questionId);
    const plain = evaluateAnswerOffline({ question, answer: rateLimiter.offTopic });
    const hinted = evaluateAnswerOffline({ question, answer: rateLimiter.offTopic, assists: hints(1) });
    expect(hinted.score).toBe(plain.score);
    expect(hinted.feedback.summary).toContain("You used 1 hint, which caps the score at 9.");
  });

  it("changes nothing without assists", () => {
    const question = questionFor(rateLimiter.questionId);
    const plain = evaluateAnswerOffline({ question, answer: rateLimiter.partial });
    expect(applyAssistsToEvaluation(plain, question, [])).toBe(plain);
  });
});

describe("the clarification credit", () => {
  it("lifts by one, never from under the bar onto it, never a non-answer, never past 10", () => {
    expect(creditedScore(8)).toBe(9);
    expect(creditedScore(PASSING_SCORE)).toBe(PASSING_SCORE + 1);
    expect(creditedScore(PASSING_SCORE - 1)).toBe(PASSING_SCORE - 1);
    expect(creditedScore(5)).toBe(6);
    expect(creditedScore(3)).toBe(3);
    expect(creditedScore(10)).toBe(10);
  });

  it("names a scale question on system design as a strength and lifts the score", () => {
    const question = questionFor(rateLimiter.questionId);
    const plain = evaluateAnswerOffline({ question, answer: rateLimiter.partial });
    const asked = evaluateAnswerOffline({
      question,
      answer: rateLimiter.partial,
      assists: [clarification("What's the read/write ratio we should expect?")],
    });
    expect(asked.feedback.strengths.at(-1)).toMatch(/^Good: you asked about .+ before designing\.$/);
    expect(asked.score).toBe(creditedScore(plain.score));
  });

  it("gives nothing for a question that is not about the problem's constraints", () => {
    const question = questionFor(rateLimiter.questionId);
    const plain = evaluateAnswerOffline({ question, answer: rateLimiter.partial });
    const asked = evaluateAnswerOffline({
      question,
      answer: rateLimiter.partial,
      assists: [clarification("Do you like working here?")],
    });
    expect(asked.score).toBe(plain.score);
    expect(asked.feedback.strengths).toEqual(plain.feedback.strengths);
  });

  it("is not given on topics where clarifying is not the skill (databases)", () => {
    const question = questionFor("db-j-index-basics");
    const answer = LABELLED_ANSWERS[0]?.partial ?? "";
    const plain = evaluateAnswerOffline({ question, answer });
    const asked = evaluateAnswerOffline({
      question,
      answer,
      assists: [clarification("How many rows does the table have?")],
    });
    expect(asked.score).toBe(plain.score);
  });

  it("applies before the ceiling: a credited answer with hints is still capped", () => {
    const question = questionFor(rateLimiter.questionId);
    const asked = evaluateAnswerOffline({
      question,
      answer: rateLimiter.excellent,
      assists: [clarification("How many users should this handle?"), ...hints(2)],
    });
    expect(asked.score).toBe(8);
    expect(asked.feedback.summary).toContain("capped at 8");
  });
});
