// Calls through the client against the real server: typed errors an app can switch on, the streamed
// evaluation over SSE (Node 20, with the `eventsource` package passed in), timeouts and cancellation.
import { randomUUID } from "node:crypto";
import { createVerifiedAccount, type TestAccount } from "@interviewer/testing/accounts";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { EventSource } from "eventsource";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createInterviewerClient,
  type EvaluationEvent,
  followEvaluation,
  type InterviewerClient,
  toInterviewerError,
} from "../src/index.ts";

describe("calls through the client", () => {
  let ts: TestServer;
  let account: TestAccount;
  let client: InterviewerClient;
  beforeAll(async () => {
    ts = await startTestServer({ env: { FREE_CREDITS_ON_SIGNUP: "1" } });
    account = await createVerifiedAccount(ts);
    client = createInterviewerClient({
      url: ts.url,
      EventSource,
      credentials: { email: account.email, password: account.password },
    });
  });
  afterAll(async () => {
    await ts.stop();
  });

  it("streams an answer's feedback as it is written, then the result", async () => {
    const interview = await client.interview.create.mutate({ topics: ["databases"], questionsPerTopic: 1 });
    const turnId = interview.currentQuestion?.turnId ?? "";
    await client.interview.submitAnswer.mutate({
      interviewId: interview.id,
      turnId,
      answer: "I would add an index on the filtered columns, check the plan with EXPLAIN, and consider replication.",
    });
    const events: EvaluationEvent[] = [];
    const evaluation = await followEvaluation(
      client,
      { interviewId: interview.id, turnId },
      { onEvent: (event) => events.push(event) },
    );
    expect(evaluation.score).toBeGreaterThanOrEqual(1);
    expect(events.filter((event) => event.type === "feedback").length).toBeGreaterThan(0);
    expect(events.at(-1)).toMatchObject({ type: "result" });
    const after = await client.interview.get.query({ interviewId: interview.id });
    expect(after.status).toBe("completed");
  });

  it("no credits left: kind no_credits", async () => {
    const error = toInterviewerError(
      await client.interview.create.mutate({ topics: ["coding"], questionsPerTopic: 1 }).catch((e: unknown) => e),
    );
    expect(error.kind).toBe("no_credits");
    expect(error.reason).toBe("NO_CREDITS");
    expect(error.httpStatus).toBe(402);
  });

  it("someone else's or a missing interview: kind not_found", async () => {
    const error = toInterviewerError(await client.interview.get.query({ interviewId: randomUUID() }).catch((e) => e));
    expect(error.kind).toBe("not_found");
  });

  it("invalid input: kind validation with the field's message", async () => {
    const error = toInterviewerError(
      await client.interview.create.mutate({ topics: ["coding"], questionsPerTopic: 9 }).catch((e) => e),
    );
    expect(error.kind).toBe("validation");
    expect(error.fieldErrors.questionsPerTopic).toEqual(["Ask at most 4 questions per topic."]);
  });

  it("too many attempts: kind rate_limited with how long to wait", async () => {
    const email = `limited-${randomUUID()}@example.com`;
    const attempts = [];
    for (let i = 0; i < 4; i += 1) {
      attempts.push(await client.auth.resendVerification.mutate({ email }).catch(toInterviewerError));
    }
    const limited = attempts.at(-1);
    expect(limited).toMatchObject({ kind: "rate_limited", reason: "RATE_LIMITED" });
    expect(limited && "retryAfterSeconds" in limited ? limited.retryAfterSeconds : 0).toBeGreaterThan(0);
  });

  it("a request the server does not answer in time fails with kind timeout", async () => {
    // A fetch that never answers: only the client's timeout can end the call.
    const hanging: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)));
    const slow = createInterviewerClient({ url: ts.url, fetch: hanging, timeoutMs: 20 });
    const error = toInterviewerError(await slow.auth.methods.query().catch((e) => e));
    expect(error.kind).toBe("timeout");
  });

  it("a request cancelled with an AbortSignal fails with kind aborted", async () => {
    const controller = new AbortController();
    const call = client.account.me.query(undefined, { signal: controller.signal });
    controller.abort();
    const error = toInterviewerError(await call.catch((e) => e));
    expect(error.kind).toBe("aborted");
  });
});
