// Statement budgets of the interview's hot paths, counted at the driver (every statement Drizzle sends,
// including the session check protectedProcedure makes): reading an interview is one statement for the
// viewer and one for the interview with its turns (the conversation thread is built from those turns);
// answering a question stays within nine in two transactions (the answer with its evaluation lease;
// the result with its drill cards and the next question), and skipping one costs what storing an answer does. A change
// that adds a read to these paths fails here, on both engines, instead of in production latency.

import { schema } from "@interviewer/db";
import { createVerifiedAccount, type TestAccount } from "@interviewer/testing/accounts";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ANSWER =
  "Use an index on the filtered columns, check the plan with EXPLAIN, avoid N+1 queries, cache hot reads, and replicate.";

describe("statement budgets of the interview procedures", () => {
  let ts: TestServer;
  let candidate: TestAccount;
  beforeAll(async () => {
    ts = await startTestServer({ mailWorker: false, env: { FREE_CREDITS_ON_SIGNUP: "7" } });
    candidate = await createVerifiedAccount(ts);
  });
  afterAll(async () => {
    await ts.stop();
  });

  it("get and transcript read the viewer and the interview with its turns: two statements each", async () => {
    const view = await candidate.client.interview.create.mutate({ topics: ["databases"], questionsPerTopic: 2 });
    await candidate.client.interview.answer.mutate({
      interviewId: view.id,
      turnId: view.currentQuestion?.turnId ?? "",
      answer: ANSWER,
    });
    const ids = { interviewId: view.id };
    const get = await ts.database.statements.during(() => candidate.client.interview.get.query(ids));
    expect(get.length, get.join("\n")).toBeLessThanOrEqual(2);
    const transcript = await ts.database.statements.during(() => candidate.client.interview.transcript.query(ids));
    expect(transcript.length, transcript.join("\n")).toBeLessThanOrEqual(2);
  });

  // Nine since drills (issue 16): the result's transaction also upserts the answer's drill cards (its missed
  // points) in one statement.
  it("answering a question (store, evaluate, drill cards, next question, view) takes at most nine statements", async () => {
    const view = await candidate.client.interview.create.mutate({ topics: ["coding"], questionsPerTopic: 3 });
    const answer = await ts.database.statements.during(() =>
      candidate.client.interview.answer.mutate({
        interviewId: view.id,
        turnId: view.currentQuestion?.turnId ?? "",
        answer: ANSWER,
      }),
    );
    expect(answer.length, answer.join("\n")).toBeLessThanOrEqual(9);
  });

  it("answering writes twice, each under the interview's lock: the answer with its evaluation lease, then the result with the next question", async () => {
    const view = await candidate.client.interview.create.mutate({ topics: ["databases"], questionsPerTopic: 3 });
    const answer = await ts.database.statements.during(() =>
      candidate.client.interview.answer.mutate({
        interviewId: view.id,
        turnId: view.currentQuestion?.turnId ?? "",
        answer: ANSWER,
      }),
    );
    // Reads outside a transaction are left out: what remains is where the commits are. A separate
    // claim of the lease, or a result stored apart from the next question, would add a write with no
    // lock before it.
    const shape = answer
      .map((sql) => (/ for update/i.test(sql) ? "lock" : /^(update|insert|delete)\b/i.test(sql) ? "write" : "read"))
      .filter((kind) => kind !== "read");
    // The second transaction writes the result, the answer's drill cards (one upsert: this answer misses
    // points), and the next question.
    expect(shape, answer.join("\n")).toEqual(["lock", "write", "lock", "write", "write", "write"]);
    expect(answer.filter((sql) => /^insert into "drill_cards"/i.test(sql))).toHaveLength(1);
    expect(answer.find((sql) => /^update "interview_turns" set "answer"/i.test(sql))).toMatch(
      /"evaluation_lease_until"/,
    );
  });

  it("skipping a question stores it like an answer, and get still reads two statements with the thread", async () => {
    const view = await candidate.client.interview.create.mutate({ topics: ["behavioral"], questionsPerTopic: 2 });
    const ids = { interviewId: view.id, turnId: view.currentQuestion?.turnId ?? "" };
    const submitAnswer = await ts.database.statements.during(() =>
      candidate.client.interview.submitAnswer.mutate({ ...ids, answer: ANSWER }),
    );
    const next = await candidate.client.interview.answer.mutate({ ...ids, answer: ANSWER });
    const openTurnId = next.interview.currentQuestion?.turnId ?? "";
    const skip = await ts.database.statements.during(() =>
      candidate.client.interview.skipQuestion.mutate({ interviewId: view.id, turnId: openTurnId }),
    );
    expect(skip.length, skip.join("\n")).toBeLessThanOrEqual(submitAnswer.length);
    const get = await ts.database.statements.during(() =>
      candidate.client.interview.get.query({ interviewId: view.id }),
    );
    expect(get.length, get.join("\n")).toBeLessThanOrEqual(2);
    const read = await candidate.client.interview.get.query({ interviewId: view.id });
    expect(read.thread.length).toBeGreaterThanOrEqual(1);
  });

  it("asking the interviewer (a clarifying question or a hint) is the session, the interview and one append: three statements", async () => {
    const view = await candidate.client.interview.create.mutate({ topics: ["system-design"], questionsPerTopic: 1 });
    const ids = { interviewId: view.id, turnId: view.currentQuestion?.turnId ?? "" };
    const clarification = await ts.database.statements.during(() =>
      candidate.client.interview.ask.mutate({ ...ids, kind: "clarification", question: "How many users?" }),
    );
    expect(clarification.length, clarification.join("\n")).toBeLessThanOrEqual(3);
    const hint = await ts.database.statements.during(() =>
      candidate.client.interview.ask.mutate({ ...ids, kind: "hint" }),
    );
    expect(hint.length, hint.join("\n")).toBeLessThanOrEqual(3);
    expect(hint.filter((sql) => /^update "interview_turns" set "assists"/i.test(sql))).toHaveLength(1);
  });

  // Voice answers (issue 17): a spoken answer's delivery metrics are stored in the answer's own update;
  // with a recording, its word timings are read once, before the transaction: one statement more than
  // typing (ten). The browser's own timings arrive in the input: no read, still nine.
  it("a spoken answer costs one read of its recording more than a typed one, and browser timings none", async () => {
    const spoken = await candidate.client.interview.create.mutate({ topics: ["coding"], questionsPerTopic: 3 });
    const turnId = spoken.currentQuestion?.turnId ?? "";
    const [recording] = await ts.database.handle.db
      .insert(schema.voiceRecordings)
      .values({
        userId: candidate.userId,
        interviewId: spoken.id,
        turnId,
        mediaType: "audio/webm",
        byteSize: 1000,
        durationMs: 20_000,
        transcript: ANSWER,
        words: [{ word: "Use", startMs: 0, endMs: 300 }],
        transcriber: "openai",
        createdAt: new Date(),
      })
      .returning({ id: schema.voiceRecordings.id });
    const withRecording = await ts.database.statements.during(() =>
      candidate.client.interview.answer.mutate({
        interviewId: spoken.id,
        turnId,
        answer: ANSWER,
        spoken: { recordingId: recording?.id ?? "" },
      }),
    );
    expect(withRecording.length, withRecording.join("\n")).toBeLessThanOrEqual(10);
    expect(withRecording.find((sql) => /^update "interview_turns" set "answer"/i.test(sql))).toMatch(/"delivery"/);
    const browser = await candidate.client.interview.create.mutate({ topics: ["coding"], questionsPerTopic: 3 });
    const withBrowserTimings = await ts.database.statements.during(() =>
      candidate.client.interview.answer.mutate({
        interviewId: browser.id,
        turnId: browser.currentQuestion?.turnId ?? "",
        answer: ANSWER,
        spoken: { durationMs: 20_000 },
      }),
    );
    expect(withBrowserTimings.length, withBrowserTimings.join("\n")).toBeLessThanOrEqual(9);
  });
});
