// Share-link reads and writes, as plain functions `(db, params)`. The public read (a link's report) is
// one prepared statement joining the link to its interview; it selects only what a stranger may see
// (plan, report, dates): no user, no email, no ids.
import { and, desc, eq, gt, isNotNull, isNull, or, type Placeholder, sql } from "drizzle-orm";
import type { DatabaseOrTransaction } from "../database.ts";
import { interviews } from "../schema/interviews.ts";
import { reportShares } from "../schema/sharing.ts";
import { users } from "../schema/users.ts";
import { preparedPerDatabase } from "./prepared-query.ts";

/** A link counts as live until it is revoked or its expiry has passed. */
function isLive(now: Date | Placeholder) {
  return and(isNull(reportShares.revokedAt), or(isNull(reportShares.expiresAt), gt(reportShares.expiresAt, now)));
}

/**
 * Inside the creating transaction: locks the owner's row (so two concurrent creations cannot both pass
 * the live-link cap), and reads in the same statement whether the interview is theirs and has a
 * report, and how many live links they hold. Undefined when the account is gone.
 */
export async function lockShareCreation(
  tx: DatabaseOrTransaction,
  params: { userId: string; interviewId: string; now: Date },
) {
  const [row] = await tx
    .select({
      interviewId: interviews.id,
      hasReport: isNotNull(interviews.report),
      liveLinks: sql<number>`(select count(*)::int from ${reportShares} where ${reportShares.userId} = ${users.id} and ${isLive(params.now)})`,
    })
    .from(users)
    .leftJoin(interviews, and(eq(interviews.id, params.interviewId), eq(interviews.userId, users.id)))
    .where(eq(users.id, params.userId))
    .for("update", { of: users });
  return row;
}

export async function insertReportShare(
  tx: DatabaseOrTransaction,
  values: {
    tokenHash: string;
    tokenPrefix: string;
    interviewId: string;
    userId: string;
    createdAt: Date;
    expiresAt: Date | null;
  },
) {
  const [row] = await tx.insert(reportShares).values(values).returning();
  if (!row) throw new Error("inserting a report share returned no row");
  return row;
}

/** The first line of the job description (job ads start with the role), cut short. */
const jobTitleLine = sql<
  string | null
>`left(split_part(btrim(${interviews.jobDescription}, E' \t\r\n'), E'\n', 1), 160)`;

/** The owner's links (newest first, at most `limit`), optionally of one interview, with what names it. */
export async function listReportShares(
  db: DatabaseOrTransaction,
  params: { userId: string; interviewId: string | null; limit: number },
) {
  return db
    .select({
      id: reportShares.id,
      tokenPrefix: reportShares.tokenPrefix,
      interviewId: reportShares.interviewId,
      createdAt: reportShares.createdAt,
      expiresAt: reportShares.expiresAt,
      revokedAt: reportShares.revokedAt,
      interviewCreatedAt: interviews.createdAt,
      jobTitleLine,
      jobLevel: sql<string | null>`${interviews.jobAnalysis} ->> 'level'`,
      jobDomain: sql<string | null>`${interviews.jobAnalysis} ->> 'domain'`,
      difficulty: sql<string | null>`${interviews.plan} ->> 'difficulty'`,
    })
    .from(reportShares)
    .innerJoin(interviews, eq(interviews.id, reportShares.interviewId))
    .where(
      and(
        eq(reportShares.userId, params.userId),
        params.interviewId === null ? undefined : eq(reportShares.interviewId, params.interviewId),
      ),
    )
    .orderBy(desc(reportShares.createdAt), desc(reportShares.id))
    .limit(params.limit);
}

/**
 * Revokes the owner's link (keeping the first revocation time when it was already revoked). Returns
 * the link, or undefined when there is no such link of theirs: one statement.
 */
export async function revokeReportShare(
  db: DatabaseOrTransaction,
  params: { userId: string; shareId: string; now: Date },
) {
  const [row] = await db
    .update(reportShares)
    // The time goes through the column's encoder (sql.param), as a plain value would in `set`.
    .set({ revokedAt: sql`coalesce(${reportShares.revokedAt}, ${sql.param(params.now, reportShares.revokedAt)})` })
    .where(and(eq(reportShares.id, params.shareId), eq(reportShares.userId, params.userId)))
    .returning({ id: reportShares.id, revokedAt: reportShares.revokedAt });
  return row;
}

const sharedReport = preparedPerDatabase((db) =>
  db
    .select({
      sharedAt: reportShares.createdAt,
      expiresAt: reportShares.expiresAt,
      plan: interviews.plan,
      report: interviews.report,
      interviewCreatedAt: interviews.createdAt,
      endedAt: interviews.endedAt,
    })
    .from(reportShares)
    .innerJoin(interviews, eq(interviews.id, reportShares.interviewId))
    .where(
      and(
        eq(reportShares.tokenHash, sql.placeholder("tokenHash")),
        isLive(sql.placeholder("now")),
        isNotNull(interviews.report),
      ),
    )
    .limit(1)
    .prepare("report_share_report"),
);

/** What a live link shows, by the hash of its token; undefined for an unknown, revoked or expired one. */
export async function findSharedReport(db: DatabaseOrTransaction, params: { tokenHash: string; now: Date }) {
  // A placeholder skips the column's encoder: the time goes as ISO text, which both drivers bind alike.
  const [row] = await sharedReport(db).execute({ tokenHash: params.tokenHash, now: params.now.toISOString() });
  return row;
}
