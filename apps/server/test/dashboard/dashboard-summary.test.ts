// dashboard.summary: what a candidate sees at a glance (credits, subscription, what can be resumed,
// trends, readiness per level), and its statement budget: one statement for the viewer and one for
// everything the dashboard shows, whatever the history. Counted at the driver on both engines.
import type { RouterOutputs } from "@interviewer/api";
import { createVerifiedAccount, type TestAccount } from "@interviewer/testing/accounts";
import { billingTestEnv, postWebhook } from "@interviewer/testing/lemonsqueezy-fixtures";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DAY, invoiceEvent, nextId, subscriptionEvent } from "../billing/billing-test-helpers.ts";

const ANSWER =
  "Use an index on the filtered columns, check the plan with EXPLAIN, avoid N+1 queries, cache hot reads, and replicate.";
const JOB_DESCRIPTION = `Senior Backend Engineer — Payments Platform
You will design idempotent payment APIs in Go and own PostgreSQL schemas. 5+ years building distributed systems.`;

type InterviewView = RouterOutputs["interview"]["get"];

describe("dashboard.summary", () => {
  let ts: TestServer;
  let candidate: TestAccount;
  beforeAll(async () => {
    ts = await startTestServer({ env: { ...billingTestEnv, FREE_CREDITS_ON_SIGNUP: "8" }, mailWorker: false });
    candidate = await createVerifiedAccount(ts);
  });
  afterAll(async () => {
    await ts.stop();
  });

  /** Answers `count` questions (all when null), then abandons what is left when `abandon`. */
  async function run(
    plan: Parameters<TestAccount["client"]["interview"]["create"]["mutate"]>[0],
    options: { answer?: number; abandon?: boolean } = {},
  ): Promise<InterviewView> {
    let view = await candidate.client.interview.create.mutate(plan);
    let answered = 0;
    while (
      view.status === "active" &&
      view.currentQuestion &&
      answered < (options.answer ?? Number.POSITIVE_INFINITY)
    ) {
      view = (
        await candidate.client.interview.answer.mutate({
          interviewId: view.id,
          turnId: view.currentQuestion.turnId,
          answer: ANSWER,
        })
      ).interview;
      answered += 1;
    }
    if (options.abandon) view = await candidate.client.interview.abandon.mutate({ interviewId: view.id });
    return view;
  }

  it("a new candidate sees their sign-up credits, no plan and no interviews", async () => {
    const summary = await candidate.client.dashboard.summary.query();
    expect(summary).toEqual({
      credits: { individual: 8, subscription: 0 },
      usableCredits: 8,
      plan: null,
      subscription: null,
      interviewCount: 0,
      resumable: [],
      scoreTrend: [],
      topicAverages: [],
      readiness: [],
    });
  });

  it("shows the subscription, what can be resumed with its role, topics and progress", async () => {
    const subscriptionId = nextId();
    const renewsAt = Date.now() + 30 * DAY;
    const created = await postWebhook(
      ts.url,
      subscriptionEvent("subscription_created", {
        userId: candidate.userId,
        subscriptionId,
        updatedAt: Date.now(),
        renewsAt,
      }),
    );
    expect(created.status).toBe(200);
    const paid = await postWebhook(
      ts.url,
      invoiceEvent("subscription_payment_success", { userId: candidate.userId, invoiceId: nextId(), subscriptionId }),
    );
    expect(paid.status).toBe(200);

    const open = await run(
      { topics: ["databases", "coding"], questionsPerTopic: 1, difficulty: "senior", jobDescription: JOB_DESCRIPTION },
      { answer: 1 },
    );
    const summary = await candidate.client.dashboard.summary.query();
    expect(summary.plan).toBe("pro");
    expect(summary.subscription).toEqual({ status: "active", renewsAt: new Date(renewsAt), endsAt: null });
    // Subscription credits are spent first while the subscription is usable.
    expect(summary.credits).toEqual({ individual: 8, subscription: 9 });
    expect(summary.resumable).toEqual([
      {
        id: open.id,
        status: "active",
        createdAt: expect.any(Date),
        title: "Senior Backend Engineer — Payments Platform",
        topics: [
          { topic: "databases", label: "Databases and Data Management" },
          { topic: "coding", label: "Coding" },
        ],
        answered: 1,
        planned: 2,
      },
    ]);
    // Nothing is scored yet: no trend, no readiness.
    expect(summary.scoreTrend).toEqual([]);
    expect(summary.readiness).toEqual([]);
    await candidate.client.interview.abandon.mutate({ interviewId: open.id });
  });

  it("readiness is per level, leaves out interviews ended early and weighs each by the questions answered", async () => {
    const seniorFull = await run({ topics: ["databases"], questionsPerTopic: 2, difficulty: "senior" });
    const seniorShort = await run({ topics: ["databases"], questionsPerTopic: 1, difficulty: "senior" });
    // Ended early after one answer: scored, but it must not move the numbers.
    const seniorAbandoned = await run(
      { topics: ["databases"], questionsPerTopic: 3, difficulty: "senior" },
      { answer: 1, abandon: true },
    );
    const junior = await run({ topics: ["databases"], questionsPerTopic: 1, difficulty: "junior" });
    expect(seniorAbandoned.status).toBe("abandoned");
    expect(seniorAbandoned.overallPercent).not.toBeNull();

    const reports = await Promise.all(
      [seniorFull, seniorShort, junior].map((view) =>
        candidate.client.interview.report.query({ interviewId: view.id }),
      ),
    );
    const [full, short, juniorReport] = reports.map((entry) => entry.report);
    if (!full || !short || !juniorReport) throw new Error("missing report");

    const summary = await candidate.client.dashboard.summary.query();
    expect(summary.interviewCount).toBe(5);
    expect(summary.resumable).toEqual([]);
    // The trend: the interviews that count, oldest first, each opening its own report.
    expect(summary.scoreTrend.map((point) => [point.interviewId, point.difficulty, point.answeredQuestions])).toEqual([
      [seniorFull.id, "senior", full.answeredQuestions],
      [seniorShort.id, "senior", short.answeredQuestions],
      [junior.id, "junior", juniorReport.answeredQuestions],
    ]);
    expect(summary.scoreTrend[0]?.title).toBe("Senior practice interview");

    // The level practised last comes first; each level only from its own interviews.
    expect(summary.readiness.map((entry) => entry.level)).toEqual(["junior", "senior"]);
    const [juniorReadiness, seniorReadiness] = summary.readiness;
    expect(juniorReadiness).toMatchObject({
      level: "junior",
      averagePercent: juniorReport.overallPercent,
      basedOn: 1,
      answeredQuestions: juniorReport.answeredQuestions,
      thresholds: { ready: 65, almost: 50 },
    });
    // One answer only: the verdict says it is thin.
    expect(juniorReadiness?.reason).toMatch(/Based on 1 answer only/);
    const weighted =
      ((full.overallPercent ?? 0) * full.answeredQuestions + (short.overallPercent ?? 0) * short.answeredQuestions) /
      (full.answeredQuestions + short.answeredQuestions);
    expect(seniorReadiness).toMatchObject({
      level: "senior",
      averagePercent: Math.round(weighted * 10) / 10,
      basedOn: 2,
      answeredQuestions: full.answeredQuestions + short.answeredQuestions,
      thresholds: { ready: 75, almost: 60 },
      lastPractisedAt: expect.any(Date),
    });

    // Topic averages are weighted the same way, over the interviews that count.
    const databases = (report: typeof full) => report.topics.find((topic) => topic.topic === "databases");
    const parts = [full, short, juniorReport].map((report) => databases(report));
    const answered = parts.reduce((sum, topic) => sum + (topic?.answeredQuestions ?? 0), 0);
    const sum = parts.reduce((total, topic) => total + (topic?.percent ?? 0) * (topic?.answeredQuestions ?? 0), 0);
    expect(summary.topicAverages).toEqual([
      {
        topic: "databases",
        label: "Databases and Data Management",
        averagePercent: Math.round((sum / answered) * 10) / 10,
        interviews: 3,
        answeredQuestions: answered,
      },
    ]);
  });

  it("reads the viewer, then everything the dashboard shows in one statement: two statements", async () => {
    const statements = await ts.database.statements.during(() => candidate.client.dashboard.summary.query());
    expect(statements.length, statements.join("\n")).toBeLessThanOrEqual(2);
  });
});
