// Every executable coding question of the bank, run through the real sandbox: each reference solution
// passes its examples and hidden tests in every language, within the default limits a candidate gets,
// and the starter code (signatures with empty bodies) compiles, runs and does not pass. A test that only checked the
// specs' data would miss a reference that relies on something the sandbox does not offer (a module
// outside the allow-list, a built-in QuickJS lacks, a harness rule).
import {
  type CodeRunResult,
  type ExecutableSpec,
  findExecutableSpec,
  QUESTION_BANK_BY_TOPIC,
  RUNNABLE_LANGUAGES,
  type RunnableLanguage,
} from "@interviewer/engine";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCodeRunner } from "./index.ts";

const specs: ExecutableSpec[] = QUESTION_BANK_BY_TOPIC.coding.flatMap((question) => {
  const spec = findExecutableSpec(question.id);
  return spec ? [spec] : [];
});

// One runner for the file, with the production defaults: a reference that needs more than a
// candidate gets would be a question nobody can pass.
const runner = createCodeRunner();

beforeAll(async () => {
  // Python's interpreter takes seconds to start; do it once before the timed tests.
  await runner.warmUp(RUNNABLE_LANGUAGES);
}, 120_000);

afterAll(async () => {
  await runner.close();
});

function run(spec: ExecutableSpec, language: RunnableLanguage, code: string, withHidden: boolean) {
  return runner.run({
    language,
    code,
    kind: spec.kind,
    entryPoint: spec.entryPoint[language] ?? "",
    comparison: spec.comparison,
    tests: withHidden ? [...spec.examples, ...spec.hiddenTests] : spec.examples,
    reveal: true,
  });
}

/** The failing tests, readable in an assertion message. */
function failures(result: CodeRunResult): string {
  return result.tests
    .filter((test) => test.verdict !== "passed")
    .map((test) => `${test.name}: ${test.verdict} ${test.error ?? `got ${JSON.stringify(test.actual)}`}`)
    .join("\n");
}

it("finds executable specs for the coding bank", () => {
  expect(specs.length).toBeGreaterThan(30);
});

// Concurrent: the runner's pool works on several runs at once (its queue holds the rest).
describe.concurrent.each(specs.map((spec) => [spec.questionId, spec] as const))("%s", (_id, spec) => {
  it.each(RUNNABLE_LANGUAGES)("the %s reference solution passes every test", async (language) => {
    const result = await run(spec, language, spec.referenceSolutions[language] ?? "", true);
    expect(result.verdict, failures(result)).toBe("passed");
    expect(result.passed).toBe(spec.examples.length + spec.hiddenTests.length);
  });

  // The editor starts with this code: it must compile and run, and fail only for want of a body.
  it.each(RUNNABLE_LANGUAGES)("the %s starter code runs and fails", async (language) => {
    const result = await run(spec, language, spec.starterCode[language] ?? "", false);
    expect(["failed", "runtime-error"], failures(result)).toContain(result.verdict);
  });
});
