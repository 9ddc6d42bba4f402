// The dashboard: dashboard.summary in one statement whatever the history (packages/db
// readDashboardRows: credits, subscriptions and every interview's summary), and the history a page
// at a time (readDashboardHistory). Billing status is computed by billing's own rule
// (billingStatusOf). Progress tells the truth:
// - Only interviews that count feed the trend, the topic averages and readiness: scored and not ended
//   early (abandoned and failed interviews stay in the history, not in the numbers).
// - Averages are weighted by questions answered, so a one-question session weighs one question.
// - Readiness is per level: each level practised gets its verdict from its own latest interviews.
import { readDashboardHistory, readDashboardRows } from "@interviewer/db";
import {
  type QuestionDifficulty,
  READINESS_THRESHOLDS,
  readinessVerdict,
  TOPIC_LABELS,
  type TopicId,
} from "@interviewer/engine";
import type { Viewer } from "../auth/viewer.ts";
import { billingStatusOf } from "../billing/billing-status.ts";
import { creditBalanceFrom, subscriptionSummariesFrom } from "../billing/codec.ts";
import type { ApiDependencies } from "../context.ts";
import { notFound } from "../errors.ts";
import { historyItemFrom, type InterviewSummary, interviewSummariesFrom } from "./codec.ts";

/** Readiness for a level rests on its latest interviews: recent form, not the whole past. */
const READINESS_WINDOW = 3;
/** Under this many answers the verdict is shown, with a word that it is thin. */
const CONFIDENT_ANSWERS = 4;
const TREND_POINTS = 30;

const roundOne = (value: number) => Math.round(value * 10) / 10;

type CountedInterview = InterviewSummary & { overallPercent: number; endedAt: Date; answeredQuestions: number };

function counts(interview: InterviewSummary): interview is CountedInterview {
  return (
    interview.status === "completed" &&
    interview.overallPercent !== null &&
    interview.endedAt !== null &&
    interview.answeredQuestions !== null &&
    interview.answeredQuestions > 0
  );
}

/** Per-topic percentages over some interviews, each weighted by the questions answered in the topic. */
function topicTotals(interviews: readonly CountedInterview[]) {
  const totals = new Map<TopicId, { weighted: number; answered: number; interviews: number }>();
  for (const interview of interviews) {
    for (const { topic, percent, answered } of interview.topicScores) {
      if (percent === null || answered === 0) continue;
      const total = totals.get(topic) ?? { weighted: 0, answered: 0, interviews: 0 };
      total.weighted += percent * answered;
      total.answered += answered;
      total.interviews += 1;
      totals.set(topic, total);
    }
  }
  return [...totals].map(([topic, total]) => ({
    topic,
    label: TOPIC_LABELS[topic],
    averagePercent: roundOne(total.weighted / total.answered),
    interviews: total.interviews,
    answeredQuestions: total.answered,
  }));
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
  const counted = interviews.filter(counts);

  return {
    credits: billing.credits,
    usableCredits: billing.usableCredits,
    plan: billing.plan,
    subscription: billing.subscription,
    interviewCount: interviews.length,
    resumable: interviews
      .filter((interview) => interview.status === "active" || interview.status === "paused")
      .map((interview) => ({
        id: interview.id,
        status: interview.status,
        createdAt: interview.createdAt,
        title: interview.title,
        topics: interview.topics,
        answered: interview.answeredPlanned ?? 0,
        planned: interview.planned,
      })),
    scoreTrend: counted
      .slice(0, TREND_POINTS)
      .reverse()
      .map((interview) => ({
        interviewId: interview.id,
        endedAt: interview.endedAt,
        overallPercent: interview.overallPercent,
        difficulty: interview.difficulty,
        title: interview.title,
        answeredQuestions: interview.answeredQuestions,
        delivery: interview.delivery,
      })),
    topicAverages: topicTotals(counted),
    readiness: readinessByLevel(counted),
  };
}

/** One verdict per level practised, from that level's latest interviews; latest level first. */
function readinessByLevel(counted: readonly CountedInterview[]) {
  const byLevel = new Map<QuestionDifficulty, CountedInterview[]>();
  // `counted` is newest first, so each level's list is too, and levels appear in order of last use.
  for (const interview of counted) {
    byLevel.set(interview.difficulty, [...(byLevel.get(interview.difficulty) ?? []), interview]);
  }
  return [...byLevel].flatMap(([level, interviews]) => {
    const [latest] = interviews;
    if (!latest) return [];
    const window = interviews.slice(0, READINESS_WINDOW);
    const answeredQuestions = window.reduce((sum, interview) => sum + interview.answeredQuestions, 0);
    const averagePercent = roundOne(
      window.reduce((sum, interview) => sum + interview.overallPercent * interview.answeredQuestions, 0) /
        answeredQuestions,
    );
    const { verdict, reason } = readinessVerdict(
      averagePercent,
      topicTotals(window).map((topic) => topic.averagePercent),
      level,
    );
    const thin =
      answeredQuestions < CONFIDENT_ANSWERS
        ? ` Based on ${answeredQuestions} answer${answeredQuestions === 1 ? "" : "s"} only: a longer interview gives a surer verdict.`
        : "";
    return {
      level,
      averagePercent,
      verdict,
      reason: `${reason}${thin}`,
      thresholds: READINESS_THRESHOLDS[level],
      basedOn: window.length,
      answeredQuestions,
      lastPractisedAt: latest.endedAt,
    };
  });
}

/** A page of the history, newest first; `nextCursor` is null on the last page. */
export async function getDashboardHistory(
  deps: Pick<ApiDependencies, "db">,
  viewer: Viewer,
  input: { cursor?: string | null | undefined; limit: number },
) {
  // One row more than the page tells whether another page exists, in the same statement.
  const rows = await readDashboardHistory(deps.db, {
    userId: viewer.userId,
    cursor: input.cursor ?? null,
    limit: input.limit + 1,
  });
  const items = rows.slice(0, input.limit).map(historyItemFrom);
  return { items, nextCursor: rows.length > input.limit ? (items.at(-1)?.id ?? null) : null };
}
