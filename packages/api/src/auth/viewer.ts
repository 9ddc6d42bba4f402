// Who is making a request: resolved from access-token claims with one prepared statement that also
// checks the session is live and the account is verified. It runs on every protected call, so it
// returns the account columns the cheap reads need (account.me) as well: no second read of the user.
import { type DatabaseOrTransaction, preparedPerDatabase, schema } from "@interviewer/db";
import { and, eq, gt, isNotNull, isNull, sql } from "drizzle-orm";
import type { AccessTokenClaims } from "./access-token.ts";

export interface Viewer {
  userId: string;
  sessionId: string;
  email: string;
  displayName: string;
  /** Always set: an unverified account has no viewer. */
  emailVerifiedAt: Date | null;
  /** False for accounts that only ever signed in with GitHub. */
  hasPassword: boolean;
  createdAt: Date;
}

const { users, sessions } = schema;

const activeViewer = preparedPerDatabase((db) =>
  db
    .select({
      userId: users.id,
      sessionId: sessions.id,
      email: users.email,
      displayName: users.displayName,
      emailVerifiedAt: users.emailVerifiedAt,
      hasPassword: sql<boolean>`${users.passwordHash} is not null`.mapWith(Boolean),
      createdAt: users.createdAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.id, sql.placeholder("sessionId")),
        eq(sessions.userId, sql.placeholder("userId")),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, sql.placeholder("now")),
        isNotNull(users.emailVerifiedAt),
      ),
    )
    .limit(1)
    .prepare("auth_active_viewer"),
);

export async function findActiveViewer(
  db: DatabaseOrTransaction,
  claims: AccessTokenClaims,
  now: Date,
): Promise<Viewer | undefined> {
  // Placeholders are bound without the column's encoder, so the instant goes as ISO text (both drivers).
  const [row] = await activeViewer(db).execute({
    sessionId: claims.sessionId,
    userId: claims.userId,
    now: now.toISOString(),
  });
  return row;
}
