import { describe, expect, it } from "vitest";
import { revealsTooMuch } from "../../assist/reveals-answer.ts";
import { HINT_LEVELS } from "../../assist/turn-assist.ts";
import type { InterviewQuestion } from "../../interview-question.ts";
import type { ClarificationFact } from "../question-bank/clarifications.ts";
import { BANK_CLARIFICATIONS } from "../question-bank/clarifications.ts";
import { findBankQuestion } from "../question-bank/index.ts";
import { toInterviewQuestion } from "../select-question.ts";
import { answerClarificationOffline } from "./answer-clarification.ts";
import { assistOffline } from "./assist-offline.ts";
import { derivedHint, gradedHintOffline } from "./graded-hint.ts";
import { matchClarification } from "./match-clarification.ts";
import { YOUR_CALL_REPLY } from "./topic-facts.ts";

function questionFor(id: string): InterviewQuestion {
  const bankQuestion = findBankQuestion(id);
  if (!bankQuestion) throw new Error(`missing bank question ${id}`);
  return toInterviewQuestion(bankQuestion, "TypeScript");
}

const FIXTURE_FACTS: ClarificationFact[] = [
  { about: ["how many client", "number client"], answer: "About 20,000 API clients, each with its own limit." },
  { about: ["limit per", "per user", "per key"], answer: "Limits are per API key." },
];

describe("answering a clarifying question offline", () => {
  const question = questionFor("sd-m-rate-limiter");

  it("answers from the question's own facts first, whatever the wording or polarity", () => {
    expect(answerClarificationOffline(question, "How many clients are there?", FIXTURE_FACTS)).toBe(
      "About 20,000 API clients, each with its own limit.",
    );
    expect(answerClarificationOffline(question, "Is the limit not per user?", FIXTURE_FACTS)).toBe(
      "Limits are per API key.",
    );
  });

  it("falls back to the topic's constraints", () => {
    const reply = answerClarificationOffline(question, "What's the expected read/write ratio?", FIXTURE_FACTS);
    expect(reply).toBe("Reads outnumber writes about 100 to 1.");
    expect(matchClarification(question, "what is the peak traffic?", [])).toMatchObject({
      source: "topic",
      subject: "the traffic",
    });
  });

  it("reads hostile input of the longest allowed size like any other question", () => {
    for (const text of ["a ".repeat(250), "how many ".repeat(55), "(((((".repeat(100), "not ".repeat(125)]) {
      expect(answerClarificationOffline(question, text, FIXTURE_FACTS)).toMatch(/\S/);
    }
  });

  it("says it is the candidate's call when nothing fits", () => {
    expect(answerClarificationOffline(question, "Should I use a whiteboard?", FIXTURE_FACTS)).toBe(YOUR_CALL_REPLY);
  });

  it("uses the bank's facts for bank questions that have an entry", () => {
    for (const [id, entry] of Object.entries(BANK_CLARIFICATIONS).slice(0, 20)) {
      const bankQuestion = findBankQuestion(id);
      const first = entry.facts[0];
      if (!bankQuestion || !first) continue;
      const asked = toInterviewQuestion(bankQuestion, "TypeScript");
      expect(answerClarificationOffline(asked, `Quick question: ${first.about[0]}?`)).toBe(first.answer);
    }
  });

  it("never states a key point of the question in a default reply", () => {
    for (const id of ["sd-m-rate-limiter", "code-m-lru-cache", "db-j-index-basics"]) {
      const asked = questionFor(id);
      for (const text of ["how many users?", "is the input sorted?", "which database?", "anything else?"]) {
        const reply = answerClarificationOffline(asked, text, []);
        expect(revealsTooMuch(asked, reply, { kind: "clarification" }), `${id}: ${text}`).toBe(false);
      }
    }
  });
});

describe("graded hints offline", () => {
  const modelWritten: InterviewQuestion = {
    ...questionFor("sd-m-rate-limiter"),
    id: "model-q-1",
    source: "model",
  };

  it("derive three steps from the rubric for a question without authored hints", () => {
    const [nudge, direction, insight] = HINT_LEVELS.map((level) => gradedHintOffline(modelWritten, level));
    const labels = modelWritten.keyPoints.map((point) => point.label);
    expect(labels.some((label) => nudge?.includes(label))).toBe(false);
    expect(labels.some((label) => direction?.includes(label))).toBe(true);
    expect(modelWritten.modelAnswerOutline.some((line) => insight?.includes(line))).toBe(true);
  });

  it("never say more than their level allows", () => {
    for (const id of ["sd-m-rate-limiter", "code-m-lru-cache", "db-j-index-basics", "bk-m-retries-timeouts"]) {
      const asked = questionFor(id);
      for (const level of HINT_LEVELS) {
        expect(revealsTooMuch(asked, derivedHint(asked, level), { kind: "hint", level }), `${id} hint ${level}`).toBe(
          false,
        );
      }
    }
  });

  it("come from the bank entry's hints when there is one", () => {
    for (const [id, entry] of Object.entries(BANK_CLARIFICATIONS).slice(0, 20)) {
      const bankQuestion = findBankQuestion(id);
      if (!bankQuestion) continue;
      const asked = toInterviewQuestion(bankQuestion, "TypeScript");
      expect(assistOffline({ question: asked, ask: { kind: "hint", level: 2 } })).toBe(entry.hints[1]);
    }
  });
});

describe("the reveal check", () => {
  const question = questionFor("sd-m-rate-limiter");

  it("catches a reply that gives the model answer away", () => {
    expect(revealsTooMuch(question, question.modelAnswer ?? "", { kind: "clarification" })).toBe(true);
    expect(revealsTooMuch(question, question.modelAnswer ?? "", { kind: "hint", level: 3 })).toBe(true);
  });

  it("lets a plain constraint through", () => {
    expect(revealsTooMuch(question, "Assume ten thousand clients at peak.", { kind: "clarification" })).toBe(false);
  });
});
