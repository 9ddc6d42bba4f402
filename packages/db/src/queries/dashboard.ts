// The dashboard's reads, one prepared statement each. Only what the dashboard shows leaves the
// database: each interview's level, topics, role line and progress, and its report's per-topic
// percentages, not the whole plan, job description and report. JSON aggregates come back as
// `unknown`; the API's dashboard codec turns them into typed values.
import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import type { DatabaseOrTransaction } from "../database.ts";
import { creditBalances } from "../schema/billing.ts";
import { interviews, interviewTurns as t } from "../schema/interviews.ts";
import { users } from "../schema/users.ts";
import { epochMs, subscriptionsJsonOf } from "./billing.ts";
import { preparedPerDatabase } from "./prepared-query.ts";

const i = interviews;

/** Drills (kind "drill") are practice on missed points: never in the score trend, readiness or history. */
const onlyInterviews = eq(i.kind, "interview");

/** The first line of the job description (job ads start with the role), cut short. */
const jobTitleLine = sql<string | null>`left(split_part(btrim(${i.jobDescription}, E' \t\r\n'), E'\n', 1), 160)`;

/**
 * Planned questions answered so far: each question once however often it was retried, follow-ups
 * left out (they are extra, not part of the plan). One index range per interview. The outer id is
 * spelled with its table: a single-table select renders columns unqualified, which inside this
 * subquery would name the turn's own id.
 */
const answeredPlanned = sql<number>`(
  select count(distinct turn.question_id)::int from ${t} as turn
  where turn.interview_id = ${i}.id and turn.answer is not null
    and coalesce(turn.question ->> 'kind', 'main') <> 'follow-up'
)`;

/** Who the interview was for and what it covers: { jobTitleLine, jobLevel, jobDomain, planTopics, questionsPerTopic }. */
const describedBy: SQL[] = [
  sql`'jobTitleLine', ${jobTitleLine}`,
  sql`'jobLevel', ${i.jobAnalysis} ->> 'level'`,
  sql`'jobDomain', ${i.jobAnalysis} ->> 'domain'`,
  sql`'planTopics', ${i.plan} -> 'topics'`,
  sql`'questionsPerTopic', ${i.plan} -> 'questionsPerTopic'`,
];

/**
 * Newest first: { id, status, endReason, difficulty, overallPercent, answeredQuestions, createdAtMs,
 * endedAtMs, medianWordsPerMinute and fillersPerMinute (the report's voice summary; null without spoken
 * answers), topics (the report's per-topic percent and answered count), ...describedBy, answeredPlanned
 * (only for interviews still running: the only ones whose progress the summary shows) }.
 */
const interviewsJson = sql<unknown>`coalesce((
  select json_agg(json_build_object(
    'id', ${i.id}, 'status', ${i.status}, 'endReason', ${i.endReason},
    'difficulty', ${i.plan} ->> 'difficulty',
    'overallPercent', ${i.overallPercent},
    'answeredQuestions', ${i.report} -> 'answeredQuestions',
    'medianWordsPerMinute', ${i.report} -> 'delivery' -> 'medianWordsPerMinute',
    'fillersPerMinute', ${i.report} -> 'delivery' -> 'fillersPerMinute',
    'createdAtMs', ${epochMs(i.createdAt)}, 'endedAtMs', ${epochMs(i.endedAt)},
    'topics', (
      select json_agg(json_build_object(
        'topic', topic ->> 'topic', 'percent', topic -> 'percent', 'answered', topic -> 'answeredQuestions'
      ))
      from jsonb_array_elements(case when jsonb_typeof(${i.report} -> 'topics') = 'array'
        then ${i.report} -> 'topics' else '[]'::jsonb end) as topic
    ),
    ${sql.join(describedBy, sql`, `)},
    'answeredPlanned', case when ${i.status} in ('preparing', 'active', 'paused') then ${answeredPlanned} end
  ) order by ${i.createdAt} desc, ${i.id} desc)
  from ${i} where ${i.userId} = ${users.id} and ${onlyInterviews}
), '[]'::json)`;

const dashboardRows = preparedPerDatabase((db) =>
  db
    .select({
      individual: creditBalances.individual,
      subscription: creditBalances.subscription,
      subscriptions: subscriptionsJsonOf(users.id),
      interviews: interviewsJson,
    })
    .from(users)
    .leftJoin(creditBalances, eq(creditBalances.userId, users.id))
    .where(eq(users.id, sql.placeholder("userId")))
    .prepare("dashboard_summary"),
);

/** Everything dashboard.summary shows, in one statement; `undefined` when the account does not exist. */
export async function readDashboardRows(db: DatabaseOrTransaction, params: { userId: string }) {
  const [row] = await dashboardRows(db).execute(params);
  return row;
}

// Keyset pagination on (created_at, id), newest first. The cursor is an interview id: its own
// position is read inside the same statement, so a page is one statement and exact to the microsecond.
// Someone else's (or an unknown) id positions nothing, so the page is empty.
const cursorPosition = sql`(
  select c.created_at, c.id from ${i} as c where c.id = ${sql.placeholder("cursor")}::uuid and c.user_id = ${sql.placeholder("userId")}::uuid
)`;

const historyRows = preparedPerDatabase((db) =>
  db
    .select({
      id: i.id,
      status: i.status,
      endReason: i.endReason,
      difficulty: sql<string | null>`${i.plan} ->> 'difficulty'`,
      overallPercent: i.overallPercent,
      createdAt: i.createdAt,
      endedAt: i.endedAt,
      described: sql<unknown>`json_build_object(${sql.join(describedBy, sql`, `)})`,
      answeredPlanned,
    })
    .from(i)
    .where(
      and(
        eq(i.userId, sql.placeholder("userId")),
        onlyInterviews,
        sql`(${sql.placeholder("cursor")}::uuid is null or (${i.createdAt}, ${i.id}) < ${cursorPosition})`,
      ),
    )
    .orderBy(desc(i.createdAt), desc(i.id))
    .limit(sql.placeholder("limit"))
    .prepare("dashboard_history"),
);

/**
 * One page of the user's interviews, newest first: up to `limit` rows after the interview `cursor`
 * (from the start when null). Ask for one more than you show to learn whether another page exists.
 */
export async function readDashboardHistory(
  db: DatabaseOrTransaction,
  params: { userId: string; cursor: string | null; limit: number },
) {
  return historyRows(db).execute(params);
}
