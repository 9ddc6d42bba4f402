// Checking a model-written question before it is shown (a repeat of an earlier question, a coding
// question's tests against its own solutions), with a scripted interviewer and a
// fake at the CodeRunner port (the real sandbox runs in apps/server/test/interview/
// model-written-code-questions.test.ts): what runs, in which order, and what counts as a failure.
import {
  type AskQuestionRequest,
  type CodeRunRequest,
  type CodeRunResult,
  createBuiltinInterviewerProvider,
  findExecutableSpec,
  type InterviewerProvider,
  type InterviewQuestion,
  QUESTION_BANK_BY_TOPIC,
  type TestResult,
  toInterviewQuestion,
} from "@interviewer/engine";
import { describe, expect, it } from "vitest";
import { DomainError } from "../errors.ts";
import { askCheckedQuestion } from "./ask-checked-question.ts";
import type { CodeRunner } from "./code-runner.ts";

const request: AskQuestionRequest = {
  topic: "coding",
  difficulty: "junior",
  language: "Python",
  jobDescription: null,
  seenQuestionIds: [],
  askedInThisInterview: [],
  recentQuestionTexts: [],
};

/** The first executable coding question of the bank, as asked, and its spec. */
function executableBankQuestion() {
  for (const candidate of QUESTION_BANK_BY_TOPIC.coding) {
    const spec = findExecutableSpec(candidate.id);
    if (spec) return { question: toInterviewQuestion(candidate, "Python"), spec };
  }
  throw new Error("the bank has no executable coding question");
}
const { question: bankQuestion, spec: bankSpec } = executableBankQuestion();

/** A model-written question carrying (a copy of) a bank spec; `name` tells the runs apart. */
function modelQuestion(name: string): InterviewQuestion {
  return {
    ...bankQuestion,
    id: `ai-coding-${name}`,
    text: `Question ${name}`,
    source: "model",
    executable: {
      ...bankSpec,
      questionId: `ai-coding-${name}`,
      referenceSolutions: {
        javascript: `// ${name} javascript`,
        typescript: `// ${name} typescript`,
        python: `# ${name} python`,
      },
    },
  };
}

/** A model-written system-design question without tests. */
function proseModelQuestion(name: string, text: string): InterviewQuestion {
  return {
    ...bankQuestion,
    id: `ai-system-design-${name}`,
    topic: "system-design",
    text,
    source: "model",
    executable: null,
  };
}

/** An interviewer that hands out the given questions in order, counting the asks. */
function scriptedInterviewer(...questions: InterviewQuestion[]) {
  const builtin = createBuiltinInterviewerProvider();
  const asked: AskQuestionRequest[] = [];
  const interviewer: InterviewerProvider = {
    ...builtin,
    kind: "openai",
    async askQuestion(received) {
      asked.push(received);
      const question = questions[asked.length - 1];
      if (!question) throw new Error("asked more often than scripted");
      return { question, provider: "openai", model: "m", fallback: false, fallbackReason: null, usage: null };
    },
  };
  return { interviewer, asked };
}

/** A runner whose verdict per run is decided by the code it is given; it records every request. */
function fakeRunner(outcome: (request: CodeRunRequest) => "passed" | "failed" | "busy") {
  const runs: CodeRunRequest[] = [];
  const runner: CodeRunner = {
    async run(run) {
      runs.push(run);
      const verdict = outcome(run);
      if (verdict === "busy") throw new DomainError("SERVICE_UNAVAILABLE", "RUNNER_BUSY", "Every runner is busy.");
      const tests: TestResult[] = run.tests.map((test, index) => ({
        name: test.name,
        verdict: verdict === "failed" && index === run.tests.length - 1 ? "failed" : "passed",
        args: null,
        expected: null,
        actual: null,
        output: "",
        error: null,
        durationMs: 1,
      }));
      const passed = tests.filter((test) => test.verdict === "passed").length;
      const result: CodeRunResult = {
        language: run.language,
        verdict: passed === tests.length ? "passed" : "failed",
        passed,
        total: tests.length,
        tests,
        durationMs: 1,
      };
      return result;
    },
  };
  return { runner, runs };
}

