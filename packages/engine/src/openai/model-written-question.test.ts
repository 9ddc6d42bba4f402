// A model's coding question in the shape strict structured outputs allow (test values as JSON text)
// becomes a question with an executable spec in the sandbox's contract; replies the sandbox could not
// run are refused by the schema, with reasons the validation retry can feed back.
import { describe, expect, it } from "vitest";
import { ZExecutableSpecSchema } from "../code/code-execution.ts";
import { ZInterviewQuestionSchema } from "../interview-question.ts";
import type { AskQuestionRequest } from "../provider.ts";
import { CANNED_CODING_QUESTION, CANNED_MODEL_CONTENT } from "../testing/fake-openai-server.ts";
import { ZModelCodingQuestionSchema, ZModelQuestionSchema } from "./model-output-schemas.ts";
import { toModelWrittenQuestion } from "./model-written-question.ts";

const coding: Pick<AskQuestionRequest, "topic" | "difficulty"> = { topic: "coding", difficulty: "junior" };

/** The canned question with its spec changed by `change`. */
function withSpec(change: (spec: typeof CANNED_CODING_QUESTION.executable) => object) {
  return { ...CANNED_CODING_QUESTION, executable: change(CANNED_CODING_QUESTION.executable) };
}

function issuesOf(reply: unknown): string[] {
  const result = ZModelCodingQuestionSchema.safeParse(reply);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("model-written coding questions", () => {
  it("turns the tests' JSON text into values, in the sandbox's contract, under the question's id", () => {
    const reply = ZModelCodingQuestionSchema.parse(CANNED_CODING_QUESTION);
    const question = toModelWrittenQuestion(reply, coding);
    expect(question.id).toMatch(/^ai-coding-[0-9a-f]{8}$/);
    expect(question.source).toBe("model");
    const spec = ZExecutableSpecSchema.parse(question.executable);
    expect(spec.questionId).toBe(question.id);
    expect(spec.entryPoint).toEqual({ javascript: "longestRun", typescript: "longestRun", python: "longest_run" });
    expect(spec.examples).toEqual([{ name: "a run of three in the middle", args: [[1, 1, 2, 2, 2, 3]], expected: 3 }]);
    expect(spec.hiddenTests.map((test) => [test.name, test.args, test.expected])).toEqual([
      ["empty list", [[]], 0],
      ["one element", [[7]], 1],
      ["all equal", [[4, 4, 4, 4]], 4],
      ["no repeats", [[1, 2, 3]], 1],
      ["negative numbers", [[-1, -1, 0]], 2],
    ]);
    expect(spec.referenceSolutions.python).toContain("def longest_run(values):");
    // It is stored with the turn and read back through the question's schema unchanged.
    expect(ZInterviewQuestionSchema.parse(JSON.parse(JSON.stringify(question)))).toEqual(question);
  });

  it("keeps class tests as a list of calls with one expected result per call", () => {
    const reply = ZModelCodingQuestionSchema.parse(
      withSpec((spec) => ({
        ...spec,
        kind: "class",
        entryPoint: { javascript: "Counter", typescript: "Counter", python: "Counter" },
        examples: [{ name: "counts up", args: '[["new", 2], ["add"], ["value"]]', expected: "[null, null, 3]" }],
      })),
    );
    const spec = toModelWrittenQuestion(reply, coding).executable;
    expect(spec?.kind).toBe("class");
    expect(spec?.examples[0]).toEqual({
      name: "counts up",
      args: [["new", 2], ["add"], ["value"]],
      expected: [null, null, 3],
    });
  });

  it("gives a question of another topic no spec", () => {
    const reply = ZModelQuestionSchema.parse(CANNED_MODEL_CONTENT.interview_question);
    expect(toModelWrittenQuestion(reply, { topic: "databases", difficulty: "mid" }).executable).toBeNull();
  });

  it("refuses tests whose values are not JSON, or whose arguments are not a list", () => {
    const notJson = withSpec((spec) => ({
      ...spec,
      hiddenTests: [...spec.hiddenTests.slice(1), { name: "broken", args: "[1, 2", expected: "3" }],
    }));
    expect(issuesOf(notJson)).toEqual(["executable.hiddenTests.4: args is not valid JSON"]);
    const notAList = withSpec((spec) => ({ ...spec, examples: [{ name: "one", args: '{"a": 1}', expected: "1" }] }));
    expect(issuesOf(notAList)).toEqual(["executable.examples.0: args must be a JSON array of arguments"]);
    const badExpected = withSpec((spec) => ({ ...spec, examples: [{ name: "one", args: "[1]", expected: "three" }] }));
    expect(issuesOf(badExpected)).toEqual(["executable.examples.0: expected is not valid JSON"]);
  });

  it("refuses entry points the sandbox would not call, and specs past their bounds", () => {
    const badName = withSpec((spec) => ({ ...spec, entryPoint: { ...spec.entryPoint, python: "longest run()" } }));
    expect(issuesOf(badName)).toEqual([expect.stringMatching(/^executable\.entryPoint\.python: /)]);
    const tooManyTests = withSpec((spec) => ({
      ...spec,
      hiddenTests: Array.from({ length: 21 }, (_, index) => ({ name: `case ${index}`, args: "[[]]", expected: "0" })),
    }));
    expect(issuesOf(tooManyTests)).toEqual([expect.stringMatching(/^executable\.hiddenTests: /)]);
    const tooFewTests = withSpec((spec) => ({ ...spec, hiddenTests: spec.hiddenTests.slice(0, 2) }));
    expect(issuesOf(tooFewTests)).toEqual([expect.stringMatching(/^executable\.hiddenTests: /)]);
    const hugeSolution = withSpec((spec) => ({
      ...spec,
      referenceSolutions: { ...spec.referenceSolutions, javascript: `// ${"x".repeat(8_000)}` },
    }));
    expect(issuesOf(hugeSolution)).toEqual([expect.stringMatching(/^executable\.referenceSolutions\.javascript: /)]);
    const bigValue = withSpec((spec) => ({
      ...spec,
      examples: [{ name: "big", args: `[[${"1,".repeat(1_000)}1]]`, expected: "1" }],
    }));
    expect(issuesOf(bigValue)).toEqual([expect.stringMatching(/^executable\.examples\.0\.args: /)]);
  });

  it("refuses a coding reply without tests", () => {
    const { executable: _tests, ...withoutSpec } = CANNED_CODING_QUESTION;
    expect(issuesOf(withoutSpec)).toEqual([expect.stringMatching(/^executable: /)]);
  });
});
