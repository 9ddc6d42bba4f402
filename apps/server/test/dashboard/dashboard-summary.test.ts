// dashboard.summary: what a candidate sees at a glance (credits, subscription, interviews, trends,
// readiness), and its statement budget: one statement for the viewer and one for everything the
// dashboard shows, whatever the history. Counted at the driver on both engines.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DAY, invoiceEvent, nextId, subscriptionEvent } from "../billing/billing-test-helpers.ts";
import { createVerifiedAccount, type TestAccount } from "../harness/accounts.ts";
import { billingTestEnv, postWebhook } from "../harness/lemonsqueezy-fixtures.ts";
import { startTestServer, type TestServer } from "../harness/test-server.ts";

const ANSWER =
  "Use an index on the filtered columns, check the plan with EXPLAIN, avoid N+1 queries, cache hot reads, and replicate.";

describe("dashboard.summary", () => {
  let ts: TestServer;
  let candidate: TestAccount;
  beforeAll(async () => {
    ts = await startTestServer({ env: { ...billingTestEnv, FREE_CREDITS_ON_SIGNUP: "3" }, mailWorker: false });
    candidate = await createVerifiedAccount(ts);
  });
  afterAll(async () => {
    await ts.stop();
  });

  it("a new candidate sees their sign-up credits, no plan and no interviews", async () => {
    const summary = await candidate.client.dashboard.summary.query();
    expect(summary).toEqual({
      credits: { individual: 3, subscription: 0 },
      usableCredits: 3,
      plan: null,
      subscription: null,
      interviewCount: 0,
      resumable: [],
      recentInterviews: [],
      scoreTrend: [],
      topicAverages: [],
      readiness: null,
    });
  });

  it("shows the subscription, scored interviews with their trend and readiness, and what can be resumed", async () => {
    const subscriptionId = nextId();
    const renewsAt = Date.now() + 30 * DAY;
    expect(
      (
        await postWebhook(
          ts.url,
          subscriptionEvent("subscription_created", {
            userId: candidate.userId,
            subscriptionId,
            updatedAt: Date.now(),
            renewsAt,
          }),
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await postWebhook(
          ts.url,
          invoiceEvent("subscription_payment_success", {
            userId: candidate.userId,
            invoiceId: nextId(),
            subscriptionId,
          }),
        )
      ).status,
    ).toBe(200);

    const finished = [];
    for (const difficulty of ["junior", "senior"] as const) {
      let view = await candidate.client.interview.create.mutate({
        topics: ["databases"],
        questionsPerTopic: 1,
        difficulty,
      });
      while (view.status === "active" && view.currentQuestion) {
        view = (
          await candidate.client.interview.answer.mutate({
            interviewId: view.id,
            turnId: view.currentQuestion.turnId,
            answer: ANSWER,
          })
        ).interview;
      }
      finished.push(view);
    }
    const open = await candidate.client.interview.create.mutate({ topics: ["coding"], questionsPerTopic: 1 });

    const summary = await candidate.client.dashboard.summary.query();
    expect(summary.plan).toBe("pro");
    expect(summary.subscription).toEqual({ status: "active", renewsAt: new Date(renewsAt), endsAt: null });
    // Subscription credits are spent first while the subscription is usable.
    expect(summary.credits).toEqual({ individual: 3, subscription: 7 });
    expect(summary.usableCredits).toBe(10);
    expect(summary.interviewCount).toBe(3);
    expect(summary.resumable).toEqual([{ id: open.id, status: "active", createdAt: expect.any(Date) }]);
    expect(summary.recentInterviews.map((row) => row.id)).toEqual([open.id, finished[1]?.id, finished[0]?.id]);
    expect(summary.recentInterviews[0]).toMatchObject({ status: "active", overallPercent: null, difficulty: "mid" });
    expect(summary.recentInterviews[1]).toMatchObject({ status: "completed", difficulty: "senior" });
    expect(summary.scoreTrend.map((point) => [point.interviewId, point.difficulty])).toEqual([
      [finished[0]?.id, "junior"],
      [finished[1]?.id, "senior"],
    ]);
    for (const point of summary.scoreTrend) {
      expect(point.endedAt).toBeInstanceOf(Date);
      expect(point.overallPercent).toBeGreaterThanOrEqual(0);
    }
    expect(summary.topicAverages).toEqual([
      expect.objectContaining({ topic: "databases", label: expect.any(String), interviews: 2 }),
    ]);
    expect(summary.readiness).toMatchObject({ level: "senior", basedOn: 2, verdict: expect.any(String) });
    const percents = summary.scoreTrend.map((point) => point.overallPercent);
    expect(summary.readiness?.averagePercent).toBe(Math.round(((percents[0] ?? 0) + (percents[1] ?? 0)) * 5) / 10);
  });

  it("reads the viewer, then everything the dashboard shows in one statement: two statements", async () => {
    const statements = await ts.database.statements.during(() => candidate.client.dashboard.summary.query());
    expect(statements.length, statements.join("\n")).toBeLessThanOrEqual(2);
  });
});
