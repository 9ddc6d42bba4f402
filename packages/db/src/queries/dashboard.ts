// The dashboard's read: credits, subscriptions and every interview's summary in one prepared
// statement. Only what the dashboard shows leaves the database: each interview's difficulty and its
// report's per-topic percentages, not the whole plan and report. JSON aggregates come back as
// `unknown`; the API's dashboard codec turns them into typed values.
import { eq, sql } from "drizzle-orm";
import type { DatabaseOrTransaction } from "../database.ts";
import { creditBalances } from "../schema/billing.ts";
import { interviews } from "../schema/interviews.ts";
import { users } from "../schema/users.ts";
import { epochMs, subscriptionsJsonOf } from "./billing.ts";
import { preparedPerDatabase } from "./prepared-query.ts";

const i = interviews;

/** Newest first: { id, status, difficulty, overallPercent, createdAtMs, endedAtMs, topics }. */
const interviewsJson = sql<unknown>`coalesce((
  select json_agg(json_build_object(
    'id', ${i.id}, 'status', ${i.status}, 'difficulty', ${i.plan} ->> 'difficulty',
    'overallPercent', ${i.overallPercent},
    'createdAtMs', ${epochMs(i.createdAt)}, 'endedAtMs', ${epochMs(i.endedAt)},
    'topics', (
      select json_agg(json_build_object('topic', topic ->> 'topic', 'percent', topic -> 'percent'))
      from jsonb_array_elements(case when jsonb_typeof(${i.report} -> 'topics') = 'array'
        then ${i.report} -> 'topics' else '[]'::jsonb end) as topic
    )
  ) order by ${i.createdAt} desc)
  from ${i} where ${i.userId} = ${users.id}
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
