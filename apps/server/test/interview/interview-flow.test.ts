// A whole interview through the typed client on the built-in interviewer: the plan is respected,
// the report is computed from the answers, and exactly one credit is spent; plus deadlines.
import { finishExpiredInterviews } from "@interviewer/api";
import { schema } from "@interviewer/db";
import { clientWithToken, createVerifiedAccount, type TestAccount } from "@interviewer/testing/accounts";
import { createTestClock, MINUTE } from "@interviewer/testing/test-clock";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { errorOf } from "@interviewer/testing/trpc-errors";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** After the test clock jumps past the access token's 15 minutes, refresh like a real client would. */
async function signedInAgain(ts: TestServer, account: TestAccount) {
  const refreshed = await ts.client.auth.refresh.mutate({ refreshToken: account.refreshToken });
  account.refreshToken = refreshed.refreshToken ?? "";
  return clientWithToken(ts, refreshed.accessToken);
}

const GOOD_ANSWER =
  "I would start by clarifying requirements and scale, then discuss the trade-offs: consistency versus availability, " +
  "caching with invalidation, indexing, replication and sharding for the database, idempotency and retries for " +
  "network calls, monitoring and metrics, and the time and space complexity of the approach, O(n log n).";

describe("a whole interview on the built-in interviewer", () => {
  const clock = createTestClock();
  let ts: TestServer;
  let candidate: TestAccount;
  beforeAll(async () => {
    ts = await startTestServer({ clock, env: { FREE_CREDITS_ON_SIGNUP: "2" } });
    candidate = await createVerifiedAccount(ts);
  });
  afterAll(async () => {
    await ts.stop();
  });

  it("follows the plan to a report and spends one credit", async () => {
    const before = await candidate.client.billing.status.query();
    const started = await candidate.client.interview.create.mutate({
      topics: ["system-design", "databases"],
      questionsPerTopic: 2,
      difficulty: "senior",
      language: "Go",
    });
    expect(started.status).toBe("active");
    expect(started.plan).toMatchObject({ questionsPerTopic: 2, difficulty: "senior", language: "Go" });
    const after = await candidate.client.billing.status.query();
    expect(after.usableCredits).toBe(before.usableCredits - 1);

    let view = started;
    const seenTopics: string[] = [];
    let answered = 0;
    let planned = 0;
    while (view.status === "active") {
      const question = view.currentQuestion;
      expect(question).not.toBeNull();
      if (!question) break;
      seenTopics.push(question.topic);
      // Follow-ups are extras: they keep their main question's number and count in no total.
      if (question.kind === "main") planned += 1;
      expect(view.progress).toMatchObject({
        topicCount: 2,
        total: 4,
        questionNumber: planned,
        answered: question.kind === "main" ? planned - 1 : planned,
      });
      const result = await candidate.client.interview.answer.mutate({
        interviewId: view.id,
        turnId: question.turnId,
        answer: GOOD_ANSWER,
      });
      answered += 1;
      expect(result.evaluation.score).toBeGreaterThanOrEqual(1);
      expect(result.evaluation.score).toBeLessThanOrEqual(10);
      expect(result.evaluation.feedback.improvement.length).toBeGreaterThan(0);
      expect(result.evaluation.modelAnswerOutline.length).toBeGreaterThan(0);
      view = result.interview;
      expect(answered).toBeLessThanOrEqual(8);
    }
    expect(view.status).toBe("completed");
    expect(planned).toBe(4);
    expect(view.progress).toMatchObject({ answered: 4, total: 4 });
    // Topics in plan order, each with its full budget of main questions.
    expect(seenTopics.slice(0, 2).every((t) => t === seenTopics[0])).toBe(true);
    expect(new Set(seenTopics).size).toBe(2);

    const { report } = await candidate.client.interview.report.query({ interviewId: view.id });
    const transcript = await candidate.client.interview.transcript.query({ interviewId: view.id });
    const scores = transcript.turns.map((turn) => turn.evaluation?.score ?? 0);
    const expected = Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10 * 10) / 10;
    expect(report.overallPercent).toBe(expected);
    expect(report.overallPercent).not.toBe(100);
    expect(report.topics).toHaveLength(2);
    expect(report.targetLevel).toBe("senior");
    expect(["not_ready", "almost", "ready"]).toContain(report.verdict);

    const finalStatus = await candidate.client.billing.status.query();
    expect(finalStatus.usableCredits).toBe(before.usableCredits - 1);

    const markdown = await candidate.client.interview.exportMarkdown.query({ interviewId: view.id });
    expect(markdown.markdown).toContain("## Report");
    expect(markdown.markdown).toContain(transcript.turns[0]?.question.slice(0, 20) ?? "missing");

    const list = await candidate.client.interview.list.query({ limit: 10 });
    expect(list.items.map((item) => item.id)).toContain(view.id);
    const summary = await candidate.client.dashboard.summary.query();
    expect(summary.scoreTrend.at(-1)?.overallPercent).toBe(report.overallPercent);
  });

  it("an answer retried after a lost response is evaluated once and charges nothing", async () => {
    const view = await candidate.client.interview.create.mutate({ topics: ["behavioral"], questionsPerTopic: 1 });
    const turnId = view.currentQuestion?.turnId ?? "";
    const answer =
      "In my last role I led the migration (situation, task); I planned it, communicated, and the result was zero downtime.";
    const first = await candidate.client.interview.answer.mutate({ interviewId: view.id, turnId, answer });
    const retry = await candidate.client.interview.answer.mutate({ interviewId: view.id, turnId, answer });
    expect(retry.evaluation).toEqual(first.evaluation);
    const rows = await ts.database.handle.db
      .select()
      .from(schema.interviewTurns)
      .where(eq(schema.interviewTurns.interviewId, view.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.evaluationStatus).toBe("evaluated");
    const conflict = await errorOf(
      candidate.client.interview.answer.mutate({ interviewId: view.id, turnId, answer: "a different answer" }),
    );
    expect(conflict.data?.code).toBe("CONFLICT");
  });

  it("with no credits left, create fails with a typed NO_CREDITS error and creates nothing", async () => {
    const status = await candidate.client.billing.status.query();
    expect(status.usableCredits).toBe(0);
    const error = await errorOf(candidate.client.interview.create.mutate({ topics: ["coding"], questionsPerTopic: 1 }));
    expect(error.data?.code).toBe("PAYMENT_REQUIRED");
    expect(error.data?.reason).toBe("NO_CREDITS");
    const interviews = await ts.database.handle.db
      .select()
      .from(schema.interviews)
      .where(eq(schema.interviews.userId, candidate.userId));
    expect(interviews).toHaveLength(2);
  });

  it("a time limit is enforced by the server: late answers are refused and the interview ends", async () => {
    const other = await createVerifiedAccount(ts);
    const view = await other.client.interview.create.mutate({
      topics: ["databases"],
      questionsPerTopic: 2,
      timeLimitMinutes: 10,
    });
    expect(view.timeLeftMs).toBe(10 * MINUTE);
    // Paused time does not count.
    await other.client.interview.pause.mutate({ interviewId: view.id });
    clock.advance(30 * MINUTE);
    const client = await signedInAgain(ts, other);
    const resumed = await client.interview.resume.mutate({ interviewId: view.id });
    expect(resumed.timeLeftMs).toBe(10 * MINUTE);
    clock.advance(10 * MINUTE + 1);
    const late = await errorOf(
      client.interview.answer.mutate({
        interviewId: view.id,
        turnId: view.currentQuestion?.turnId ?? "",
        answer: "late",
      }),
    );
    expect(late.data?.reason).toBe("TIME_UP");
    const ended = await client.interview.get.query({ interviewId: view.id });
    expect(ended.status).toBe("completed");
    expect(ended.endReason).toBe("time_limit");
  });

  it("the deadline sweeper finishes an expired interview nobody opens again, and leaves paused ones", async () => {
    const other = await createVerifiedAccount(ts);
    const left = await other.client.interview.create.mutate({
      topics: ["coding"],
      questionsPerTopic: 2,
      timeLimitMinutes: 5,
    });
    const paused = await other.client.interview.create.mutate({
      topics: ["coding"],
      questionsPerTopic: 2,
      timeLimitMinutes: 5,
    });
    await other.client.interview.pause.mutate({ interviewId: paused.id });
    clock.advance(5 * MINUTE + 1);

    const finished = await finishExpiredInterviews({ db: ts.database.handle.db, clock });
    expect(finished).toBeGreaterThanOrEqual(1);
    const [row] = await ts.database.handle.db.select().from(schema.interviews).where(eq(schema.interviews.id, left.id));
    expect(row).toMatchObject({ status: "completed", endReason: "time_limit" });
    expect(row?.report).not.toBeNull();
    const [stillPaused] = await ts.database.handle.db
      .select()
      .from(schema.interviews)
      .where(eq(schema.interviews.id, paused.id));
    expect(stillPaused?.status).toBe("paused");
    // A second sweep finds nothing left to do.
    expect(await finishExpiredInterviews({ db: ts.database.handle.db, clock })).toBe(0);
  });
});
