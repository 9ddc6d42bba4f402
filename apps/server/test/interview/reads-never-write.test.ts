// Reads only read: an interview whose time ran out is shown as ended by get, transcript and report
// before the sweeper has written that down, and nothing is written until the sweeper or the next
// mutation does. An interview owed its next question (the model failed right after an evaluation)
// gets it when the candidate resumes, not as a side effect of a read.

import { schema } from "@interviewer/db";
import { createBuiltinInterviewerProvider, type InterviewerProvider } from "@interviewer/engine";
import { createVerifiedAccount } from "@interviewer/testing/accounts";
import { createTestClock, MINUTE } from "@interviewer/testing/test-clock";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ANSWER = "Index the filtered columns, check the plan with EXPLAIN, cache hot reads and replicate.";

/** The built-in interviewer, except that writing a question fails while `down` is set. */
function flakyQuestionWriter(): InterviewerProvider & { down: boolean } {
  const builtin = createBuiltinInterviewerProvider();
  const provider = {
    ...builtin,
    kind: builtin.kind,
    down: false,
    askQuestion(request: Parameters<InterviewerProvider["askQuestion"]>[0]) {
      if (provider.down) return Promise.reject(new Error("model unavailable"));
      return builtin.askQuestion(request);
    },
  };
  return provider;
}

describe("interview reads never write", () => {
  const clock = createTestClock();
  const provider = flakyQuestionWriter();
  let ts: TestServer;
  beforeAll(async () => {
    // No background mail worker: its outbox updates would land among the statements these reads send.
    ts = await startTestServer({
      clock,
      interviewer: provider,
      mailWorker: false,
      env: { FREE_CREDITS_ON_SIGNUP: "2" },
    });
  });
  afterAll(async () => {
    await ts.stop();
  });

  it("an interview past its deadline reads as ended, with its report, while the row is untouched", async () => {
    const account = await createVerifiedAccount(ts);
    const view = await account.client.interview.create.mutate({
      topics: ["databases"],
      questionsPerTopic: 2,
      timeLimitMinutes: 5,
    });
    await account.client.interview.answer.mutate({
      interviewId: view.id,
      turnId: view.currentQuestion?.turnId ?? "",
      answer: ANSWER,
    });
    clock.advance(5 * MINUTE + 1);
    ts.database.statements.reset();
    const ids = { interviewId: view.id };
    const read = await account.client.interview.get.query(ids);
    const transcript = await account.client.interview.transcript.query(ids);
    const { report } = await account.client.interview.report.query(ids);
    const sent = ts.database.statements.list();
    expect(
      sent.filter((statement) => !/^\s*select/i.test(statement)),
      sent.join("\n"),
    ).toEqual([]);

    expect(read).toMatchObject({ status: "completed", endReason: "time_limit", currentQuestion: null });
    expect(read.report?.answeredQuestions).toBe(1);
    expect(transcript.status).toBe("completed");
    expect(report.answeredQuestions).toBe(1);
    const [row] = await ts.database.handle.db.select().from(schema.interviews).where(eq(schema.interviews.id, view.id));
    expect(row).toMatchObject({ status: "active", report: null });
  });

  it("a next question that could not be written is written on resume, not on get", async () => {
    const account = await createVerifiedAccount(ts);
    // One question per topic: the question after the first answer is the next topic's, a model call.
    const view = await account.client.interview.create.mutate({
      topics: ["coding", "databases"],
      questionsPerTopic: 1,
    });
    provider.down = true;
    const answered = await account.client.interview.answer.mutate({
      interviewId: view.id,
      turnId: view.currentQuestion?.turnId ?? "",
      answer: ANSWER,
    });
    provider.down = false;
    // The evaluation is stored; the question after it is owed.
    expect(answered.interview).toMatchObject({ status: "active", currentQuestion: null });
    const read = await account.client.interview.get.query({ interviewId: view.id });
    expect(read.currentQuestion).toBeNull();
    const resumed = await account.client.interview.resume.mutate({ interviewId: view.id });
    expect(resumed.currentQuestion?.evaluationStatus).toBe("awaiting_answer");
  });
});
