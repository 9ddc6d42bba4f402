// Coding questions written by an OpenAI-compatible model (the real `openai` SDK against a local fake
// of /v1/chat/completions) come with tests, and the server runs the model's own reference solutions
// against them in the real sandbox before the question is shown: a question that passes is asked and
// runs like a bank question; one whose tests fail its own solution is asked for once more, then
// replaced by a bank question. Its hidden tests and reference solutions never reach a client.
import { schema } from "@interviewer/db";
import { ZInterviewQuestionSchema } from "@interviewer/engine";
import { CANNED_CODING_QUESTION, type FakeOpenAIServer, startFakeOpenAIServer } from "@interviewer/engine/testing";
import { createVerifiedAccount } from "@interviewer/testing/accounts";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

type CodingReply = typeof CANNED_CODING_QUESTION;
type Spec = CodingReply["executable"];

/** The canned question with another text (so it is told apart) and its spec changed by `change`. */
function codingReply(text: string, change: (spec: Spec) => Spec = (spec) => spec): string {
  return JSON.stringify({ ...CANNED_CODING_QUESTION, text, executable: change(CANNED_CODING_QUESTION.executable) });
}

/** Tests that contradict every correct solution: one hidden test expects the wrong length. */
const wrongExpectedValue = (spec: Spec): Spec => ({
  ...spec,
  hiddenTests: spec.hiddenTests.map((test) => (test.name === "all equal" ? { ...test, expected: "5" } : test)),
});

/** A Python reference solution that breaks on the empty list (JavaScript and TypeScript pass). */
const pythonSolutionCrashes = (spec: Spec): Spec => ({
  ...spec,
  referenceSolutions: {
    ...spec.referenceSolutions,
    python: [
      "def longest_run(values):",
      "    best, current, last = 0, 0, values[0]",
      "    for value in values:",
      "        current = current + 1 if value == last else 1",
      "        last = value",
      "        best = max(best, current)",
      "    return best",
      "",
    ].join("\n"),
  },
});

/** A correct Python answer written unlike the reference, so the reference never appears in a transcript. */
const CANDIDATE_PYTHON = [
  "def longest_run(values):",
  "    longest, streak, previous = 0, 0, object()",
  "    for value in values:",
  "        streak = streak + 1 if value == previous else 1",
  "        previous = value",
  "        longest = max(longest, streak)",
  "    return longest",
  "",
  "# One pass, O(n) time and O(1) space; an empty list returns 0.",
].join("\n");

