// The clarifications are data a real interviewer would say: these checks keep them tied to the bank,
// reachable through the built-in interviewer's matcher (builtin/clarification/match-clarification.ts),
// bounded, and never a way to read the rubric's answer out of the interviewer.
import { describe, expect, it } from "vitest";
import { matchClarification } from "../clarification/match-clarification.ts";
import { analyzeAnswer, tokenize } from "../grading/analyze-text.ts";
import { gradeAnswer } from "../grading/grade-answer.ts";
import { compilePhrasing, statesPhrasing } from "../grading/phrasing.ts";
import { compileRubric } from "../grading/rubric.ts";
import { toInterviewQuestion } from "../select-question.ts";
import type { BankQuestion } from "./bank-question.ts";
import { BANK_CLARIFICATIONS } from "./clarifications.ts";
import { findBankQuestion, QUESTION_BANK, QUESTION_BANK_BY_TOPIC } from "./index.ts";

const MAX_ANSWER_CHARS = 300;
const MAX_HINT_CHARS = 300;
const FACTS_PER_QUESTION = [3, 6] as const;
const PHRASINGS_PER_FACT = [2, 8] as const;

/** Bank questions of these topics must all have clarifications; other topics get topic defaults. */
const COVERED_TOPICS = ["coding", "system-design"] as const;
/** Deliberate gaps, with the reason. None today. */
const WITHOUT_CLARIFICATIONS: Readonly<Record<string, string>> = {};

const entries = Object.entries(BANK_CLARIFICATIONS).map(([id, clarifications]) => {
  const question = findBankQuestion(id);
  if (!question) throw new Error(`clarifications for ${id}, which is not a bank question`);
  return [id, question, clarifications] as const;
});

/** What the built-in grader credits when the text is given as the answer to the question. */
function gradeAsAnswer(question: BankQuestion, text: string) {
  return gradeAnswer({
    topic: question.topic,
    difficulty: question.difficulty,
    answer: text,
    rubric: compileRubric(question),
    modelAnswer: question.modelAnswer,
  });
}

/**
 * Key points the text states in any fragment, lists of terms and short pieces included: stricter than
 * what gradeAnswer credits (real sentences only), as strict as the check model-written help must pass
 * (assist/reveals-answer.ts).
 */
function keyPointsStated(question: BankQuestion, text: string): string[] {
  const fragments = analyzeAnswer(text);
  return compileRubric(question)
    .points.filter((point) =>
      fragments.some((piece) => point.phrasings.some((phrasing) => statesPhrasing(piece, phrasing))),
    )
    .map((point) => point.label);
}

/** The index of the fact the built-in interviewer answers a clarifying question with, or -1. */
function factAnswering(question: BankQuestion, asked: string): number {
  const facts = BANK_CLARIFICATIONS[question.id]?.facts ?? [];
  const matched = matchClarification(toInterviewQuestion(question, "TypeScript"), asked);
  return matched?.source === "question" ? facts.indexOf(matched.fact) : -1;
}

// Ways a candidate wraps a clarifying question. "Quick" reads as "fast" to the grader, so a bare
// "how fast" phrasing would answer every question asked the second way.
const ASKING = [
  (about: string) => `Could you tell me about the ${about}?`,
  (about: string) => `Quick question: ${about}?`,
];

describe("bank clarifications", () => {
  it("are keyed by current bank question ids", () => {
    const currentIds = new Set(QUESTION_BANK.map((question) => question.id));
    expect(Object.keys(BANK_CLARIFICATIONS).filter((id) => !currentIds.has(id))).toEqual([]);
  });

  it("cover every coding and system-design question", () => {
    const missing = COVERED_TOPICS.flatMap((topic) => QUESTION_BANK_BY_TOPIC[topic])
      .map((question) => question.id)
      .filter((id) => !(id in BANK_CLARIFICATIONS) && !(id in WITHOUT_CLARIFICATIONS));
    expect(missing).toEqual([]);
    expect(Object.keys(BANK_CLARIFICATIONS).length).toBeGreaterThanOrEqual(80);
  });
});

