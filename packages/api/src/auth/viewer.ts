// Who is making a request: resolved from access-token claims with one query that also checks the
// session is live and the account is verified.
import { type DatabaseOrTransaction, schema } from "@interviewer/db";
import { and, eq, gt, isNotNull, isNull } from "drizzle-orm";
import type { AccessTokenClaims } from "./access-token.ts";

export interface Viewer {
  userId: string;
  sessionId: string;
  email: string;
  displayName: string;
}

export async function findActiveViewer(
  db: DatabaseOrTransaction,
  claims: AccessTokenClaims,
  now: Date,
): Promise<Viewer | undefined> {
  const { users, sessions } = schema;
  const [row] = await db
    .select({ userId: users.id, sessionId: sessions.id, email: users.email, displayName: users.displayName })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.id, claims.sessionId),
        eq(sessions.userId, claims.userId),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, now),
        isNotNull(users.emailVerifiedAt),
      ),
    )
    .limit(1);
  return row;
}
