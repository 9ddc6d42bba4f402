import { describe, expect, it } from "vitest";
import { TECH_DICTIONARY } from "../../job-description/tech-dictionary.ts";
import { MAX_QUESTIONS_PER_TOPIC } from "../../plan/interview-plan.ts";
import { createSeededRandom } from "../../random.ts";
import { DEFAULT_TOPICS, QUESTION_DIFFICULTIES } from "../../topics.ts";
import { selectBankQuestion } from "../select-question.ts";
import { QUESTION_BANK, QUESTION_BANK_BY_TOPIC } from "./index.ts";

describe("question bank integrity", () => {
  it("holds at least 150 questions", () => {
    expect(QUESTION_BANK.length).toBeGreaterThanOrEqual(150);
  });

  it("has enough questions for 4 per topic at every difficulty", () => {
    for (const topic of DEFAULT_TOPICS) {
      for (const difficulty of QUESTION_DIFFICULTIES) {
        const count = QUESTION_BANK_BY_TOPIC[topic].filter((question) => question.difficulty === difficulty).length;
        expect(count, `${topic}/${difficulty}`).toBeGreaterThanOrEqual(MAX_QUESTIONS_PER_TOPIC);
      }
    }
  });

  it("uses unique ids and files every question under its own topic", () => {
    const ids = QUESTION_BANK.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [topic, questions] of Object.entries(QUESTION_BANK_BY_TOPIC)) {
      for (const question of questions) expect(question.topic).toBe(topic);
    }
  });

  it("gives every question a rubric with evidence and a model answer outline", () => {
    for (const question of QUESTION_BANK) {
      expect(question.text.length, question.id).toBeGreaterThan(20);
      expect(question.keyPoints.length, question.id).toBeGreaterThanOrEqual(3);
      for (const point of question.keyPoints) {
        expect(point.evidence.length, `${question.id}: ${point.label}`).toBeGreaterThan(0);
        for (const phrase of point.evidence) expect(phrase, question.id).toBe(phrase.toLowerCase());
      }
      expect(question.modelAnswerOutline.length, question.id).toBeGreaterThanOrEqual(2);
    }
  });

  it("tags questions only with technologies from the dictionary", () => {
    const known = new Set(TECH_DICTIONARY.map((tech) => tech.id));
    for (const question of QUESTION_BANK) {
      for (const tag of question.techTags) expect(known.has(tag), `${question.id}: ${tag}`).toBe(true);
    }
  });
});

describe("selecting a question", () => {
  it("respects topic and difficulty", () => {
    const random = createSeededRandom(1);
    for (const topic of DEFAULT_TOPICS) {
      for (const difficulty of QUESTION_DIFFICULTIES) {
        const question = selectBankQuestion({ topic, difficulty, techStackIds: [], seenQuestionIds: [] }, random);
        expect(question.topic).toBe(topic);
        expect(question.difficulty).toBe(difficulty);
      }
    }
  });

  it("prefers questions about the job's tech stack", () => {
    for (let seed = 0; seed < 20; seed += 1) {
      const question = selectBankQuestion(
        { topic: "system-design", difficulty: "mid", techStackIds: ["redis"], seenQuestionIds: [] },
        createSeededRandom(seed),
      );
      expect(question.techTags).toContain("redis");
    }
  });

  it("is deterministic for the same random source", () => {
    const criteria = {
      topic: "databases" as const,
      difficulty: "senior" as const,
      techStackIds: [],
      seenQuestionIds: [],
    };
    expect(selectBankQuestion(criteria, createSeededRandom(42)).id).toBe(
      selectBankQuestion(criteria, createSeededRandom(42)).id,
    );
  });

  it("never repeats a seen question while unseen ones remain in the topic", () => {
    const random = createSeededRandom(7);
    const topicSize = QUESTION_BANK_BY_TOPIC.coding.length;
    const seen: string[] = [];
    for (let index = 0; index < topicSize; index += 1) {
      const question = selectBankQuestion(
        { topic: "coding", difficulty: "mid", techStackIds: ["kafka"], seenQuestionIds: seen },
        random,
      );
      expect(seen).not.toContain(question.id);
      seen.push(question.id);
    }
    // Every question of the topic was asked: now the oldest seen one at the level comes back.
    const repeat = selectBankQuestion(
      { topic: "coding", difficulty: "mid", techStackIds: [], seenQuestionIds: seen },
      random,
    );
    const firstMid = seen.find((id) => QUESTION_BANK_BY_TOPIC.coding.find((q) => q.id === id)?.difficulty === "mid");
    expect(repeat.id).toBe(firstMid);
  });

  it("uses the plan difficulty first, then the nearest level", () => {
    const seniorIds = QUESTION_BANK_BY_TOPIC.behavioral.filter((q) => q.difficulty === "senior").map((q) => q.id);
    const question = selectBankQuestion(
      { topic: "behavioral", difficulty: "senior", techStackIds: [], seenQuestionIds: seniorIds },
      createSeededRandom(3),
    );
    expect(question.difficulty).toBe("mid");
  });
});
