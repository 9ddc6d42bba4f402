// Asking the interviewer for the next main question, with a model-written coding question's tests
// checked before anyone sees it: every reference solution runs against the question's examples and
// hidden tests in the sandbox. A question whose tests fail its own solution (or whose run errors or
// hits a limit) is asked for once more with the same request; if that one fails too, the built-in
// bank's question for the request is asked instead. Questions without tests of their own (other
// topics, bank questions, a model that fell back) are used as they come. The checks go through the
// CodeRunner port like any run, so the server's bounded pool bounds them; they are the server's
// work, not the candidate's, so no per-user run limit applies.
import {
  type AskQuestionRequest,
  type CodeRunRequest,
  createBuiltinInterviewerProvider,
  type ExecutableSpec,
  type InterviewQuestion,
  RUNNABLE_LANGUAGES,
} from "@interviewer/engine";
import type { ApiDependencies } from "../context.ts";
import type { Logger } from "../shared/logger.ts";
import type { CodeRunner } from "./code-runner.ts";

export type AskCheckedQuestionDeps = Pick<ApiDependencies, "interviewer" | "codeRunner"> & {
  /** Where the outcome of a check is written; callers without a request logger leave it out. */
  logger?: Logger | undefined;
};

/** What became of a question that came with tests. */
export type QuestionCheckOutcome = "passed" | "asked-again" | "replaced-by-bank-question";

// The bank's questions are the fallback whichever provider is configured; the built-in provider is
// pure and holds no state beyond its randomness, so one serves every request.
const bankInterviewer = createBuiltinInterviewerProvider();

export async function askCheckedQuestion(
  deps: AskCheckedQuestionDeps,
  request: AskQuestionRequest,
): Promise<InterviewQuestion> {
  const first = (await deps.interviewer.askQuestion(request)).question;
  const firstFailure = await ownTestsFailure(deps.codeRunner, first, request.signal);
  if (firstFailure === undefined) return first;
  if (firstFailure === null) {
    report(deps, first, "passed", []);
    return first;
  }

  const second = (await deps.interviewer.askQuestion(request)).question;
  const secondFailure = await ownTestsFailure(deps.codeRunner, second, request.signal);
  // The second question is used when its tests pass, or when it brought none (the model fell back).
  if (secondFailure === undefined || secondFailure === null) {
    report(deps, second, "asked-again", [firstFailure]);
    return second;
  }

  const replacement = (await bankInterviewer.askQuestion(request)).question;
  report(deps, second, "replaced-by-bank-question", [firstFailure, secondFailure], replacement.id);
  return replacement;
}

/**
 * Why the question's own reference solutions do not pass its own tests: null when every one passes,
 * undefined when the question brought no tests to check.
 */
async function ownTestsFailure(
  runner: CodeRunner,
  question: InterviewQuestion,
  signal: AbortSignal | undefined,
): Promise<string | null | undefined> {
  const spec = question.executable;
  if (!spec) return undefined;
  // One language after another: a question costs the pool one worker at a time, and the first
  // failure ends the check.
  for (const language of RUNNABLE_LANGUAGES) {
    const request = referenceRunRequest(spec, language);
    if (!request) return `${language}: no entry point or reference solution`;
    let result: Awaited<ReturnType<CodeRunner["run"]>>;
    try {
      result = await runner.run(request, signal);
    } catch (error) {
      // The caller gave up: that is not the question's fault, and nobody is waiting for another.
      if (signal?.aborted) throw error;
      return `${language}: the run failed (${error instanceof Error ? error.message : String(error)})`;
    }
    const failing = result.tests.find((test) => test.verdict !== "passed");
    if (failing || result.verdict !== "passed" || result.total === 0 || result.passed !== result.total) {
      return `${language}: ${failing?.verdict ?? result.verdict} on "${failing?.name ?? "the run"}" (${result.passed}/${result.total} passed)`;
    }
  }
  return null;
}

/** The reference solution in `language` against every test the question has, examples first. */
function referenceRunRequest(
  spec: ExecutableSpec,
  language: (typeof RUNNABLE_LANGUAGES)[number],
): CodeRunRequest | null {
  const entryPoint = spec.entryPoint[language];
  const code = spec.referenceSolutions[language];
  if (!entryPoint || !code) return null;
  return {
    language,
    code,
    kind: spec.kind,
    entryPoint,
    comparison: spec.comparison,
    tests: [...spec.examples, ...spec.hiddenTests],
    reveal: false,
  };
}

function report(
  deps: AskCheckedQuestionDeps,
  checked: InterviewQuestion,
  outcome: QuestionCheckOutcome,
  failures: string[],
  replacementId?: string,
): void {
  const fields = { questionId: checked.id, topic: checked.topic, outcome, failures, replacementId };
  if (outcome === "passed") deps.logger?.info(fields, "a model-written question's tests pass its own solutions");
  else deps.logger?.warn(fields, "a model-written question's tests failed its own solutions");
}