function recordingLogger() {
  const lines: Array<{ level: string; fields: object }> = [];
  const log = (level: string) => (fields: object) => {
    lines.push({ level, fields });
  };
  return { logger: { info: log("info"), warn: log("warn"), error: log("error") }, lines };
}

describe("asking a checked question", () => {
  it("runs each reference solution in its own language against the examples and hidden tests, one at a time", async () => {
    const { interviewer, asked } = scriptedInterviewer(modelQuestion("good"));
    const { runner, runs } = fakeRunner(() => "passed");
    const { logger, lines } = recordingLogger();
    const question = await askCheckedQuestion({ interviewer, codeRunner: runner, logger }, request);
    expect(question.id).toBe("ai-coding-good");
    expect(asked).toHaveLength(1);
    expect(runs.map((run) => [run.language, run.code, run.reveal])).toEqual([
      ["javascript", "// good javascript", false],
      ["typescript", "// good typescript", false],
      ["python", "# good python", false],
    ]);
    expect(runs[2]?.entryPoint).toBe(bankSpec.entryPoint.python);
    expect(runs[0]?.tests).toEqual([...bankSpec.examples, ...bankSpec.hiddenTests]);
    expect(lines).toEqual([{ level: "info", fields: expect.objectContaining({ outcome: "passed" }) }]);
  });

  it("a question without tests of its own runs nothing and is used as it is", async () => {
    const bank = bankQuestion;
    const { interviewer, asked } = scriptedInterviewer(bank);
    const { runner, runs } = fakeRunner(() => "passed");
    expect(await askCheckedQuestion({ interviewer, codeRunner: runner }, request)).toEqual(bank);
    expect(asked).toHaveLength(1);
    expect(runs).toHaveLength(0);
  });

  it("stops at the first failing language and asks once more with the same request", async () => {
    const { interviewer, asked } = scriptedInterviewer(modelQuestion("bad"), modelQuestion("good"));
    const { runner, runs } = fakeRunner((run) => (run.code === "// bad typescript" ? "failed" : "passed"));
    const { logger, lines } = recordingLogger();
    const question = await askCheckedQuestion({ interviewer, codeRunner: runner, logger }, request);
    expect(question.id).toBe("ai-coding-good");
    expect(asked).toEqual([request, request]);
    expect(runs.map((run) => run.code)).toEqual([
      "// bad javascript",
      "// bad typescript",
      "// good javascript",
      "// good typescript",
      "# good python",
    ]);
    expect(lines).toEqual([
      {
        level: "warn",
        fields: expect.objectContaining({
          outcome: "asked-again",
          failures: [expect.stringMatching(/^typescript: failed on /)],
        }),
      },
    ]);
  });

  it("a run that cannot start counts as a failure; twice means the bank's question", async () => {
    const { interviewer, asked } = scriptedInterviewer(modelQuestion("first"), modelQuestion("second"));
    const { runner } = fakeRunner((run) => (run.code.includes("first") ? "busy" : "failed"));
    const { logger, lines } = recordingLogger();
    const question = await askCheckedQuestion({ interviewer, codeRunner: runner, logger }, request);
    expect(asked).toHaveLength(2);
    expect(question).toMatchObject({ source: "bank", topic: "coding", difficulty: "junior" });
    expect(lines).toEqual([
      {
        level: "warn",
        fields: expect.objectContaining({
          outcome: "replaced-by-bank-question",
          replacementId: question.id,
          failures: [
            "javascript: the run failed (Every runner is busy.)",
            expect.stringMatching(/^javascript: failed on /),
          ],
        }),
      },
    ]);
  });

  it("a second question that brought no tests (the model fell back) is used as it is", async () => {
    const bank = bankQuestion;
    const { interviewer } = scriptedInterviewer(modelQuestion("bad"), bank);
    const { runner, runs } = fakeRunner(() => "failed");
    expect(await askCheckedQuestion({ interviewer, codeRunner: runner }, request)).toEqual(bank);
    expect(runs).toHaveLength(1);
  });

  it("a model question that repeats one of an earlier interview in other words is asked for once more", async () => {
    const earlier = "How would you design a rate limiter for a public API that serves millions of users?";
    const repeat = proseModelQuestion(
      "repeat",
      "Design a rate limiter for a public-facing API used by millions of users. How would you approach it?",
    );
    const fresh = proseModelQuestion("fresh", "Design a URL shortener that handles a billion links.");
    const { interviewer, asked } = scriptedInterviewer(repeat, fresh);
    const { runner, runs } = fakeRunner(() => "passed");
    const { logger, lines } = recordingLogger();
    const withHistory = { ...request, topic: "system-design" as const, recentQuestionTexts: [earlier] };
    const question = await askCheckedQuestion({ interviewer, codeRunner: runner, logger }, withHistory);
    expect(question).toEqual(fresh);
    expect(asked).toEqual([withHistory, withHistory]);
    expect(runs).toHaveLength(0);
    expect(lines).toEqual([
      {
        level: "warn",
        fields: expect.objectContaining({
          questionId: "ai-system-design-fresh",
          outcome: "asked-again",
          failures: [`repeats an earlier question: "${earlier.slice(0, 80)}"`],
        }),
      },
    ]);
  });

  it("repeating twice (this interview's question, then an earlier one's) means the bank's question, tests not run", async () => {
    const here = "Write a function that returns the longest run of equal values in a list.";
    const before = "Write a function that reverses a singly linked list in place.";
    const { interviewer, asked } = scriptedInterviewer(
      { ...modelQuestion("again-here"), text: "Return the length of the longest run of equal values in a list." },
      { ...modelQuestion("again-before"), text: "Reverse a singly linked list in place, without extra space." },
    );
    const { runner, runs } = fakeRunner(() => "passed");
    const { logger, lines } = recordingLogger();
    const withHistory = { ...request, askedInThisInterview: [here], recentQuestionTexts: [before] };
    const question = await askCheckedQuestion({ interviewer, codeRunner: runner, logger }, withHistory);
    expect(asked).toHaveLength(2);
    expect(runs).toHaveLength(0);
    expect(question).toMatchObject({ source: "bank", topic: "coding", difficulty: "junior" });
    expect(lines).toEqual([
      {
        level: "warn",
        fields: expect.objectContaining({
          outcome: "replaced-by-bank-question",
          replacementId: question.id,
          failures: [`repeats an earlier question: "${here}"`, `repeats an earlier question: "${before}"`],
        }),
      },
    ]);
  });

  it("a bank question is never checked for repeats: the bank keeps its own account of what was seen", async () => {
    const { interviewer, asked } = scriptedInterviewer(bankQuestion);
    const { runner } = fakeRunner(() => "passed");
    const { logger, lines } = recordingLogger();
    const withHistory = { ...request, recentQuestionTexts: [bankQuestion.text] };
    expect(await askCheckedQuestion({ interviewer, codeRunner: runner, logger }, withHistory)).toEqual(bankQuestion);
    expect(asked).toHaveLength(1);
    expect(lines).toEqual([]);
  });

  it("a new model question without tests is used as it is, with nothing logged", async () => {
    const fresh = proseModelQuestion("fresh", "Design a URL shortener that handles a billion links.");
    const { interviewer, asked } = scriptedInterviewer(fresh);
    const { runner } = fakeRunner(() => "passed");
    const { logger, lines } = recordingLogger();
    const withHistory = { ...request, recentQuestionTexts: ["Design a rate limiter for a public API."] };
    expect(await askCheckedQuestion({ interviewer, codeRunner: runner, logger }, withHistory)).toEqual(fresh);
    expect(asked).toHaveLength(1);
    expect(lines).toEqual([]);
  });

  it("a caller's abort is not the question's fault: it propagates and nothing is asked again", async () => {
    const controller = new AbortController();
    const { interviewer, asked } = scriptedInterviewer(modelQuestion("first"), modelQuestion("second"));
    const runner: CodeRunner = {
      async run() {
        controller.abort(new Error("the client went away"));
        throw new Error("the client went away");
      },
    };
    await expect(
      askCheckedQuestion({ interviewer, codeRunner: runner }, { ...request, signal: controller.signal }),
    ).rejects.toThrow("the client went away");
    expect(asked).toHaveLength(1);
  });
});