describe.each(entries)("%s", (_id, question, clarifications) => {
  it("has 3-6 facts, each asked about in 2-8 valid phrasings", () => {
    expect(clarifications.facts.length).toBeGreaterThanOrEqual(FACTS_PER_QUESTION[0]);
    expect(clarifications.facts.length).toBeLessThanOrEqual(FACTS_PER_QUESTION[1]);
    for (const fact of clarifications.facts) {
      expect(fact.about.length, fact.answer).toBeGreaterThanOrEqual(PHRASINGS_PER_FACT[0]);
      expect(fact.about.length, fact.answer).toBeLessThanOrEqual(PHRASINGS_PER_FACT[1]);
      for (const phrasing of fact.about) {
        expect(phrasing, "phrasings are written lower-case").toBe(phrasing.toLowerCase());
        // A negated phrasing ("no pair") is allowed: it matches the question asked that way ("what if
        // there is no pair?"), which a positive phrasing would not.
        expect(compilePhrasing(phrasing), phrasing).not.toBeNull();
        const contentWords = tokenize(phrasing).filter((token) => !token.filler);
        expect(contentWords.length, `${phrasing} has no content word`).toBeGreaterThan(0);
      }
    }
  });

  it("asks about each fact in phrasings that no other fact of the question shares", () => {
    const owner = new Map<string, number>();
    clarifications.facts.forEach((fact, index) => {
      for (const phrasing of fact.about) {
        const key = [...(compilePhrasing(phrasing)?.stems ?? [])].sort().join(" ");
        expect(owner.get(key) ?? index, `"${phrasing}" is shared by two facts`).toBe(index);
        owner.set(key, index);
      }
    });
  });

  it("answers a question made of any of a fact's phrasings with that fact, not an earlier one", () => {
    // The matcher takes the first fact that matches, so facts with broad phrasings come last.
    clarifications.facts.forEach((fact, index) => {
      for (const about of fact.about) {
        for (const ask of ASKING) expect(factAnswering(question, ask(about)), ask(about)).toBe(index);
      }
    });
  });

  it("keeps answers and hints short", () => {
    for (const fact of clarifications.facts) {
      expect(fact.answer.length, fact.answer).toBeLessThanOrEqual(MAX_ANSWER_CHARS);
      expect(fact.answer.length, fact.answer).toBeGreaterThan(10);
    }
    for (const hint of clarifications.hints) {
      expect(hint.length, hint).toBeLessThanOrEqual(MAX_HINT_CHARS);
      expect(hint.length, hint).toBeGreaterThan(10);
    }
  });

  it("never hands over a key point through a fact, the nudge or the direction", () => {
    const [nudge, direction] = clarifications.hints;
    for (const text of [...clarifications.facts.map((fact) => fact.answer), nudge, direction]) {
      expect(gradeAsAnswer(question, text).covered, `"${text}" is credited as an answer`).toEqual([]);
      expect(keyPointsStated(question, text), `"${text}" states key points`).toEqual([]);
    }
  });

  it("lets the key-insight hint evidence one key point at most", () => {
    const [, , insight] = clarifications.hints;
    expect(keyPointsStated(question, insight).length, insight).toBeLessThanOrEqual(1);
  });

  it("never states one of the question's wrong claims", () => {
    for (const text of [...clarifications.facts.map((fact) => fact.answer), ...clarifications.hints]) {
      expect(
        gradeAsAnswer(question, text).wrongClaims.map((claim) => claim.claim),
        text,
      ).toEqual([]);
    }
  });

  it("says something new in each hint", () => {
    const [nudge, direction, insight] = clarifications.hints;
    expect(new Set([nudge, direction, insight]).size).toBe(3);
  });
});

// Clarifying questions as candidates type them, and the fact each must reach.
const ASKED: readonly (readonly [questionId: string, asked: string, expectedAnswerPart: string])[] = [
  ["sd-j-url-shortener", "How many new URLs do we expect per month?", "100 million new short URLs"],
  ["sd-j-url-shortener", "What's the read to write ratio?", "100 redirects for every URL"],
  ["sd-j-url-shortener", "Do users need custom aliases?", "Custom aliases are optional"],
  ["sd-j-url-shortener", "How long do we keep the links?", "5 years"],
  ["sd-s-chat-system", "How many daily active users are we talking about?", "10 million daily users"],
  ["sd-m-news-feed", "How many followers can a celebrity have?", "1,000,000"],
  ["sd-m-capacity-estimation", "How many photos does each user upload per day?", "2 photos a day"],
  ["sd-s-ticket-booking", "How long does the payment take?", "2 to 5 minutes"],
  ["sd-s-metrics-pipeline", "How long do we need to keep the data?", "2 weeks"],
  ["code-j-two-sum", "Can the array contain negative numbers?", "can be negative"],
  ["code-j-two-sum", "Is the input sorted?", "arbitrary order"],
  ["code-j-two-sum", "What should I return if there is no pair?", "null"],
  ["code-j-binary-search", "What if the target is not found?", "-1"],
  ["code-m-lru-cache", "Will it be accessed from multiple threads?", "Single-threaded"],
  ["code-m-parse-logs", "How precise does the p95 need to be?", "within 10 ms"],
  ["code-s-streaming-merge", "How much memory does the machine have?", "16 GB of RAM"],
];

describe("a candidate's clarifying question reaches the right fact", () => {
  it.each(ASKED)("%s: %s", (questionId, asked, expectedAnswerPart) => {
    const question = findBankQuestion(questionId);
    if (!question) throw new Error(`no bank question ${questionId}`);
    const answer = BANK_CLARIFICATIONS[questionId]?.facts[factAnswering(question, asked)]?.answer;
    expect(answer).toContain(expectedAnswerPart);
  });
});
