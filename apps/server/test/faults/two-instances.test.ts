// Two server instances on one PostgreSQL database, as behind a load balancer: an instance that dies
// mid-evaluation is replaced by another on retry (one evaluation stored, one charge), and a client
// that reconnects to the other instance mid-stream follows the evaluation still running on the first.
import { schema } from "@interviewer/db";
import { createBuiltinInterviewerProvider, type InterviewerProvider } from "@interviewer/engine";
import { type FakeOpenAIServer, startFakeOpenAIServer } from "@interviewer/engine/testing";
import { createVerifiedAccount, streamingClient } from "@interviewer/testing/accounts";
import { createTestClock, MINUTE } from "@interviewer/testing/test-clock";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { errorOf } from "@interviewer/testing/trpc-errors";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const onPostgres = process.env.TEST_DB_ENGINE === "postgres";

/** The built-in interviewer whose evaluations never finish until `crash()`: an instance that hangs and dies. */
function hangingEvaluator() {
  const builtin = createBuiltinInterviewerProvider();
  let started!: () => void;
  const evaluationStarted = new Promise<void>((resolve) => {
    started = resolve;
  });
  let crash!: () => void;
  const crashed = new Promise<void>((resolve) => {
    crash = resolve;
  });
  const provider: InterviewerProvider = {
    ...builtin,
    kind: builtin.kind,
    // biome-ignore lint/correctness/useYield: it hangs, then dies, before producing anything
    streamEvaluation: async function* () {
      started();
      await crashed;
      throw new Error("instance died");
    } as InterviewerProvider["streamEvaluation"],
  };
  return { provider, evaluationStarted, crash };
}

describe.runIf(onPostgres)("two instances on one database (PostgreSQL)", () => {
  const clock = createTestClock();
  const dying = hangingEvaluator();
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    a = await startTestServer({ clock, interviewer: dying.provider, env: { FREE_CREDITS_ON_SIGNUP: "1" } });
    b = await startTestServer({ clock, sameDatabaseAs: a, env: { FREE_CREDITS_ON_SIGNUP: "1" } });
  });
  afterAll(async () => {
    dying.crash();
    await b.stop();
    await a.stop();
  });

  it("an instance that dies mid-evaluation is replaced on retry: one evaluation, one charge", async () => {
    const account = await createVerifiedAccount(a);
    const onA = account.client;
    const view = await onA.interview.create.mutate({ topics: ["coding"], questionsPerTopic: 2 });
    const input = {
      interviewId: view.id,
      turnId: view.currentQuestion?.turnId ?? "",
      answer: "Use a hash map for O(n) time; handle empty input.",
    };
    const stuck = onA.interview.answer.mutate(input).then(
      () => "finished",
      () => "failed",
    );
    await dying.evaluationStarted;

    // The same client, retrying against instance B (same token: the instances share AUTH_SECRET).
    const onB = streamingClient(b, account.accessToken);
    const busy = await errorOf(onB.interview.answer.mutate(input));
    expect(busy.data?.reason).toBe("EVALUATION_IN_PROGRESS");

    // Instance A is gone for good; once its lease on the turn runs out, B takes the evaluation over.
    clock.advance(2 * MINUTE + 1000);
    const replaced = await onB.interview.answer.mutate(input);
    expect(replaced.evaluation.score).toBeGreaterThanOrEqual(1);
    expect(replaced.interview.progress.answered).toBe(1);

    // The client still waiting on A is not left hanging: B's result reached A through NOTIFY.
    expect(await stuck).toBe("finished");
    dying.crash();

    const db = b.database.handle.db;
    const [turn] = await db.select().from(schema.interviewTurns).where(eq(schema.interviewTurns.id, input.turnId));
    expect(turn?.evaluationStatus).toBe("evaluated");
    expect(turn?.score).toBe(replaced.evaluation.score);
    const turns = await db.select().from(schema.interviewTurns).where(eq(schema.interviewTurns.interviewId, view.id));
    expect(turns).toHaveLength(2);
    const spends = await db
      .select()
      .from(schema.creditLedger)
      .where(and(eq(schema.creditLedger.referenceId, view.id), eq(schema.creditLedger.reason, "interview_spend")));
    expect(spends).toHaveLength(1);
  });
});

