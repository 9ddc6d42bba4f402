// Running a candidate's code: interview.runCode runs the open question's visible examples (free, as
// often as the limits allow; nothing is stored), and submitting a coding answer in a language that
// runs runs the hidden tests once (answer-turn.ts stores the result with the answer). The sandbox sits
// behind the CodeRunner port; its own pool bounds the server, and the limits here bound one user:
// runs per window (the rate-limit policy's perUser entry) and runs at once on this instance.
import type { CodeRunResult, RunnableLanguage } from "@interviewer/engine";
import type { ApiDependencies } from "../context.ts";
import { DomainError, notFound } from "../errors.ts";
import { consumeUserAllowance } from "../rate-limit/per-user-allowance.ts";
import type { RateLimitedProcedure } from "../rate-limit/rate-limit-policy.ts";
import type { CodeRunner } from "./code-runner.ts";
import { codeRunRequest, executableSpecOf } from "./executable-question.ts";
import type { InterviewSnapshot, TurnRecord } from "./interview-codec.ts";
import { timeLeftMs } from "./interview-timing.ts";

type RunDeps = Pick<
  ApiDependencies,
  "clock" | "codeRunner" | "codeRunsPerUserAtOnce" | "rateLimiter" | "rateLimitPolicy"
>;

const PROCEDURE: RateLimitedProcedure = "interview.runCode";

export interface CodeInput {
  turnId: string;
  language: RunnableLanguage;
  code: string;
}

/** Runs the open question's visible examples. No credit, nothing stored. */
export async function runExamples(
  deps: RunDeps,
  viewer: { userId: string },
  snapshot: InterviewSnapshot,
  input: CodeInput,
  signal?: AbortSignal,
): Promise<CodeRunResult> {
  const turn = openTurn(snapshot, input.turnId, deps.clock.now());
  const request = codeRunRequest(turn.question, input, "examples");
  const release = takeRunSlot(deps, viewer.userId);
  try {
    await consumeRunAllowance(deps, viewer.userId);
    return await deps.codeRunner.run(request, signal);
  } finally {
    release();
  }
}

/**
 * The hidden tests' result for an answer about to be stored, or null when its code does not run (no
 * code, code in a language that is read, or a question graded by reading). Runs before the answer's
 * transaction, so no row is locked while code runs; a retried submit of a stored answer runs nothing.
 * Refusals (paused, ended, not current) are left to the transaction, which says them with the state
 * under lock.
 */
export async function runHiddenTests(
  deps: Pick<ApiDependencies, "clock" | "codeRunner">,
  snapshot: InterviewSnapshot,
  input: { turnId: string; code: { runtime: RunnableLanguage | null; source: string } | null },
): Promise<CodeRunResult | null> {
  const language = input.code?.runtime;
  if (!input.code || !language) return null;
  const { interview, turns } = snapshot;
  const turn = turns.find((t) => t.id === input.turnId);
  const answerable =
    turn !== undefined &&
    turn.answer === null &&
    turns.at(-1)?.id === turn.id &&
    interview.status === "active" &&
    timeLeftMs(interview, deps.clock.now()) !== 0;
  // A language the question has no entry point for is read, like any language that does not run.
  if (!answerable || !executableSpecOf(turn.question)?.entryPoint[language]) return null;
  return deps.codeRunner.run(codeRunRequest(turn.question, { language, code: input.code.source }, "hidden"));
}

/** The turn code may run for: the interview's open, unanswered question while the interview runs. */
function openTurn(snapshot: InterviewSnapshot, turnId: string, now: Date): TurnRecord {
  const { interview, turns } = snapshot;
  const turn = turns.find((t) => t.id === turnId);
  if (!turn) throw notFound("Question");
  if (interview.status === "paused") {
    throw new DomainError("PRECONDITION_FAILED", "INTERVIEW_PAUSED", "The interview is paused. Resume it to run code.");
  }
  if (interview.status !== "active") {
    throw new DomainError("PRECONDITION_FAILED", "INTERVIEW_ENDED", "This interview has ended; code no longer runs.");
  }
  if (timeLeftMs(interview, now) === 0) {
    throw new DomainError("PRECONDITION_FAILED", "TIME_UP", "Time is up: code no longer runs in this interview.");
  }
  if (turns.at(-1)?.id !== turn.id) {
    throw new DomainError("CONFLICT", "NOT_CURRENT_QUESTION", "That is not the current question any more.");
  }
  if (turn.answer !== null) {
    throw new DomainError("CONFLICT", "ALREADY_ANSWERED", "This question was already answered.");
  }
  return turn;
}

function consumeRunAllowance(deps: RunDeps, userId: string): Promise<void> {
  return consumeUserAllowance(
    deps,
    PROCEDURE,
    userId,
    (wait, limit) =>
      `You have run code ${limit.max} times in ${Math.round(limit.windowMs / 60_000)} minutes. Try again in ${wait}, or submit your answer.`,
    "RUN_LIMIT",
  );
}

// Runs going per user, per runner (one runner per server), so two servers in one process never share.
const runsGoing = new WeakMap<CodeRunner, Map<string, number>>();

/** Takes one of the user's run slots or refuses with RUN_LIMIT; the returned function gives it back. */
function takeRunSlot(deps: RunDeps, userId: string): () => void {
  let going = runsGoing.get(deps.codeRunner);
  if (!going) {
    going = new Map();
    runsGoing.set(deps.codeRunner, going);
  }
  const count = going.get(userId) ?? 0;
  if (count >= deps.codeRunsPerUserAtOnce) {
    throw new DomainError(
      "TOO_MANY_REQUESTS",
      "RUN_LIMIT",
      "Your code is already running. Wait for its result before running it again.",
      { retryAfterSeconds: 1, procedure: PROCEDURE },
    );
  }
  going.set(userId, count + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (going.get(userId) ?? 1) - 1;
    if (left > 0) going.set(userId, left);
    else going.delete(userId);
  };
}
