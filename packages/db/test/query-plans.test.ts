// Every hot query the app runs can be served by an index. With sequential scans disabled the planner
// still picks a Seq Scan when no index fits, so "no Seq Scan in the plan" means an index exists for
// it (on tiny test tables the planner would otherwise prefer a scan whatever the indexes).
import { and, asc, desc, eq, gt, isNotNull, isNull, lte, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../src/database.ts";
import { schema } from "../src/index.ts";
import { createTestDatabase, type TestDatabase } from "../src/testing/test-database.ts";

const USER = "00000000-0000-4000-8000-000000000001";
const ID = "00000000-0000-4000-8000-000000000002";
const NOW = new Date("2026-01-01T00:00:00Z");

/** The app's hot queries, built with the same query builder calls the services use. */
function hotQueries(db: Database) {
  const { users, sessions, refreshTokens, emailTokens, interviews, interviewTurns, creditLedger, mailOutbox } = schema;
  return {
    "viewer (session + user)": db
      .select({ id: users.id })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(
        and(
          eq(sessions.id, ID),
          eq(sessions.userId, USER),
          isNull(sessions.revokedAt),
          gt(sessions.expiresAt, NOW),
          isNotNull(users.emailVerifiedAt),
        ),
      ),
    "user by email": db
      .select()
      .from(users)
      .where(eq(sql`lower(${users.email})`, "a@example.com")),
    "refresh token by hash": db.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, "x")),
    "email token by hash": db.select().from(emailTokens).where(eq(emailTokens.tokenHash, "x")),
    "sessions of a user": db.select().from(sessions).where(eq(sessions.userId, USER)),
    "interviews of a user, newest first": db
      .select()
      .from(interviews)
      .where(eq(interviews.userId, USER))
      .orderBy(desc(interviews.createdAt))
      .limit(21),
    "turns of an interview": db
      .select()
      .from(interviewTurns)
      .where(eq(interviewTurns.interviewId, ID))
      .orderBy(asc(interviewTurns.position)),
    "seen questions of a user": db
      .select({ questionId: interviewTurns.questionId })
      .from(interviewTurns)
      .innerJoin(interviews, eq(interviews.id, interviewTurns.interviewId))
      .where(eq(interviews.userId, USER)),
    "ledger page of a user": db
      .select()
      .from(creditLedger)
      .where(eq(creditLedger.userId, USER))
      .orderBy(desc(creditLedger.seq))
      .limit(20),
    "spend of an interview": db.select().from(creditLedger).where(eq(creditLedger.idempotencyKey, "interview_spend:x")),
    "running interviews for the deadline sweeper": db
      .select()
      .from(interviews)
      .where(and(eq(interviews.status, "active"), isNotNull(interviews.startedAt)))
      .limit(50),
    "due mail": db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.status, "pending"), lte(mailOutbox.nextAttemptAt, NOW)))
      .orderBy(asc(mailOutbox.nextAttemptAt))
      .limit(10),
  };
}

describe("query plans", () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(async () => {
    await testDb.dispose();
  });

  it("every hot query has an index to use", async () => {
    const { db, raw } = testDb.handle;
    const explain = async (query: { toSQL(): { sql: string; params: unknown[] } }) => {
      const { sql: text, params } = query.toSQL();
      if (raw.engine === "postgres") {
        return raw.client.begin(async (tx) => {
          await tx.unsafe("set local enable_seqscan = off");
          const rows = await tx.unsafe(`explain ${text}`, params as never[]);
          return rows.map((row) => String(row["QUERY PLAN"])).join("\n");
        });
      }
      return raw.client.transaction(async (tx) => {
        await tx.query("set local enable_seqscan = off");
        const result = await tx.query<{ "QUERY PLAN": string }>(`explain ${text}`, params);
        return result.rows.map((row) => row["QUERY PLAN"]).join("\n");
      });
    };
    const plans: Record<string, string> = {};
    for (const [name, query] of Object.entries(hotQueries(db))) plans[name] = await explain(query);
    for (const [name, plan] of Object.entries(plans)) {
      expect(plan, `${name}:\n${plan}`).not.toMatch(/Seq Scan/);
    }
  });
});
