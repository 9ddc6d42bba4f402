// The dashboard in a constant number of queries whatever the history: billing status (from billing),
// then one query for every interview's summary and stored report. Trends and per-topic averages are
// computed from the stored reports, which already hold each topic's percentage.
import { schema } from "@interviewer/db";
import {
  type InterviewPlan,
  type InterviewReport,
  READINESS_THRESHOLDS,
  readinessVerdict,
  TOPIC_LABELS,
  type TopicId,
} from "@interviewer/engine";
import { desc, eq } from "drizzle-orm";
import type { Viewer } from "../auth/viewer.ts";
import { getStatus } from "../billing/service.ts";
import type { ApiDependencies } from "../context.ts";

const RECENT_INTERVIEWS = 10;

export async function getDashboardSummary(deps: Pick<ApiDependencies, "db" | "clock">, viewer: Viewer) {
  const billing = await getStatus(deps, viewer);
  const rows = await deps.db
    .select({
      id: schema.interviews.id,
      status: schema.interviews.status,
      plan: schema.interviews.plan,
      report: schema.interviews.report,
      overallPercent: schema.interviews.overallPercent,
      createdAt: schema.interviews.createdAt,
      endedAt: schema.interviews.endedAt,
    })
    .from(schema.interviews)
    .where(eq(schema.interviews.userId, viewer.userId))
    .orderBy(desc(schema.interviews.createdAt));

  const scored = rows
    .filter((row) => row.overallPercent !== null && row.endedAt !== null)
    .map((row) => ({
      ...row,
      plan: row.plan as unknown as InterviewPlan,
      report: row.report as unknown as InterviewReport,
    }));

  const topicTotals = new Map<TopicId, { sum: number; count: number }>();
  for (const row of scored) {
    for (const topic of row.report.topics) {
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
    averagePercent: Math.round((sum / count) * 10) / 10,
    interviews: count,
  }));

  // Readiness for the level of the most recent scored interview, over the last three scored ones.
  const latest = scored[0];
  const window = scored.slice(0, 3);
  const readiness = latest
    ? (() => {
        const level = latest.plan.difficulty;
        const average =
          Math.round((window.reduce((sum, row) => sum + (row.overallPercent ?? 0), 0) / window.length) * 10) / 10;
        const { verdict, reason } = readinessVerdict(
          average,
          topicAverages.map((topic) => topic.averagePercent),
          level,
        );
        return {
          level,
          averagePercent: average,
          verdict,
          reason,
          thresholds: READINESS_THRESHOLDS[level],
          basedOn: window.length,
        };
      })()
    : null;

  return {
    credits: billing.credits,
    usableCredits: billing.usableCredits,
    plan: billing.plan,
    subscription: billing.subscription,
    interviewCount: rows.length,
    resumable: rows
      .filter((row) => row.status === "active" || row.status === "paused")
      .map((row) => ({ id: row.id, status: row.status, createdAt: row.createdAt })),
    recentInterviews: rows.slice(0, RECENT_INTERVIEWS).map((row) => ({
      id: row.id,
      status: row.status,
      createdAt: row.createdAt,
      overallPercent: row.overallPercent,
      difficulty: (row.plan as unknown as InterviewPlan).difficulty,
    })),
    scoreTrend: [...scored].reverse().map((row) => ({
      interviewId: row.id,
      endedAt: row.endedAt as Date,
      overallPercent: row.overallPercent as number,
      difficulty: row.plan.difficulty,
    })),
    topicAverages,
    readiness,
  };
}
