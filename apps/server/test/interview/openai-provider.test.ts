// The server configured for an OpenAI-compatible model (INTERVIEWER_PROVIDER=openai), talking through
// the real `openai` SDK to a local fake of /v1/chat/completions: feedback streams to the browser while
// the model is still writing, token usage is stored per turn, and a model that hangs falls back to the
// built-in evaluator without losing the answer.
import { schema } from "@interviewer/db";
import { type FakeOpenAIServer, startFakeOpenAIServer } from "@interviewer/engine/testing";
import { createVerifiedAccount, streamingClient } from "@interviewer/testing/accounts";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

describe("interviews on an OpenAI-compatible model", () => {
  let fake: FakeOpenAIServer;
  let ts: TestServer;
  beforeAll(async () => {
    fake = await startFakeOpenAIServer();
    ts = await startTestServer({
      env: {
        INTERVIEWER_PROVIDER: "openai",
        OPENAI_API_KEY: "test-key",
        OPENAI_BASE_URL: fake.baseURL,
        OPENAI_MODEL: "test-model",
        OPENAI_TIMEOUT_MS: "1500",
        OPENAI_MAX_RETRIES: "0",
      },
    });
  });
  afterAll(async () => {
    await ts.stop();
    await fake.close();
  });

  it("streams the model's feedback before the model has finished, and stores usage with the turn", async () => {
    const account = await createVerifiedAccount(ts);
    const client = streamingClient(ts, account.accessToken);
    const view = await client.interview.create.mutate({ topics: ["databases"], questionsPerTopic: 1 });
    expect(view.provider).toBe("openai");
    expect(fake.requests.at(-1)?.headers.authorization).toBe("Bearer test-key");
    const input = { interviewId: view.id, turnId: view.currentQuestion?.turnId ?? "" };
    await client.interview.submitAnswer.mutate({
      ...input,
      answer: "Add a composite index and read the EXPLAIN plan.",
    });

    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const evaluation = {
      summary: "You named the index but not how to verify it helps; show the plan before and after.",
      score: 6,
      strengths: ["Named a composite index."],
      gaps: ["No verification of the plan."],
      improvement: "Compare EXPLAIN ANALYZE output before and after adding the index.",
      keyPointsCovered: [],
      keyPointsMissed: [],
      evidence: { covered: [], missed: [], wrongClaims: [] },
      modelAnswerOutline: ["Find the slow query", "Read the plan", "Add the index", "Verify"],
      followUp: { ask: false, question: null },
    };
    fake.enqueue({
      kind: "completion",
      content: JSON.stringify(evaluation),
      chunkSize: 8,
      pauseAfterChunks: 12,
      gate,
      usage: { promptTokens: 321, completionTokens: 123 },
    });

    const seen: { type: string; text?: string }[] = [];
    const done = new Promise<void>((resolve, reject) => {
      const subscription = client.interview.evaluation.subscribe(input, {
        onData: (event) => {
          seen.push(event);
          if (event.type === "feedback" && seen.filter((e) => e.type === "feedback").length === 1) {
            // The first piece arrived while the model is held mid-answer: only now let it finish.
            expect(seen.some((e) => e.type === "result")).toBe(false);
            release();
          }
          if (event.type === "result") {
            subscription.unsubscribe();
            resolve();
          }
        },
        onError: reject,
      });
    });
    await done;
    const feedbackText = seen
      .filter((e) => e.type === "feedback")
      .map((e) => e.text)
      .join("");
    expect(feedbackText).toBe(evaluation.summary);

    const [turn] = await ts.database.handle.db
      .select()
      .from(schema.interviewTurns)
      .where(eq(schema.interviewTurns.id, input.turnId));
    expect(turn?.score).toBe(6);
    expect(turn?.fallback).toBe(false);
    expect(turn?.usage).toMatchObject({ promptTokens: 321, completionTokens: 123 });
  });

  // The coding question is model-written: its reference solutions run in every language (Python's
  // interpreter loads first, which takes seconds) before it is shown.
  it("a model that hangs past the timeout falls back to the built-in evaluator; the answer is kept", {
    timeout: 120_000,
  }, async () => {
    const account = await createVerifiedAccount(ts);
    const view = await account.client.interview.create.mutate({ topics: ["coding"], questionsPerTopic: 1 });
    fake.enqueue({ kind: "hang" });
    const answer = "Sort then two pointers: O(n log n) time, O(1) extra space; check empty input.";
    const result = await account.client.interview.answer.mutate({
      interviewId: view.id,
      turnId: view.currentQuestion?.turnId ?? "",
      answer,
    });
    expect(result.evaluation.fallback).toBe(true);
    expect(result.evaluation.provider).toBe("builtin");
    expect(result.evaluation.fallbackReason).toMatch(/^timeout/);
    const transcript = await account.client.interview.transcript.query({ interviewId: view.id });
    expect(transcript.turns[0]?.answer).toBe(answer);
  });

  it("a model that returns garbage twice falls back to the built-in evaluator; the answer is kept", async () => {
    const account = await createVerifiedAccount(ts);
    const view = await account.client.interview.create.mutate({ topics: ["databases"], questionsPerTopic: 1 });
    const garbage = { kind: "completion" as const, content: "<html>502 Bad Gateway</html> not json at all" };
    fake.enqueue(garbage, garbage);
    const answer = "Add a composite index on the filtered columns and confirm it with EXPLAIN ANALYZE.";
    const result = await account.client.interview.answer.mutate({
      interviewId: view.id,
      turnId: view.currentQuestion?.turnId ?? "",
      answer,
    });
    expect(result.evaluation.fallback).toBe(true);
    expect(result.evaluation.fallbackReason).toMatch(/^invalid-output/);
    expect(result.evaluation.score).toBeGreaterThanOrEqual(1);
    const transcript = await account.client.interview.transcript.query({ interviewId: view.id });
    expect(transcript.turns[0]?.answer).toBe(answer);
  });
});
