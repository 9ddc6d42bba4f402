// Billing reads other domains (and billing's own hot paths) run in one statement each. JSON
// aggregates come back as `unknown`: the API's billing codec is the one place they become typed
// values, so a change of shape here fails loudly there instead of flowing on silently.
import { and, eq, notInArray, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { DatabaseOrTransaction } from "../database.ts";
import { billingSubscriptions, creditBalances } from "../schema/billing.ts";
import { users } from "../schema/users.ts";
import { preparedPerDatabase } from "./prepared-query.ts";

/** A timestamp as epoch milliseconds inside a JSON aggregate (JSON has no dates). */
export function epochMs(column: SQLWrapper): SQL {
  return sql`floor(extract(epoch from ${column}) * 1000)`;
}

/**
 * Every subscription of the user whose id `userId` is, newest first, as a JSON array of
 * { status, plan, renewsAtMs, endsAtMs }: what the billing status is computed from.
 */
export function subscriptionsJsonOf(userId: SQLWrapper): SQL<unknown> {
  const s = billingSubscriptions;
  return sql<unknown>`coalesce((
    select json_agg(json_build_object(
      'status', ${s.status}, 'plan', ${s.plan},
      'renewsAtMs', ${epochMs(s.renewsAt)}, 'endsAtMs', ${epochMs(s.endsAt)}
    ) order by ${s.lsCreatedAt} desc)
    from ${s} where ${s.userId} = ${userId}
  ), '[]'::json)`;
}

const billingOverview = preparedPerDatabase((db) =>
  db
    .select({
      individual: creditBalances.individual,
      subscription: creditBalances.subscription,
      subscriptions: subscriptionsJsonOf(users.id),
    })
    .from(users)
    .leftJoin(creditBalances, eq(creditBalances.userId, users.id))
    .where(eq(users.id, sql.placeholder("userId")))
    .prepare("billing_overview"),
);

/**
 * The user's credit balance and every subscription they hold, in one prepared statement.
 * `undefined` when the account does not exist.
 */
export async function readBillingOverview(db: DatabaseOrTransaction, params: { userId: string }) {
  const [row] = await billingOverview(db).execute(params);
  return row;
}

/**
 * The subscriptions that still charge the user (anything not cancelled or expired): what must be
 * cancelled with the provider before the account may be deleted.
 */
export async function listChargingSubscriptionIds(db: DatabaseOrTransaction, params: { userId: string }) {
  const rows = await db
    .select({ id: billingSubscriptions.lsSubscriptionId })
    .from(billingSubscriptions)
    .where(
      and(
        eq(billingSubscriptions.userId, params.userId),
        notInArray(billingSubscriptions.status, ["cancelled", "expired"]),
      ),
    );
  return rows.map((row) => row.id);
}
