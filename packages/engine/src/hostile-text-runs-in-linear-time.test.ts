// Job descriptions and answers are text anyone can send, and every pattern that reads them runs on the one
// event loop the whole server shares: a pattern that backtracks super-linearly lets one request freeze the
// server (issue 11: a 2,800-character job description blocked it for 8 s, cubic in the length). Two guards,
// neither of which times anything:
//  - statically, no pattern that reads user text has polynomial or exponential backtracking on a repeated
//    character (scslre: between two quantifiers, inside one, or by retrying from every start position);
//  - behaviourally, every reader gets hostile text of the longest length the api accepts. With the old
//    years-of-experience pattern the first of these took minutes, so the test timeout (30 s) failed it.
// Attacks that repeat several characters ("o(o(o(...") are outside what scslre finds; the patterns were
// reviewed for those by hand, and the ones that needed it use bounded quantifiers.
import { analyse } from "scslre";
import { describe, expect, it } from "vitest";
import { evaluateAnswerOffline } from "./builtin/builtin-provider.ts";
import { TEXT_PATTERNS } from "./builtin/grading/analyze-text.ts";
import { NON_ANSWER_TEXT_PATTERNS } from "./builtin/grading/non-answer.ts";
import { QUESTION_BANK_BY_TOPIC } from "./builtin/question-bank/index.ts";
import { toInterviewQuestion } from "./builtin/select-question.ts";
import { MAX_ANSWER_CHARS } from "./evaluation/answer-limits.ts";
import { analyzeJobDescriptionOffline, JOB_DESCRIPTION_PATTERNS } from "./job-description/analyze-job-description.ts";
import { MAX_JOB_DESCRIPTION_CHARS } from "./job-description/job-description-limits.ts";
import { detectTechnologies, TECH_DICTIONARY } from "./job-description/tech-dictionary.ts";
import { INSTRUCTION_PATTERNS, SENTENCE_BREAK, stripInstructionsToModel } from "./prompt-injection.ts";
import type { TopicId } from "./topics.ts";

/** What scslre finds wrong with a pattern, readable in a failure message; empty when it is linear. */
function superLinearParts(pattern: RegExp): string[] {
  return analyse(pattern).reports.map((report) => {
    const where = report.type === "Trade" ? `${report.startQuant.raw} … ${report.endQuant.raw}` : report.quant.raw;
    return `${report.type}${report.exponential ? " (exponential)" : ""}: ${where} on repeated ${report.character.literal.source}`;
  });
}

const PATTERNS_ON_USER_TEXT: Record<string, readonly RegExp[]> = {
  "prompt injection filter (answers and job descriptions)": [...INSTRUCTION_PATTERNS, SENTENCE_BREAK],
  "job description analyzer": JOB_DESCRIPTION_PATTERNS,
  "technology dictionary (job descriptions)": TECH_DICTIONARY.flatMap((entry) => entry.patterns),
  "answer grader": [...TEXT_PATTERNS, ...NON_ANSWER_TEXT_PATTERNS],
};

describe("patterns that read user text", () => {
  it("the check itself flags the years-of-experience pattern of issue 11", () => {
    const before =
      /\b(\d{1,2})\s*(?:\+|plus)?\s*(?:(?:-|–|to)\s*(\d{1,2})\s*\+?\s*)?(?:years?|yrs?)\b(?:\s+of)?(?:[^.\n]{0,60}\bexperience\b)?/gi;
    expect(superLinearParts(before)).not.toEqual([]);
  });

  for (const [reader, patterns] of Object.entries(PATTERNS_ON_USER_TEXT)) {
    it(`${reader}: every pattern backtracks at most linearly`, () => {
      expect(patterns.length).toBeGreaterThan(0);
      for (const pattern of patterns) expect(superLinearParts(pattern), String(pattern)).toEqual([]);
    });
  }
});

// Hostile text of exactly `length` characters: `block` repeated.
function filled(block: string, length: number): string {
  return block.repeat(Math.ceil(length / block.length)).slice(0, length);
}

// Runs of each character the patterns quantify over, each behind the words that start a pattern (a number,
// "staff", "give", "the candidate", a heading mark, ...), so every pattern gets to backtrack over them.
const TRIGGERS = ["1", "1 -", "1 to 2", "10 /", "staff", "senior", "junior", "give", "ignore", "the candidate"];
const TRIGGERS_TOO = ["#", "i", "o(", "node", "java", "go", "c#", "target", "trade", "- ", "\n-", "\n1"];
const FILLERS = [" ", "\t", "\n", "-", "1", "+", "#", ".", "/", "(", "o(", "a", "%", "\u0000"];

function hostileTexts(length: number): Array<{ name: string; text: string }> {
  const issue = `Experience required: ${filled(`1${" ".repeat(3000)}-1${" ".repeat(3000)}z `, length)}`;
  return [
    // The job description from issue 11 with longer runs, repeated to the limit: about a minute of work
    // per copy before the fix (minutes in all), where one run of 20,000 spaces would have taken an hour.
    { name: "issue 11", text: issue.slice(0, length) },
    ...FILLERS.map((filler) => ({
      name: `runs of ${JSON.stringify(filler)}`,
      text: filled(
        `experience ${[...TRIGGERS, ...TRIGGERS_TOO].map((trigger) => trigger + filler.repeat(600)).join("")}`,
        length,
      ),
    })),
  ];
}

describe("readers of user text, given hostile text of the maximum length", () => {
  it("the job description analyzer finishes", () => {
    for (const { name, text } of hostileTexts(MAX_JOB_DESCRIPTION_CHARS)) {
      expect(text.length, name).toBe(MAX_JOB_DESCRIPTION_CHARS);
      if (text.trim().length === 0) continue;
      expect(analyzeJobDescriptionOffline(text).level, name).toBeDefined();
      expect(detectTechnologies(text), name).toBeDefined();
    }
  });

  it("the prompt injection filter finishes", () => {
    for (const { name, text } of hostileTexts(Math.max(MAX_ANSWER_CHARS, MAX_JOB_DESCRIPTION_CHARS))) {
      expect(stripInstructionsToModel(text).removed, name).toBeDefined();
    }
  });

  it("the answer grader finishes, for every kind of question", () => {
    const questions = (Object.keys(QUESTION_BANK_BY_TOPIC) as TopicId[]).map((topic) => {
      const bankQuestion = QUESTION_BANK_BY_TOPIC[topic][0];
      if (!bankQuestion) throw new Error(`no bank question for ${topic}`);
      return toInterviewQuestion(bankQuestion, "TypeScript");
    });
    for (const { name, text } of hostileTexts(MAX_ANSWER_CHARS)) {
      for (const question of questions) {
        expect(evaluateAnswerOffline({ question, answer: text }).score, `${name} on ${question.id}`).toBeGreaterThan(0);
      }
    }
  });
});
