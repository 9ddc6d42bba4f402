// The executable specs as data: each is a valid contract value, every coding question of the bank is
// either executable or explained, and the tests are well-formed JSON. Running the reference solutions
// is the sandbox package's job (packages/sandbox/src/reference-solutions.test.ts).
import { describe, expect, it } from "vitest";
import { type ExecutableSpec, RUNNABLE_LANGUAGES, ZExecutableSpecSchema } from "../../code/code-execution.ts";
import { CODING_QUESTIONS } from "./coding.ts";
import { CODING_EXECUTABLE_SPECS, findExecutableSpec, NOT_EXECUTABLE } from "./coding-executable.ts";

const JS_IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const PY_IDENTIFIER = /^[A-Za-z_]\w*$/;
const bankIds = new Set(CODING_QUESTIONS.map((question) => question.id));

describe("the coding bank's executable specs", () => {
  it("cover every coding question once: executable, or not executable with a reason", () => {
    const specIds = CODING_EXECUTABLE_SPECS.map((spec) => spec.questionId);
    expect(new Set(specIds).size, "one spec per question").toBe(specIds.length);
    for (const id of specIds) expect(bankIds.has(id), `${id} is a coding question`).toBe(true);
    for (const [id, reason] of Object.entries(NOT_EXECUTABLE)) {
      expect(bankIds.has(id), `${id} is a coding question`).toBe(true);
      expect(specIds, `${id} is not both executable and not`).not.toContain(id);
      expect(reason.length, `the reason ${id} is not executable`).toBeGreaterThan(40);
    }
    const covered = new Set([...specIds, ...Object.keys(NOT_EXECUTABLE)]);
    expect(CODING_QUESTIONS.filter((question) => !covered.has(question.id)).map((question) => question.id)).toEqual([]);
  });

  it("are found by question id and by former id", () => {
    for (const spec of CODING_EXECUTABLE_SPECS) expect(findExecutableSpec(spec.questionId)).toBe(spec);
    for (const question of CODING_QUESTIONS) {
      for (const formerId of question.formerIds) {
        expect(findExecutableSpec(formerId)).toBe(findExecutableSpec(question.id));
      }
    }
    for (const id of Object.keys(NOT_EXECUTABLE)) expect(findExecutableSpec(id)).toBeUndefined();
    expect(findExecutableSpec("no-such-question")).toBeUndefined();
  });
});

describe.each(CODING_EXECUTABLE_SPECS.map((spec) => [spec.questionId, spec] as const))("%s", (_id, spec) => {
  const tests = [...spec.examples, ...spec.hiddenTests];

  it("is a valid ExecutableSpec with every runnable language", () => {
    expect(ZExecutableSpecSchema.parse(spec)).toEqual(spec);
    for (const language of RUNNABLE_LANGUAGES) {
      expect(spec.entryPoint[language], `${language} entry point`).toBeDefined();
      expect(spec.starterCode[language], `${language} starter code`).toBeDefined();
      expect(spec.referenceSolutions[language], `${language} reference solution`).toBeDefined();
    }
  });

  it("has 1-3 examples and 5-15 hidden tests, all named uniquely", () => {
    expect(spec.examples.length).toBeGreaterThanOrEqual(1);
    expect(spec.examples.length).toBeLessThanOrEqual(3);
    expect(spec.hiddenTests.length).toBeGreaterThanOrEqual(5);
    expect(spec.hiddenTests.length).toBeLessThanOrEqual(15);
    const names = tests.map((test) => test.name);
    expect(new Set(names).size, `duplicate names in ${names.join(", ")}`).toBe(names.length);
  });

  it("keeps its tests plain JSON", () => {
    // No undefined, NaN or Infinity: the tests cross the sandbox boundary as JSON text.
    for (const test of tests) expect(JSON.parse(JSON.stringify(test)), test.name).toEqual(test);
  });

  it("names its entry point in each language's starter code and reference solution", () => {
    for (const language of RUNNABLE_LANGUAGES) {
      const name = entryPoint(spec, language);
      expect(name).toMatch(language === "python" ? PY_IDENTIFIER : JS_IDENTIFIER);
      const declaration =
        language === "python"
          ? new RegExp(`^(def|class) ${name}\\b`, "m")
          : new RegExp(`^(function|class) ${name}\\b`, "m");
      expect(spec.starterCode[language], `${language} starter declares ${name}`).toMatch(declaration);
      expect(spec.referenceSolutions[language], `${language} reference declares ${name}`).toMatch(declaration);
    }
  });

  it("tells the candidate in the starter code how the tests call it", () => {
    for (const language of RUNNABLE_LANGUAGES) {
      expect(spec.starterCode[language], `${language} starter code`).toMatch(/Executable:/);
    }
  });

  if (spec.kind !== "class") return; // the rest is about class specs only
  it("writes class tests as a constructor call, then method calls", () => {
    for (const test of tests) {
      const [construction, ...methodCalls] = test.args;
      expect(Array.isArray(construction) && construction[0] === "new", `${test.name} starts with ["new", ...]`).toBe(
        true,
      );
      for (const call of methodCalls) {
        // One method name serves every language, so it must be an identifier in all of them.
        expect(Array.isArray(call) && typeof call[0] === "string" && PY_IDENTIFIER.test(call[0]), test.name).toBe(true);
      }
      expect(Array.isArray(test.expected), `${test.name} expects one result per call`).toBe(true);
      const expected = Array.isArray(test.expected) ? test.expected : [];
      expect(expected.length, `${test.name} expects one result per call`).toBe(test.args.length);
      expect(expected[0], `${test.name}: the constructor returns nothing`).toBeNull();
    }
  });
});

function entryPoint(spec: ExecutableSpec, language: (typeof RUNNABLE_LANGUAGES)[number]): string {
  return spec.entryPoint[language] ?? "";
}
