// Code that runs, through the typed client against the real server and the real sandbox: Run gives
// per-example verdicts for correct, wrong and runaway code; the per-user limits (runs per window, one
// run at a time) and the server's pool (RUNNER_BUSY) refuse with their reasons; submitting code runs
// the hidden tests once, stores the result with the turn and hands it to the evaluator; a question
// graded by reading refuses to run; and a runaway run never holds up other requests.
import { type CodeRunResult, createBuiltinInterviewerProvider, type InterviewerProvider } from "@interviewer/engine";
import { createVerifiedAccount } from "@interviewer/testing/accounts";
import { executableSpecOfTurn, runawayJavaScript, wrongPython } from "@interviewer/testing/executable-questions";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { errorOf } from "@interviewer/testing/trpc-errors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const RUNS_PER_USER = 6;

/** The built-in interviewer, remembering the test results each evaluation was given. */
function recordingEvaluator(): InterviewerProvider & { codeResults: Array<CodeRunResult | null | undefined> } {
  const builtin = createBuiltinInterviewerProvider();
  const codeResults: Array<CodeRunResult | null | undefined> = [];
  return {
    ...builtin,
    kind: builtin.kind,
    codeResults,
    streamEvaluation(request) {
      codeResults.push(request.codeResult);
      return builtin.streamEvaluation(request);
    },
  };
}

