import { analyse } from "scslre";
import { describe, expect, it } from "vitest";
import {
  findNearDuplicateQuestion,
  MAX_COMPARED_QUESTIONS,
  MAX_QUESTION_CHARS,
  QUESTION_WORD,
  questionContentStems,
} from "./near-duplicate-question.ts";

describe("near-duplicate questions", () => {
  it("a paraphrase with the same content words is flagged", () => {
    const earlier = "How would you design a rate limiter for a public API that serves millions of users?";
    expect(
      findNearDuplicateQuestion(
        "Design a rate limiter for a public-facing API used by millions of users. How would you approach it?",
        [earlier],
      ),
    ).toBe(earlier);
    // Inflections and the grader's synonyms fold together ("DBs" is "databases").
    const indexes = "Explain how database indexes speed up queries, and when an index slows writes down.";
    expect(findNearDuplicateQuestion("Why do DB indexing speed up a query but slow down writing?", [indexes])).toBe(
      indexes,
    );
  });

  it("the same question with more context around it is flagged", () => {
    const earlier = "Design an idempotent payment API endpoint.";
    const again =
      "Your team runs a checkout service. Design an idempotent payment API endpoint that clients may retry safely after a timeout.";
    expect(findNearDuplicateQuestion(again, ["Tell me about yourself.", earlier])).toBe(earlier);
  });

  it("a different question on the same topic is not flagged", () => {
    expect(findNearDuplicateQuestion("Design a URL shortener.", ["Design a rate limiter."])).toBeUndefined();
    const shortener =
      "Design a URL shortening service like bit.ly that handles 100 million new URLs per day. Discuss the data model, how you generate short codes, and how you scale reads.";
    const limiter =
      "Design a rate limiter for an API gateway that handles 100 million requests per day. Discuss the algorithm, where its state is stored, and how you scale it.";
    expect(findNearDuplicateQuestion(limiter, [shortener])).toBeUndefined();
    expect(findNearDuplicateQuestion(shortener, [limiter])).toBeUndefined();
  });

  it("nothing is flagged against an empty list, and a question of framing words only matches nothing", () => {
    expect(findNearDuplicateQuestion("Design a rate limiter.", [])).toBeUndefined();
    expect(findNearDuplicateQuestion("How would you approach it?", ["How would you approach it?"])).toBeUndefined();
  });

  it("returns the newest earlier question it repeats", () => {
    const newer = "How does a B-tree index make a range query fast?";
    const older = "Explain how a B-tree index makes range queries fast.";
    expect(findNearDuplicateQuestion("How do B-tree indexes make range queries fast?", [newer, older])).toBe(newer);
  });
});

describe("bounded work on model-written text", () => {
  it("the one pattern that reads question text backtracks at most linearly", () => {
    expect(analyse(QUESTION_WORD).reports).toEqual([]);
  });

  it("reads a question only up to MAX_QUESTION_CHARS: a megabyte of text costs what its start costs", () => {
    const start = "Design a rate limiter for a public API. ";
    const huge = `${start}${"tokens bucket window sliding redis ".repeat(40_000)}${"z".repeat(100_000)} kafka`;
    expect(huge.length).toBeGreaterThan(1_000_000);
    const stems = questionContentStems(huge);
    expect(stems).toEqual(questionContentStems(huge.slice(0, MAX_QUESTION_CHARS)));
    expect(stems.has("kafka")).toBe(false);
    // One unbroken word longer than the cap is read as one (unstemmed) word, not a stemmer input.
    expect([...questionContentStems("a".repeat(2_000_000))]).toEqual(["a".repeat(MAX_QUESTION_CHARS)]);
  });

  it("compares at most MAX_COMPARED_QUESTIONS earlier questions, newest first", () => {
    const question = "Design a rate limiter for a public API.";
    const unrelated = Array.from({ length: MAX_COMPARED_QUESTIONS }, (_, i) => `Explain consistent hashing ring ${i}.`);
    expect(findNearDuplicateQuestion(question, [...unrelated, question])).toBeUndefined();
    expect(findNearDuplicateQuestion(question, [...unrelated.slice(1), question])).toBe(question);
  });
});
