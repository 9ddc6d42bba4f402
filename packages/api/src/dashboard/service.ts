// The dashboard in one statement whatever the history (packages/db readDashboardRows): credits,
// subscriptions and every interview's summary. Billing status is computed by billing's own rule
// (billingStatusOf); trends and per-topic averages come from the stored reports' topic percentages.
import { readDashboardRows } from "@interviewer/db";
import { READINESS_THRESHOLDS, readinessVerdict, TOPIC_LABELS, type TopicId } from "@interviewer/engine";
import type { Viewer } from "../auth/viewer.ts";
import { billingStatusOf } from "../billing/billing-status.ts";
import { creditBalanceFrom, subscriptionSummariesFrom } from "../billing/codec.ts";
import type { ApiDependencies } from "../context.ts";
import { notFound } from "../errors.ts";
import { type InterviewSummary, interviewSummariesFrom } from "./codec.ts";

const RECENT_INTERVIEWS = 10;
const READINESS_WINDOW = 3;

const roundOne = (value: number) => Math.round(value * 10) / 10;

type ScoredInterview = InterviewSummary & { overallPercent: number; endedAt: Date };

function isScored(interview: InterviewSummary): interview is ScoredInterview {
  return interview.overallPercent !== null && interview.endedAt !== null;
}

export async function getDashboardSummary(deps: Pick<ApiDependencies, "db" | "clock">, viewer: Viewer) {
  const row = await readDashboardRows(deps.db, { userId: viewer.userId });
  // The session check just found the account; it can only be gone if it was deleted in between.
  if (!row) throw notFound("Account");
  const billing = billingStatusOf(
    creditBalanceFrom(row),
    subscriptionSummariesFrom(row.subscriptions),
    deps.clock.now(),
  );
  const interviews = interviewSummariesFrom(row.interviews);
  const scored = interviews.filter(isScored);

  const topicTotals = new Map<TopicId, { sum: number; count: number }>();
  for (const interview of scored) {
    for (const topic of interview.topics) {
      if (topic.percent === null) continue;
      const total = topicTotals.get(topic.topic) ?? { sum: 0, count: 0 };
      total.sum += topic.percent;
      total.count += 1;
      topicTotals.set(topic.topic, total);
    }
  }
  const topicAverages = [...topicTotals].map(([topic, { sum, count }]) => ({
    topic,
    label: TOPIC_LABELS[topic],
    averagePercent: roundOne(sum / count),
    interviews: count,
  }));

  return {
    credits: billing.credits,
    usableCredits: billing.usableCredits,
    plan: billing.plan,
    subscription: billing.subscription,
    interviewCount: interviews.length,
    resumable: interviews
      .filter((interview) => interview.status === "active" || interview.status === "paused")
      .map((interview) => ({ id: interview.id, status: interview.status, createdAt: interview.createdAt })),
    recentInterviews: interviews.slice(0, RECENT_INTERVIEWS).map((interview) => ({
      id: interview.id,
      status: interview.status,
      createdAt: interview.createdAt,
      overallPercent: interview.overallPercent,
      difficulty: interview.difficulty,
    })),
    scoreTrend: [...scored].reverse().map((interview) => ({
      interviewId: interview.id,
      endedAt: interview.endedAt,
      overallPercent: interview.overallPercent,
      difficulty: interview.difficulty,
    })),
    topicAverages,
    readiness: readinessOf(scored, topicAverages),
  };
}

/** Readiness for the level of the most recent scored interview, over the last three scored ones. */
function readinessOf(scored: readonly ScoredInterview[], topicAverages: readonly { averagePercent: number }[]) {
  const latest = scored[0];
  if (!latest) return null;
  const window = scored.slice(0, READINESS_WINDOW);
  const level = latest.difficulty;
  const averagePercent = roundOne(window.reduce((sum, interview) => sum + interview.overallPercent, 0) / window.length);
  const { verdict, reason } = readinessVerdict(
    averagePercent,
    topicAverages.map((topic) => topic.averagePercent),
    level,
  );
  return { level, averagePercent, verdict, reason, thresholds: READINESS_THRESHOLDS[level], basedOn: window.length };
}