// Python's interpreter takes seconds to load in each worker, more on a busy machine.
describe("running candidate code", { timeout: 120_000 }, () => {
  const provider = recordingEvaluator();
  let ts: TestServer;

  /** A new candidate with a coding interview whose first question runs, and that question's spec. */
  async function codingInterview() {
    const candidate = await createVerifiedAccount(ts);
    // Junior questions all run (a few senior ones need real infrastructure and are graded by reading).
    const view = await candidate.client.interview.create.mutate({
      topics: ["coding"],
      questionsPerTopic: 2,
      difficulty: "junior",
    });
    const question = view.currentQuestion;
    if (!question) throw new Error("the interview has no first question");
    const spec = await executableSpecOfTurn(ts, question.turnId);
    return { candidate, view, question, spec, ids: { interviewId: view.id, turnId: question.turnId } };
  }

  beforeAll(async () => {
    ts = await startTestServer({
      interviewer: provider,
      // No background mail worker: its statements would count against the answer's budget below.
      mailWorker: false,
      env: {
        FREE_CREDITS_ON_SIGNUP: "2",
        CODE_RUN_TIMEOUT_MS: "1500",
        CODE_RUN_POOL_SIZE: "2",
        CODE_RUN_MAX_QUEUED: "0",
        CODE_RUNS_PER_USER: String(RUNS_PER_USER),
        CODE_RUNS_AT_ONCE_PER_USER: "1",
      },
    });
  });
  afterAll(async () => {
    await ts.stop();
  });

  it("offers the examples and starter code of a coding question, never its hidden tests", async () => {
    const { question, spec } = await codingInterview();
    expect(question.runnable).toEqual({
      languages: ["javascript", "typescript", "python"],
      starterCode: spec.starterCode,
      examples: spec.examples,
    });
    expect(JSON.stringify(question)).not.toContain(JSON.stringify(spec.hiddenTests[0]?.args));
  });

  it("runs the examples: correct code passes each, wrong code fails with the actual value, a runaway hits the time limit", async () => {
    const { candidate, ids, spec } = await codingInterview();
    const correct = await candidate.client.interview.runCode.mutate({
      ...ids,
      language: "javascript",
      code: spec.referenceSolutions.javascript,
    });
    expect(correct).toMatchObject({ language: "javascript", verdict: "passed", total: spec.examples.length });
    expect(correct.passed).toBe(spec.examples.length);
    expect(correct.tests.map((test) => [test.name, test.verdict, test.args, test.expected])).toEqual(
      spec.examples.map((example) => [example.name, "passed", example.args, example.expected]),
    );

    const wrong = await candidate.client.interview.runCode.mutate({
      ...ids,
      language: "python",
      code: wrongPython(spec),
    });
    expect(wrong.verdict).not.toBe("passed");
    expect(wrong.passed).toBe(0);
    expect(wrong.tests.every((test) => test.verdict !== "passed" && test.args !== null)).toBe(true);

    const runaway = await candidate.client.interview.runCode.mutate({
      ...ids,
      language: "javascript",
      code: runawayJavaScript(spec),
    });
    expect(runaway.verdict).toBe("time-limit");
    expect(runaway.passed).toBe(0);
  });

  it("another request is served while a runaway run executes", async () => {
    const { candidate, ids, spec } = await codingInterview();
    const events: string[] = [];
    const run = candidate.client.interview.runCode
      .mutate({ ...ids, language: "javascript", code: runawayJavaScript(spec) })
      .then((result) => {
        events.push("run finished");
        return result;
      });
    await candidate.client.interview.get.query({ interviewId: ids.interviewId });
    events.push("get served");
    await candidate.client.account.me.query();
    events.push("me served");
    expect((await run).verdict).toBe("time-limit");
    expect(events).toEqual(["get served", "me served", "run finished"]);
  });

  it("one run at a time per user, a limited number of runs per window, and RUNNER_BUSY when the pool is full", async () => {
    const { candidate, ids, spec } = await codingInterview();
    // Two runaways at once from one user: exactly one runs, the other is refused.
    const runaway = { ...ids, language: "javascript" as const, code: runawayJavaScript(spec) };
    const first = candidate.client.interview.runCode.mutate(runaway);
    const second = candidate.client.interview.runCode.mutate(runaway);
    const outcomes = await Promise.allSettled([first, second]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refusal = await errorOf(outcomes[0]?.status === "rejected" ? first : second);
    expect(refusal.data?.reason).toBe("RUN_LIMIT");
    expect(refusal.data?.httpStatus).toBe(429);

    // One run counted so far; the rest of the window's allowance, then RUN_LIMIT with a wait.
    const code = spec.referenceSolutions.javascript;
    for (let run = 1; run < RUNS_PER_USER; run += 1) {
      await candidate.client.interview.runCode.mutate({ ...ids, language: "javascript", code });
    }
    const limited = await errorOf(candidate.client.interview.runCode.mutate({ ...ids, language: "javascript", code }));
    expect(limited.data?.reason).toBe("RUN_LIMIT");
    expect(limited.data?.details?.retryAfterSeconds).toBeGreaterThan(0);

    // The pool has two workers and no queue: a third runaway from a third user finds every runner busy.
    const others = await Promise.all([codingInterview(), codingInterview(), codingInterview()]);
    const runs = others.map((other) =>
      other.candidate.client.interview.runCode.mutate({
        ...other.ids,
        language: "javascript",
        code: runawayJavaScript(other.spec),
      }),
    );
    const settled = await Promise.allSettled(runs);
    const busy = runs.filter((_, index) => settled[index]?.status === "rejected");
    expect(busy).toHaveLength(1);
    expect((await errorOf(busy[0] ?? Promise.resolve())).data?.reason).toBe("RUNNER_BUSY");
  });

  it("submitting code runs the hidden tests once, stores the verdicts with the turn and gives them to the evaluator", async () => {
    const { candidate, ids, spec } = await codingInterview();
    const before = provider.codeResults.length;
    const statements = await ts.database.statements.during(() =>
      candidate.client.interview.answer.mutate({
        ...ids,
        language: "python",
        answer: `${spec.referenceSolutions.python}\n# One pass with a hash map: O(n) time, O(n) space.\n`,
      }),
    );
    // Running the tests adds no statement: the result is written with the answer.
    expect(statements.length, statements.join("\n")).toBeLessThanOrEqual(10);

    const transcript = await candidate.client.interview.transcript.query({ interviewId: ids.interviewId });
    const stored = transcript.turns[0]?.codeResult;
    expect(stored).toMatchObject({ language: "python", verdict: "passed", total: spec.hiddenTests.length });
    expect(stored?.passed).toBe(spec.hiddenTests.length);
    // Hidden tests are named, never shown.
    expect(stored?.tests.every((test) => test.args === null && test.expected === null && test.actual === null)).toBe(
      true,
    );
    expect(provider.codeResults.slice(before)).toEqual([stored]);

    const view = await candidate.client.interview.get.query({ interviewId: ids.interviewId });
    expect(view.lastEvaluation?.codeResult).toEqual(stored);
  });

  it("wrong code submitted is graded with its failing tests; a text answer to a coding question runs nothing", async () => {
    const { candidate, ids, spec } = await codingInterview();
    const before = provider.codeResults.length;
    const submitted = await candidate.client.interview.submitAnswer.mutate({
      ...ids,
      language: "javascript",
      answer: runawayJavaScript(spec),
    });
    expect(submitted.currentQuestion?.codeResult).toMatchObject({ verdict: "time-limit", passed: 0 });
    // The same submission again (a retried request) stores nothing new and runs nothing.
    const evaluated = await candidate.client.interview.answer.mutate({
      ...ids,
      language: "javascript",
      answer: runawayJavaScript(spec),
    });
    expect(evaluated.evaluation.score).toBeLessThan(7);
    expect(provider.codeResults.slice(before)).toEqual([submitted.currentQuestion?.codeResult]);

    const next = evaluated.interview.currentQuestion;
    if (!next) throw new Error("no second question");
    await candidate.client.interview.answer.mutate({
      interviewId: ids.interviewId,
      turnId: next.turnId,
      answer: "I would use a hash map for O(n) lookups and handle the empty input.",
    });
    const transcript = await candidate.client.interview.transcript.query({ interviewId: ids.interviewId });
    expect(transcript.turns[1]?.codeResult).toBeNull();
    expect(provider.codeResults.at(-1) ?? null).toBeNull();
  });

  it("code beside prose runs its source's hidden tests when its label names a runtime; SQL or Go code is read", async () => {
    const { candidate, ids, spec } = await codingInterview();
    const before = provider.codeResults.length;
    const source = spec.referenceSolutions.javascript;
    const prose = "One pass with a hash map: O(n) time and O(n) space.";
    const submitted = await candidate.client.interview.submitAnswer.mutate({
      ...ids,
      answer: prose,
      code: { language: "JS", source },
    });
    expect(submitted.currentQuestion?.codeResult).toMatchObject({ language: "javascript", verdict: "passed" });
    expect(submitted.currentQuestion?.answer).toBe(`${prose}\n\n\`\`\`js\n${source.replace(/\n+$/, "")}\n\`\`\``);
    const evaluated = await candidate.client.interview.answer.mutate({
      ...ids,
      answer: prose,
      code: { language: "JS", source },
    });
    expect(provider.codeResults.slice(before)).toEqual([submitted.currentQuestion?.codeResult]);

    // The second question, answered with code in a language that is read: nothing runs.
    const next = evaluated.interview.currentQuestion;
    if (!next) throw new Error("no second question");
    const read = await candidate.client.interview.submitAnswer.mutate({
      interviewId: ids.interviewId,
      turnId: next.turnId,
      answer: "",
      code: { language: "Go", source: "func f(xs []int) int { return len(xs) }" },
    });
    expect(read.currentQuestion?.codeResult).toBeNull();
    expect(read.currentQuestion?.answer).toBe("```go\nfunc f(xs []int) int { return len(xs) }\n```");
  });

  it("a question graded by reading does not run (CODE_NOT_RUNNABLE)", async () => {
    const candidate = await createVerifiedAccount(ts);
    const view = await candidate.client.interview.create.mutate({ topics: ["databases"], questionsPerTopic: 1 });
    expect(view.currentQuestion?.runnable).toBeNull();
    const error = await errorOf(
      candidate.client.interview.runCode.mutate({
        interviewId: view.id,
        turnId: view.currentQuestion?.turnId ?? "",
        language: "javascript",
        code: "function f() { return 1; }",
      }),
    );
    expect(error.data?.reason).toBe("CODE_NOT_RUNNABLE");
    expect(error.data?.httpStatus).toBe(412);
  });
});
