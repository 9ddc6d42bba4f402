// interview.ask through the typed client: a clarifying question and the graded hints of an open
// question, with the cap reaching an app as a typed reason it can switch on.
import { createVerifiedAccount } from "@interviewer/testing/accounts";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInterviewerClient, type InterviewerClient, toInterviewerError } from "../src/index.ts";

describe("asking the interviewer through the client", () => {
  let ts: TestServer;
  let client: InterviewerClient;
  beforeAll(async () => {
    ts = await startTestServer({ env: { FREE_CREDITS_ON_SIGNUP: "1" } });
    const account = await createVerifiedAccount(ts);
    client = createInterviewerClient({
      url: ts.url,
      credentials: { email: account.email, password: account.password },
    });
  });
  afterAll(async () => {
    await ts.stop();
  });

  it("asks a clarifying question, takes the three hints, and gets HINT_LIMIT after them", async () => {
    const interview = await client.interview.create.mutate({ topics: ["coding"], questionsPerTopic: 1 });
    const ids = { interviewId: interview.id, turnId: interview.currentQuestion?.turnId ?? "" };
    const asked = await client.interview.ask.mutate({
      ...ids,
      kind: "clarification",
      question: "Can the input be empty?",
    });
    expect(asked.assist.kind).toBe("clarification");
    expect(asked.counts.clarificationsLeft).toBe(4);
    const levels: number[] = [];
    for (let index = 0; index < 3; index += 1) {
      const hint = await client.interview.ask.mutate({ ...ids, kind: "hint" });
      if (hint.assist.kind === "hint") levels.push(hint.assist.level);
    }
    expect(levels).toEqual([1, 2, 3]);
    const error = toInterviewerError(
      await client.interview.ask.mutate({ ...ids, kind: "hint" }).catch((e: unknown) => e),
    );
    expect(error.reason).toBe("HINT_LIMIT");
    expect(error.httpStatus).toBe(409);
    const view = await client.interview.get.query({ interviewId: interview.id });
    expect(view.currentQuestion?.assistCounts).toMatchObject({ hintsUsed: 3, hintsLeft: 0 });
  });
});