describe.runIf(onPostgres)("a stream continued on another instance (PostgreSQL LISTEN/NOTIFY)", () => {
  let fake: FakeOpenAIServer;
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    fake = await startFakeOpenAIServer();
    const env = {
      INTERVIEWER_PROVIDER: "openai",
      OPENAI_API_KEY: "k",
      OPENAI_BASE_URL: fake.baseURL,
      OPENAI_MAX_RETRIES: "0",
    };
    a = await startTestServer({ env });
    b = await startTestServer({ env, sameDatabaseAs: a });
  });
  afterAll(async () => {
    await b.stop();
    await a.stop();
    await fake.close();
  });

  it("a client that reconnects to instance B mid-evaluation gets the rest of A's stream, not a second evaluation", async () => {
    const account = await createVerifiedAccount(a);
    const onA = streamingClient(a, account.accessToken);
    const onB = streamingClient(b, account.accessToken);
    const view = await onA.interview.create.mutate({ topics: ["databases"], questionsPerTopic: 1 });
    const input = { interviewId: view.id, turnId: view.currentQuestion?.turnId ?? "" };
    await onA.interview.submitAnswer.mutate({ ...input, answer: "Add an index and check the plan." });

    const summary = "An index is the right start; verify it with EXPLAIN ANALYZE and watch the write cost it adds.";
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    fake.enqueue({
      kind: "completion",
      content: JSON.stringify({
        summary,
        score: 6,
        strengths: ["Index"],
        gaps: ["No verification"],
        improvement: "Use EXPLAIN ANALYZE before and after.",
        keyPointsCovered: [],
        keyPointsMissed: [],
        evidence: { covered: [], missed: [], wrongClaims: [] },
        modelAnswerOutline: ["Plan", "Index", "Verify"],
        followUp: { ask: false, question: null },
      }),
      chunkSize: 6,
      pauseAfterChunks: 10,
      gate,
    });
    const requestsBefore = fake.requests.length;

    // The client starts on A and sees the first piece; then its connection moves to B.
    await new Promise<void>((resolve, reject) => {
      const first = onA.interview.evaluation.subscribe(input, {
        onData: (event) => {
          if (event.type === "feedback") {
            first.unsubscribe();
            resolve();
          }
        },
        onError: reject,
      });
    });

    const collectOnB = () =>
      new Promise<{ type: string; text?: string; evaluation?: { score: number } }[]>((resolve, reject) => {
        const events: { type: string; text?: string; evaluation?: { score: number } }[] = [];
        const subscription = onB.interview.evaluation.subscribe(input, {
          onData: (event) => {
            events.push(event);
            if (events.length === 1) release();
            if (event.type === "result") {
              subscription.unsubscribe();
              resolve(events);
            }
          },
          onError: (error) => {
            subscription.unsubscribe();
            reject(error);
          },
        });
      });
    // B learns of A's evaluation through NOTIFY; until the first event reaches it, B says "in progress".
    let events: Awaited<ReturnType<typeof collectOnB>> | undefined;
    for (let attempt = 0; attempt < 50 && !events; attempt += 1) {
      events = await collectOnB().catch((error: { data?: { reason?: string } }) => {
        if (error.data?.reason !== "EVALUATION_IN_PROGRESS") throw error;
        return undefined;
      });
    }
    expect(events).toBeDefined();
    const text = (events ?? [])
      .filter((e) => e.type === "feedback")
      .map((e) => e.text)
      .join("");
    expect(text).toBe(summary);
    expect(events?.at(-1)?.evaluation?.score).toBe(6);
    // One evaluation: the model was asked once for this turn.
    expect(fake.requests.length - requestsBefore).toBe(1);
  });
});