// Python's interpreter takes seconds to load in each worker, and every model-written question runs
// its reference solutions in all three languages before it is shown.
describe("coding questions written by the model", { timeout: 120_000 }, () => {
  let fake: FakeOpenAIServer;
  let ts: TestServer;
  const logLines: string[] = [];

  /** How many times the model has been asked for a coding question so far. */
  const codingAsks = () =>
    fake.requests.filter((request) => request.body.response_format?.json_schema?.name === "coding_interview_question")
      .length;

  async function storedQuestion(turnId: string) {
    const [turn] = await ts.database.handle.db
      .select({ question: schema.interviewTurns.question })
      .from(schema.interviewTurns)
      .where(eq(schema.interviewTurns.id, turnId));
    if (!turn) throw new Error(`no turn ${turnId}`);
    return ZInterviewQuestionSchema.parse(turn.question);
  }

  /** A new candidate's coding interview (one question, junior: every junior bank question runs). */
  async function startCodingInterview() {
    const candidate = await createVerifiedAccount(ts);
    const view = await candidate.client.interview.create.mutate({
      topics: ["coding"],
      questionsPerTopic: 1,
      difficulty: "junior",
    });
    const question = view.currentQuestion;
    if (!question) throw new Error("the interview has no first question");
    return { candidate, view, question, ids: { interviewId: view.id, turnId: question.turnId } };
  }

  beforeAll(async () => {
    fake = await startFakeOpenAIServer();
    ts = await startTestServer({
      logLines,
      env: {
        INTERVIEWER_PROVIDER: "openai",
        OPENAI_API_KEY: "test-key",
        OPENAI_BASE_URL: fake.baseURL,
        OPENAI_MODEL: "test-model",
        OPENAI_MAX_RETRIES: "0",
      },
    });
  });
  afterAll(async () => {
    await ts.stop();
    await fake.close();
  });

  it("a question whose reference solutions pass its tests is shown; Run runs its examples, submitting its hidden tests", async () => {
    const asksBefore = codingAsks();
    const { candidate, question, ids } = await startCodingInterview();
    expect(codingAsks() - asksBefore).toBe(1);
    expect(question.text).toBe(CANNED_CODING_QUESTION.text);
    expect(question.runnable).toEqual({
      languages: ["javascript", "typescript", "python"],
      starterCode: CANNED_CODING_QUESTION.executable.starterCode,
      examples: [{ name: "a run of three in the middle", args: [[1, 1, 2, 2, 2, 3]], expected: 3 }],
    });
    const stored = await storedQuestion(ids.turnId);
    expect(stored).toMatchObject({ source: "model", executable: { questionId: stored.id } });

    const run = await candidate.client.interview.runCode.mutate({
      ...ids,
      language: "typescript",
      code: CANNED_CODING_QUESTION.executable.referenceSolutions.typescript,
    });
    expect(run).toMatchObject({ language: "typescript", verdict: "passed", passed: 1, total: 1 });
    expect(run.tests.map((test) => [test.name, test.args, test.expected, test.actual])).toEqual([
      ["a run of three in the middle", [[1, 1, 2, 2, 2, 3]], 3, 3],
    ]);

    const answered = await candidate.client.interview.answer.mutate({
      ...ids,
      language: "python",
      answer: CANDIDATE_PYTHON,
    });
    expect(answered.interview.lastEvaluation?.codeResult).toMatchObject({
      language: "python",
      verdict: "passed",
      passed: 5,
      total: 5,
    });
    expect(answered.interview.lastEvaluation?.codeResult?.tests.map((test) => [test.name, test.args])).toEqual(
      CANNED_CODING_QUESTION.executable.hiddenTests.map((test) => [test.name, null]),
    );
    // The model was asked once for this question: its check passed, so nothing was asked again.
    expect(codingAsks() - asksBefore).toBe(1);
  });

  it("a question whose tests fail its own solution is asked for once more, and the second is shown", async () => {
    const second = "Return the length of the longest stretch of equal neighbouring integers in a list.";
    fake.enqueue(
      { kind: "completion", content: codingReply("Longest run, with a wrong expected value.", wrongExpectedValue) },
      { kind: "completion", content: codingReply(second) },
    );
    const asksBefore = codingAsks();
    const { question, ids } = await startCodingInterview();
    expect(codingAsks() - asksBefore).toBe(2);
    expect(question.text).toBe(second);
    expect(question.runnable?.languages).toEqual(["javascript", "typescript", "python"]);
    expect(await storedQuestion(ids.turnId)).toMatchObject({ source: "model", text: second });
    expect(checkLog("asked-again")).toMatchObject({
      failures: [expect.stringMatching(/^javascript: failed on "all equal"/)],
    });
  });

  it("when both questions fail their own tests, a bank coding question is shown instead", async () => {
    fake.enqueue(
      { kind: "completion", content: codingReply("Longest run, first broken attempt.", wrongExpectedValue) },
      { kind: "completion", content: codingReply("Longest run, second broken attempt.", pythonSolutionCrashes) },
    );
    const asksBefore = codingAsks();
    const { question, ids } = await startCodingInterview();
    expect(codingAsks() - asksBefore).toBe(2);
    const stored = await storedQuestion(ids.turnId);
    expect(stored).toMatchObject({ source: "bank", topic: "coding", difficulty: "junior" });
    expect(stored.executable ?? null).toBeNull();
    expect(question.text).toBe(stored.text);
    // A bank coding question runs from the bank's own spec.
    expect(question.runnable?.languages).toEqual(["javascript", "typescript", "python"]);
    expect(checkLog("replaced-by-bank-question")).toMatchObject({
      replacementId: stored.id,
      failures: [
        expect.stringMatching(/^javascript: failed on "all equal"/),
        expect.stringMatching(/^python: runtime-error on "empty list"/),
      ],
    });
  });

  it("hidden tests and reference solutions reach no client: not the room, the transcript, the report nor the export", async () => {
    const { candidate, view, ids } = await startCodingInterview();
    const { hiddenTests, referenceSolutions } = CANNED_CODING_QUESTION.executable;
    // Stored with the turn (the server needs them) ...
    expect((await storedQuestion(ids.turnId)).executable?.hiddenTests).toHaveLength(hiddenTests.length);

    const responses: unknown[] = [view];
    responses.push(
      await candidate.client.interview.answer.mutate({ ...ids, language: "python", answer: CANDIDATE_PYTHON }),
    );
    // The canned evaluation asks a follow-up; answering it ends the one-question interview.
    const followUp = await candidate.client.interview.get.query({ interviewId: ids.interviewId });
    responses.push(followUp);
    const followUpTurn = followUp.currentQuestion?.turnId;
    if (!followUpTurn) throw new Error("no follow-up question");
    responses.push(
      await candidate.client.interview.answer.mutate({
        interviewId: ids.interviewId,
        turnId: followUpTurn,
        answer: "An empty list has no run, so it returns zero; one element is a run of one.",
      }),
    );
    const ended = await candidate.client.interview.get.query({ interviewId: ids.interviewId });
    expect(ended.status).toBe("completed");
    responses.push(
      ended,
      await candidate.client.interview.transcript.query({ interviewId: ids.interviewId }),
      await candidate.client.interview.report.query({ interviewId: ids.interviewId }),
      await candidate.client.interview.exportMarkdown.query({ interviewId: ids.interviewId }),
      await candidate.client.interview.list.query({}),
    );

    // ... and in none of what the candidate can read, nor in the stored report.
    const [row] = await ts.database.handle.db
      .select({ report: schema.interviews.report })
      .from(schema.interviews)
      .where(eq(schema.interviews.id, ids.interviewId));
    expect(row?.report).not.toBeNull();
    const seen = JSON.stringify([...responses, row?.report]);
    expect(seen).toContain(CANNED_CODING_QUESTION.text);
    expect(seen).not.toContain("hiddenTests");
    expect(seen).not.toContain("referenceSolutions");
    // Hidden inputs distinctive enough not to turn up by chance ("[[]]" or "[[7]]" could).
    const hiddenInputs = hiddenTests.map((test) => JSON.stringify(JSON.parse(test.args)));
    expect(hiddenInputs).toEqual(expect.arrayContaining(["[[4,4,4,4]]", "[[-1,-1,0]]"]));
    for (const input of hiddenInputs.filter((text) => text.length > 6)) expect(seen).not.toContain(input);
    for (const solution of Object.values(referenceSolutions)) {
      const body = solution
        .split("\n")
        .find((line) => line.includes("current = "))
        ?.trim();
      expect(body).toBeTruthy();
      expect(seen).not.toContain(body);
    }
  });

  /** The latest log line of a question check with this outcome, parsed. */
  function checkLog(outcome: string): unknown {
    const line = logLines.findLast((entry) => entry.includes(`"outcome":"${outcome}"`));
    if (!line) throw new Error(`no question check logged with outcome ${outcome}`);
    return JSON.parse(line);
  }
});
