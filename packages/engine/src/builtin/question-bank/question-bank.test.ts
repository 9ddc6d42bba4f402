import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TECH_DICTIONARY } from "../../job-description/tech-dictionary.ts";
import { MAX_QUESTIONS_PER_TOPIC } from "../../plan/interview-plan.ts";
import { createSeededRandom } from "../../random.ts";
import { DEFAULT_TOPICS, QUESTION_DIFFICULTIES } from "../../topics.ts";
import { analyzeAnswer, countsAsEvidence } from "../grading/analyze-text.ts";
import { compilePhrasing, statesPhrasing } from "../grading/phrasing.ts";
import { stemCounts } from "../grading/rubric.ts";
import { scoreAnswerOffline } from "../score-answer.ts";
import { selectBankQuestion, toInterviewQuestion } from "../select-question.ts";
import type { BankQuestion } from "./bank-question.ts";
import { QUESTION_BANK, QUESTION_BANK_BY_TOPIC } from "./index.ts";

// Every bank file, found on disk, so each file's checks run on their own (-t "<EXPORT_NAME>") and a
// new file is checked before it is registered in index.ts.
const NOT_QUESTION_FILES = new Set(["index.ts", "bank-question.ts", "coding-executable.ts"]);
const bankFiles = readdirSync(new URL(".", import.meta.url)).filter(
  (name) => name.endsWith(".ts") && !name.endsWith(".test.ts") && !NOT_QUESTION_FILES.has(name),
);
const bankExports: [string, BankQuestion[]][] = [];
for (const file of bankFiles) {
  const module: Record<string, unknown> = await import(`./${file}`);
  for (const [name, value] of Object.entries(module)) {
    if (Array.isArray(value)) bankExports.push([name, value]);
  }
}

const KEY_POINTS_BY_DIFFICULTY = { junior: [3, 5], mid: [4, 6], senior: [5, 7] } as const;

function statedBy(text: string, phrasings: readonly string[]): boolean {
  const fragments = analyzeAnswer(text).filter(countsAsEvidence);
  return phrasings.some((phrasing) => {
    const compiled = compilePhrasing(phrasing);
    return compiled !== null && fragments.some((piece) => statesPhrasing(piece, compiled));
  });
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word.length > 0).length;
}

describe.each(bankExports)("%s: each question is consistent", (_name, questions) => {
  it.each(questions.map((question) => [question.id, question] as const))("%s", (id, question) => {
    expect(question.text.length, "question text").toBeGreaterThan(20);
    const [fewest, most] = KEY_POINTS_BY_DIFFICULTY[question.difficulty];
    expect(question.keyPoints.length, "key points for the difficulty").toBeGreaterThanOrEqual(fewest);
    expect(question.keyPoints.length, "key points for the difficulty").toBeLessThanOrEqual(most);
    for (const point of question.keyPoints) {
      expect(point.evidence.length, `phrasings of "${point.label}"`).toBeGreaterThanOrEqual(3);
      for (const phrasing of point.evidence) expect(compilePhrasing(phrasing), phrasing).not.toBeNull();
    }
    expect(question.wrongClaims.length, "wrong claims").toBeGreaterThanOrEqual(2);
    expect(wordCount(question.modelAnswer), "model answer words").toBeGreaterThanOrEqual(90);

    // The id says what the question is about: one of its words is in the question or its rubric.
    const idWords = id.split("-").filter((word) => word.length >= 3 && !["junior", "mid", "senior"].includes(word));
    const about = stemCounts(
      [question.text, question.modelAnswer, ...question.keyPoints.map((point) => point.label)].join(" "),
    );
    expect(
      idWords.some((word) => [...stemCounts(word).keys()].some((stem) => about.has(stem))),
      `id words ${idWords.join(", ")} appear in the question`,
    ).toBe(true);

    const unstated = question.keyPoints.filter((point) => !statedBy(question.modelAnswer, point.evidence));
    expect(
      unstated.map((point) => point.label),
      "key points the model answer does not state",
    ).toEqual([]);
    const triggered = question.wrongClaims.filter((claim) => {
      const fragments = analyzeAnswer(question.modelAnswer);
      return claim.evidence.some((phrasing) => {
        const compiled = compilePhrasing(phrasing, { sameClause: true });
        return compiled !== null && fragments.some((piece) => statesPhrasing(piece, compiled));
      });
    });
    expect(
      triggered.map((claim) => claim.claim),
      "wrong claims the model answer triggers",
    ).toEqual([]);
    const graded = scoreAnswerOffline({
      question: toInterviewQuestion(question, "TypeScript"),
      answer: question.modelAnswer,
    });
    expect(graded.score, `model answer grade: ${graded.feedback.summary}`).toBeGreaterThanOrEqual(8);
  });
});

describe("question bank integrity", () => {
  it("holds at least 250 questions", () => {
    expect(QUESTION_BANK.length).toBeGreaterThanOrEqual(250);
  });

  it("registers every bank file's questions", () => {
    const registered = new Set(QUESTION_BANK.map((question) => question.id));
    for (const [name, questions] of bankExports) {
      for (const question of questions) expect(registered.has(question.id), `${name}: ${question.id}`).toBe(true);
    }
  });

  it("has no two questions asking nearly the same thing", () => {
    // Jaccard overlap of the questions' content stems; the closest distinct pairs in the bank sit
    // below 0.5, a reworded copy above 0.7.
    const stems = QUESTION_BANK.map((question) => ({
      id: question.id,
      stems: new Set(stemCounts(question.text).keys()),
    }));
    const nearDuplicates: string[] = [];
    stems.forEach((a, index) => {
      for (const b of stems.slice(index + 1)) {
        const shared = [...a.stems].filter((stem) => b.stems.has(stem)).length;
        const overlap = shared / (a.stems.size + b.stems.size - shared);
        if (overlap >= 0.6) nearDuplicates.push(`${a.id} ~ ${b.id} (${overlap.toFixed(2)})`);
      }
    });
    expect(nearDuplicates).toEqual([]);
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
