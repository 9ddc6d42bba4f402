// Asking the interviewer for the next main question, with a model-written question checked before
// anyone sees it:
//  - it must not repeat, in other words, a question the candidate was already asked in this interview
//    or in an earlier one (the request's askedInThisInterview and recentQuestionTexts; the model is told
//    to avoid them, and near-duplicate-question.ts checks that it did);
//  - a coding question's tests must pass its own solutions: every reference solution runs against the
//    question's examples and hidden tests in the sandbox.
// A question that fails either check is asked for once more with the same request; if that one fails
// too, the built-in bank's question for the request is asked instead (the bank never repeats a seen
// question while an unseen one remains). Bank questions, and a model that fell back to the bank, are
// used as they come. The test runs go through the CodeRunner port like any run, so the server's bounded
// pool bounds them; they are the server's work, not the candidate's, so no per-user run limit applies.
import {
  type AskQuestionRequest,
  type CodeRunRequest,
  createBuiltinInterviewerProvider,
  type ExecutableSpec,
  findNearDuplicateQuestion,
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

/** What became of a model-written question that was checked. */
export type QuestionCheckOutcome = "passed" | "asked-again" | "replaced-by-bank-question";

// The bank's questions are the fallback whichever provider is configured; the built-in provider is
// pure and holds no state beyond its randomness, so one serves every request.
const bankInterviewer = createBuiltinInterviewerProvider();

/** How much of a repeated question a log line quotes: enough to recognise it. */
const QUOTED_QUESTION_CHARS = 80;

export async function askCheckedQuestion(
  deps: AskCheckedQuestionDeps,
  request: AskQuestionRequest,
): Promise<InterviewQuestion> {
  const first = (await deps.interviewer.askQuestion(request)).question;
  const firstFailure = await checkFailure(deps.codeRunner, first, request);
  if (firstFailure === undefined) return first;
  if (firstFailure === null) {
    report(deps, first, "passed", []);
    return first;
  }

  const second = (await deps.interviewer.askQuestion(request)).question;
  const secondFailure = await checkFailure(deps.codeRunner, second, request);
  // The second question is used when it passes, or when nothing was checked (the model fell back).
  if (secondFailure === undefined || secondFailure === null) {
    report(deps, second, "asked-again", [firstFailure]);
    return second;
  }

  const replacement = (await bankInterviewer.askQuestion(request)).question;
  report(deps, second, "replaced-by-bank-question", [firstFailure, secondFailure], replacement.id);
  return replacement;
}

/**
 * Why a question may not be shown: null when it passed its tests, undefined when there was nothing to
 * check (a bank question, or a model-written one that is new and brought no tests). The repeat check
 * comes first: it is cheap, and a repeated question is not shown whatever its tests say.
 */
async function checkFailure(
  runner: CodeRunner,
  question: InterviewQuestion,
  request: AskQuestionRequest,
): Promise<string | null | undefined> {
  if (question.source !== "model") return undefined;
  const repeated =
    findNearDuplicateQuestion(question.text, request.askedInThisInterview.toReversed()) ??
    findNearDuplicateQuestion(question.text, request.recentQuestionTexts);
  if (repeated !== undefined) return `repeats an earlier question: "${repeated.slice(0, QUOTED_QUESTION_CHARS)}"`;
  return ownTestsFailure(runner, question, request.signal);
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
  else
    deps.logger?.warn(
      fields,
      "a model-written question failed its check (a repeat, or tests failing its own solutions)",
    );
}
