// Streaming, crash safety, concurrency and authorization of interviews, through the real server.

import type { AppRouter } from "@interviewer/api";
import { schema } from "@interviewer/db";
import { createBuiltinInterviewerProvider, type InterviewerProvider, QUESTION_BANK } from "@interviewer/engine";
import { createVerifiedAccount, streamingClient } from "@interviewer/testing/accounts";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { errorOf } from "@interviewer/testing/trpc-errors";
import type { TRPCClientError } from "@trpc/client";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

type StreamEvent = { type: string; text?: string; evaluation?: { score: number } };

/** Subscribes to interview.evaluation and collects every event until the stream completes. */
function collectEvaluation(client: ReturnType<typeof streamingClient>, input: { interviewId: string; turnId: string }) {
  return new Promise<StreamEvent[]>((resolve, reject) => {
    const events: StreamEvent[] = [];
    const subscription = client.interview.evaluation.subscribe(input, {
      onData: (event) => {
        events.push(event as StreamEvent);
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
}

/** The built-in interviewer, except that its evaluator fails the first `failures` times (a crash mid-turn). */
function flakyEvaluator(failures: number): InterviewerProvider & { evaluationsStarted: number } {
  const builtin = createBuiltinInterviewerProvider();
  let remaining = failures;
  const provider = {
    ...builtin,
    kind: builtin.kind,
    evaluationsStarted: 0,
    streamEvaluation(request: Parameters<InterviewerProvider["streamEvaluation"]>[0]) {
      provider.evaluationsStarted += 1;
      if (remaining > 0) {
        remaining -= 1;
        // biome-ignore lint/correctness/useYield: a generator that fails before producing anything
        return (async function* () {
          throw new Error("evaluator crashed");
        })() as ReturnType<InterviewerProvider["streamEvaluation"]>;
      }
      return builtin.streamEvaluation(request);
    },
  };
  return provider;
}

describe("interview streaming, crash safety and authorization", () => {
  const provider = flakyEvaluator(0);
  let ts: TestServer;
  beforeAll(async () => {
    ts = await startTestServer({ interviewer: provider, env: { FREE_CREDITS_ON_SIGNUP: "3" } });
  });
  afterAll(async () => {
    await ts.stop();
  });

  it("streams feedback pieces over SSE, then the result; reconnecting later does not evaluate again", async () => {
    const account = await createVerifiedAccount(ts);
    const client = streamingClient(ts, account.accessToken);
    const view = await client.interview.create.mutate({ topics: ["databases"], questionsPerTopic: 1 });
    const input = { interviewId: view.id, turnId: view.currentQuestion?.turnId ?? "" };
    await client.interview.submitAnswer.mutate({
      ...input,
      answer:
        "Use an index on the filtered columns, check the query plan with EXPLAIN, avoid N+1 queries, and consider replication.",
    });

    const before = provider.evaluationsStarted;
    const events = await collectEvaluation(client, input);
    const feedback = events.filter((event) => event.type === "feedback");
    expect(feedback.length).toBeGreaterThan(1);
    expect(events.at(-1)?.type).toBe("result");
    expect(events.findIndex((event) => event.type === "result")).toBe(events.length - 1);
    expect(provider.evaluationsStarted).toBe(before + 1);

    const again = await collectEvaluation(client, input);
    expect(again).toEqual([events.at(-1)]);
    expect(provider.evaluationsStarted).toBe(before + 1);

    const transcript = await client.interview.transcript.query({ interviewId: view.id });
    expect(transcript.turns[0]?.evaluation?.score).toBe(events.at(-1)?.evaluation?.score);
  });

  it("an answer whose evaluation crashed is kept and evaluated on retry, once", async () => {
    const crashing = flakyEvaluator(1);
    const local = await startTestServer({ interviewer: crashing });
    try {
      const account = await createVerifiedAccount(local);
      const view = await account.client.interview.create.mutate({ topics: ["coding"], questionsPerTopic: 1 });
      const input = {
        interviewId: view.id,
        turnId: view.currentQuestion?.turnId ?? "",
        answer: "Use a hash map for O(n) time and O(n) space; handle empty input and duplicates.",
      };
      const crashed = await errorOf(account.client.interview.answer.mutate(input));
      expect(crashed.data?.code).toBe("SERVICE_UNAVAILABLE");
      expect(crashed.data?.reason).toBe("EVALUATION_FAILED");
      const [kept] = await local.database.handle.db
        .select()
        .from(schema.interviewTurns)
        .where(eq(schema.interviewTurns.id, input.turnId));
      expect(kept?.answer).toBe(input.answer);
      expect(kept?.evaluationStatus).toBe("pending");

      const retried = await account.client.interview.answer.mutate(input);
      expect(retried.evaluation.score).toBeGreaterThanOrEqual(1);
      const again = await account.client.interview.answer.mutate(input);
      expect(again.evaluation).toEqual(retried.evaluation);
      expect(crashing.evaluationsStarted).toBe(2);
      const spends = await local.database.handle.db
        .select()
        .from(schema.creditLedger)
        .where(and(eq(schema.creditLedger.referenceId, view.id), eq(schema.creditLedger.reason, "interview_spend")));
      expect(spends).toHaveLength(1);
    } finally {
      await local.stop();
    }
  });

  it("if the first question cannot be written, the interview fails and the credit comes back", async () => {
    const builtin = createBuiltinInterviewerProvider();
    const broken: InterviewerProvider = {
      ...builtin,
      kind: builtin.kind,
      askQuestion: async () => {
        throw new Error("model unavailable");
      },
    };
    const local = await startTestServer({ interviewer: broken });
    try {
      const account = await createVerifiedAccount(local);
      const before = await account.client.billing.status.query();
      const error = await errorOf(account.client.interview.create.mutate({ topics: ["coding"], questionsPerTopic: 1 }));
      expect(error.data?.code).toBe("SERVICE_UNAVAILABLE");
      expect(error.data?.reason).toBe("INTERVIEW_START_FAILED");
      expect((await account.client.billing.status.query()).usableCredits).toBe(before.usableCredits);
      const [failed] = await local.database.handle.db
        .select()
        .from(schema.interviews)
        .where(eq(schema.interviews.userId, account.userId));
      expect(failed?.status).toBe("failed");
      const refunds = await local.database.handle.db
        .select()
        .from(schema.creditLedger)
        .where(
          and(
            eq(schema.creditLedger.referenceId, failed?.id ?? ""),
            eq(schema.creditLedger.reason, "interview_refund"),
          ),
        );
      expect(refunds).toHaveLength(1);
    } finally {
      await local.stop();
    }
  });

  it("concurrent starts never spend more credits than there are", async () => {
    const account = await createVerifiedAccount(ts);
    const status = await account.client.billing.status.query();
    const attempts = status.usableCredits + 4;
    const results = await Promise.allSettled(
      Array.from({ length: attempts }, () =>
        account.client.interview.create.mutate({ topics: ["behavioral"], questionsPerTopic: 1 }),
      ),
    );
    const succeeded = results.filter((result) => result.status === "fulfilled");
    expect(succeeded).toHaveLength(status.usableCredits);
    for (const result of results) {
      if (result.status === "rejected") {
        expect((result.reason as TRPCClientError<AppRouter>).data?.reason).toBe("NO_CREDITS");
      }
    }
    expect((await account.client.billing.status.query()).usableCredits).toBe(0);
  });

  it("a question can be retried once; both attempts are kept and the report uses the latest", async () => {
    const account = await createVerifiedAccount(ts);
    const view = await account.client.interview.create.mutate({ topics: ["system-design"], questionsPerTopic: 1 });
    const turnId = view.currentQuestion?.turnId ?? "";
    const first = await account.client.interview.answer.mutate({
      interviewId: view.id,
      turnId,
      answer: "I am not sure.",
    });
    // A one-question interview ends after its answer; retrying needs a running interview.
    expect(first.interview.status).toBe("completed");
    expect((await errorOf(account.client.interview.retryQuestion.mutate({ interviewId: view.id }))).data?.reason).toBe(
      "INTERVIEW_NOT_ACTIVE",
    );

    const longer = await account.client.interview.create.mutate({ topics: ["system-design"], questionsPerTopic: 2 });
    const q1 = longer.currentQuestion?.turnId ?? "";
    const weak = await account.client.interview.answer.mutate({
      interviewId: longer.id,
      turnId: q1,
      answer: "I am not sure.",
    });
    expect(weak.interview.lastEvaluation?.canRetry).toBe(true);
    const retry = await account.client.interview.retryQuestion.mutate({ interviewId: longer.id });
    expect(retry.currentQuestion?.attempt).toBe(2);
    expect(retry.currentQuestion?.text).toBe(weak.interview.lastEvaluation?.questionText);
    const strong = await account.client.interview.answer.mutate({
      interviewId: longer.id,
      turnId: retry.currentQuestion?.turnId ?? "",
      // The question is drawn at random: its own model answer is a strong answer whichever it is.
      answer: QUESTION_BANK.find((question) => question.text === retry.currentQuestion?.text)?.modelAnswer ?? "",
    });
    expect(strong.evaluation.score).toBeGreaterThan(weak.evaluation.score);
    expect(strong.interview.lastEvaluation?.canRetry).toBe(false);
    expect(
      (await errorOf(account.client.interview.retryQuestion.mutate({ interviewId: longer.id }))).data?.reason,
    ).toBe("RETRY_NOT_AVAILABLE");
    const transcript = await account.client.interview.transcript.query({ interviewId: longer.id });
    expect(transcript.turns.filter((turn) => turn.question === retry.currentQuestion?.text)).toHaveLength(2);
    await account.client.interview.abandon.mutate({ interviewId: longer.id });
    const { report } = await account.client.interview.report.query({ interviewId: longer.id });
    expect(report.topics[0]?.questions[0]?.evaluation.score).toBe(strong.evaluation.score);
    expect(report.topics[0]?.questions[0]?.attempts).toBe(2);
  });

  it("another user's interview is NOT_FOUND on every procedure", async () => {
    const owner = await createVerifiedAccount(ts);
    const intruder = await createVerifiedAccount(ts);
    const view = await owner.client.interview.create.mutate({ topics: ["coding"], questionsPerTopic: 2 });
    const ids = { interviewId: view.id };
    const turn = { ...ids, turnId: view.currentQuestion?.turnId ?? "" };
    const c = intruder.client.interview;
    // Thunks, called one at a time: a rejected promise must not sit unawaited while another runs.
    const attempts: [string, () => Promise<unknown>][] = [
      ["get", () => c.get.query(ids)],
      ["answer", () => c.answer.mutate({ ...turn, answer: "x" })],
      ["submitAnswer", () => c.submitAnswer.mutate({ ...turn, answer: "x" })],
      ["retryQuestion", () => c.retryQuestion.mutate(ids)],
      ["pause", () => c.pause.mutate(ids)],
      ["resume", () => c.resume.mutate(ids)],
      ["abandon", () => c.abandon.mutate(ids)],
      ["transcript", () => c.transcript.query(ids)],
      ["report", () => c.report.query(ids)],
      ["exportMarkdown", () => c.exportMarkdown.query(ids)],
      ["evaluation", () => collectEvaluation(streamingClient(ts, intruder.accessToken), turn)],
    ];
    for (const [name, attempt] of attempts) {
      const error = await errorOf(attempt());
      expect(error.data?.code, name).toBe("NOT_FOUND");
    }
    const untouched = await owner.client.interview.get.query(ids);
    expect(untouched.status).toBe("active");
    expect(untouched.currentQuestion?.answer).toBeNull();
  });
});
