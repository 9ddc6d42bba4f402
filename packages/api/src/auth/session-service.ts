// Sessions and their refresh-token families. A session is one signed-in device. Its refresh token
// rotates on every use; presenting a token that was already rotated means a copy exists somewhere
// else (theft or a replay), so the whole family is revoked. Expiry: 14 days idle, 60 days absolute.
import { type DatabaseOrTransaction, schema } from "@interviewer/db";
import { and, eq, gt, isNull, ne } from "drizzle-orm";
import { DomainError } from "../errors.ts";
import type { ApiDependencies, RequestInfo } from "../trpc.ts";
import { generateSecretToken, hashSecretToken } from "./secret-token.ts";

export const REFRESH_IDLE_TTL_MS = 14 * 24 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_TTL_MS = 60 * 24 * 60 * 60 * 1000;

export type AuthMethod = "password" | "github" | "email_verification";

export interface IssuedTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  sessionId: string;
}

type SessionDeps = Pick<ApiDependencies, "clock" | "accessTokens">;

function sessionEnded(): DomainError {
  return new DomainError("UNAUTHORIZED", "SESSION_ENDED", "Your session has ended. Sign in again.");
}

export async function startSession(
  db: DatabaseOrTransaction,
  deps: SessionDeps,
  input: { userId: string; authMethod: AuthMethod; request: Pick<RequestInfo, "ip" | "userAgent"> },
): Promise<IssuedTokens> {
  const now = deps.clock.now();
  const [session] = await db
    .insert(schema.sessions)
    .values({
      userId: input.userId,
      authMethod: input.authMethod,
      userAgent: input.request.userAgent?.slice(0, 512) ?? null,
      ip: input.request.ip,
      createdAt: now,
      lastUsedAt: now,
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_TTL_MS),
    })
    .returning();
  if (!session) throw new Error("session insert returned nothing");
  return issueTokens(db, deps, session);
}

async function issueTokens(
  db: DatabaseOrTransaction,
  deps: SessionDeps,
  session: { id: string; userId: string; expiresAt: Date },
): Promise<IssuedTokens> {
  const now = deps.clock.now();
  const refreshToken = generateSecretToken();
  const refreshTokenExpiresAt = new Date(Math.min(now.getTime() + REFRESH_IDLE_TTL_MS, session.expiresAt.getTime()));
  await db.insert(schema.refreshTokens).values({
    sessionId: session.id,
    tokenHash: hashSecretToken(refreshToken),
    createdAt: now,
    expiresAt: refreshTokenExpiresAt,
  });
  const access = await deps.accessTokens.sign({ userId: session.userId, sessionId: session.id });
  return {
    accessToken: access.token,
    accessTokenExpiresAt: access.expiresAt,
    refreshToken,
    refreshTokenExpiresAt,
    sessionId: session.id,
  };
}

/**
 * Exchanges a refresh token for a new pair. The old token is marked rotated with a conditional
 * update, so of two concurrent exchanges of one token exactly one wins and the other counts as reuse.
 */
export async function rotateRefreshToken(
  deps: SessionDeps & Pick<ApiDependencies, "db">,
  refreshToken: string,
  logger: RequestInfo["logger"],
): Promise<IssuedTokens & { userId: string }> {
  const now = deps.clock.now();
  const { refreshTokens, sessions } = schema;
  const outcome = await deps.db.transaction(async (tx) => {
    const [found] = await tx
      .select({ token: refreshTokens, session: sessions })
      .from(refreshTokens)
      .innerJoin(sessions, eq(sessions.id, refreshTokens.sessionId))
      .where(eq(refreshTokens.tokenHash, hashSecretToken(refreshToken)))
      .limit(1);
    if (!found) return { kind: "unknown" as const };
    const { token, session } = found;
    if (session.revokedAt || session.expiresAt <= now) return { kind: "ended" as const };

    const [claimed] = await tx
      .update(refreshTokens)
      .set({ rotatedAt: now })
      .where(and(eq(refreshTokens.id, token.id), isNull(refreshTokens.rotatedAt)))
      .returning({ id: refreshTokens.id });
    if (!claimed) {
      await revokeSessions(tx, now, { sessionId: session.id }, "refresh_token_reuse");
      return { kind: "reused" as const, sessionId: session.id, userId: session.userId };
    }
    if (token.expiresAt <= now) return { kind: "ended" as const };

    await tx.update(sessions).set({ lastUsedAt: now }).where(eq(sessions.id, session.id));
    const tokens = await issueTokens(tx, deps, session);
    return { kind: "rotated" as const, tokens: { ...tokens, userId: session.userId } };
  });

  if (outcome.kind === "rotated") return outcome.tokens;
  if (outcome.kind === "reused") {
    logger.warn(
      { sessionId: outcome.sessionId, userId: outcome.userId, event: "refresh_token_reuse" },
      "a rotated refresh token was presented again; the whole session was revoked",
    );
  }
  throw sessionEnded();
}

export async function revokeSessions(
  db: DatabaseOrTransaction,
  now: Date,
  which: { sessionId: string } | { userId: string; exceptSessionId?: string },
  reason: string,
): Promise<number> {
  const { sessions } = schema;
  const target =
    "sessionId" in which
      ? eq(sessions.id, which.sessionId)
      : which.exceptSessionId
        ? and(eq(sessions.userId, which.userId), gt(sessions.expiresAt, now), ne(sessions.id, which.exceptSessionId))
        : eq(sessions.userId, which.userId);
  const revoked = await db
    .update(sessions)
    .set({ revokedAt: now, revokedReason: reason })
    .where(and(target, isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return revoked.length;
}

/** The session a refresh token belongs to, whatever its state (for logout). */
export async function findSessionIdByRefreshToken(
  db: DatabaseOrTransaction,
  refreshToken: string,
): Promise<string | undefined> {
  const [row] = await db
    .select({ sessionId: schema.refreshTokens.sessionId })
    .from(schema.refreshTokens)
    .where(eq(schema.refreshTokens.tokenHash, hashSecretToken(refreshToken)))
    .limit(1);
  return row?.sessionId;
}
