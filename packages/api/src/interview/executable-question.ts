// Which asked questions have code that runs, and what of their tests a candidate may see. A
// model-written coding question carries its own spec (checked in the sandbox before it was asked, see
// ask-question.ts); a bank question's is found by its id. A question without one (another topic, a
// follow-up, a model-written question without tests) is graded by reading.
import {
  type CodeRunRequest,
  type ExecutableSpec,
  findExecutableSpec,
  type InterviewQuestion,
  RUNNABLE_LANGUAGES,
  type RunnableLanguage,
} from "@interviewer/engine";
import { DomainError } from "../errors.ts";

export function executableSpecOf(question: InterviewQuestion): ExecutableSpec | null {
  return question.executable ?? findExecutableSpec(question.id) ?? null;
}

/**
 * What a client needs to offer "Run" for a question: the languages that run, the starter code per
 * language and the visible examples. Never the hidden tests nor the reference solutions.
 */
export function runnableCodeOf(question: InterviewQuestion) {
  const spec = executableSpecOf(question);
  if (!spec) return null;
  const languages = RUNNABLE_LANGUAGES.filter((language) => spec.entryPoint[language] !== undefined);
  return {
    languages,
    starterCode: spec.starterCode,
    examples: spec.examples.map((example) => ({ name: example.name, args: example.args, expected: example.expected })),
  };
}

/** The sandbox request for a question's examples (`reveal`) or its hidden tests; CODE_NOT_RUNNABLE if none. */
export function codeRunRequest(
  question: InterviewQuestion,
  input: { language: RunnableLanguage; code: string },
  tests: "examples" | "hidden",
): CodeRunRequest {
  const spec = executableSpecOf(question);
  if (!spec) {
    throw new DomainError(
      "PRECONDITION_FAILED",
      "CODE_NOT_RUNNABLE",
      "This question's code does not run: it is graded by reading your answer.",
    );
  }
  const entryPoint = spec.entryPoint[input.language];
  if (!entryPoint) {
    throw new DomainError(
      "PRECONDITION_FAILED",
      "CODE_NOT_RUNNABLE",
      `This question does not run ${input.language}; ${describeLanguages(spec)} run.`,
    );
  }
  return {
    language: input.language,
    code: input.code,
    kind: spec.kind,
    entryPoint,
    comparison: spec.comparison,
    tests: tests === "examples" ? spec.examples : spec.hiddenTests,
    reveal: tests === "examples",
  };
}

const LANGUAGE_NAMES: Record<RunnableLanguage, string> = {
  javascript: "JavaScript",
  typescript: "TypeScript",
  python: "Python",
};

function describeLanguages(spec: ExecutableSpec): string {
  const names = RUNNABLE_LANGUAGES.filter((language) => spec.entryPoint[language]).map((l) => LANGUAGE_NAMES[l]);
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : (names[0] ?? "no languages");
}
