// Sessions and their refresh-token families. A session is one signed-in device. Its refresh token
// rotates on every use; presenting a token that was already rotated means a copy exists somewhere
// else (theft or a replay), so the whole family is revoked. Expiry: 14 days idle, 60 days absolute.
//
// Grace window (30 s, REFRESH_REUSE_GRACE_MS). One browser can present one refresh cookie several
// times at once: tabs restored together each refresh before any of them sees the rotated cookie.
// So the token rotated last in a family, presented again within 30 s of its rotation, gets the SAME
// successor back (with a fresh access token) instead of revoking the family. Everything else that
// presents a rotated token still revokes the whole family:
// - after the window (the replay comes more than 30 s after the rotation);
// - any token whose successor has itself been rotated (only the immediate predecessor of the live
//   token gets grace; a grand-predecessor is never a tab that merely lost a race);
// - when the successor is no longer usable (expired, or the session ended).
// Why the same successor and not a new sibling token: siblings would be independent live branches
// of one family, so a thief replaying a token within the window would get a branch of their own
// that never collides with the owner's. With one successor, thief and owner hold the same token and
// whichever rotates it second trips the reuse check: theft is still detected.
// How the successor is "the same": only hashes of refresh tokens are stored, so at rotation the
// successor's plaintext is kept sealed (AES-256-GCM) in the rotated token's row, under a key derived
// (HKDF-SHA256) from the rotated token's own plaintext, which is never stored. Only someone who
// presents the rotated token can open it, which is exactly who the window serves; a database leak
// opens nothing. (A successor derived from the old token without a server secret would let a thief
// compute it after the window; the API has no server-side key of its own for an HMAC.)
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { type AuthMethod, type DatabaseOrTransaction, type SessionRevocationReason, schema } from "@interviewer/db";
import { and, eq, gt, isNull, ne } from "drizzle-orm";
import type { ApiDependencies, RequestInfo } from "../context.ts";
import { DomainError } from "../errors.ts";
import { generateSecretToken, hashSecretToken } from "./secret-token.ts";

export const REFRESH_IDLE_TTL_MS = 14 * 24 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_TTL_MS = 60 * 24 * 60 * 60 * 1000;
/** How long after a rotation the rotated token may be presented again for the same successor. */
export const REFRESH_REUSE_GRACE_MS = 30 * 1000;

export type { AuthMethod };

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
  successor?: { refreshToken: string; parentId: string },
): Promise<IssuedTokens> {
  const now = deps.clock.now();
  const refreshToken = successor?.refreshToken ?? generateSecretToken();
  const refreshTokenExpiresAt = new Date(Math.min(now.getTime() + REFRESH_IDLE_TTL_MS, session.expiresAt.getTime()));
  await db.insert(schema.refreshTokens).values({
    sessionId: session.id,
    tokenHash: hashSecretToken(refreshToken),
    createdAt: now,
    expiresAt: refreshTokenExpiresAt,
    parentId: successor?.parentId ?? null,
  });
  return withAccessToken(deps, session, { refreshToken, refreshTokenExpiresAt });
}

async function withAccessToken(
  deps: SessionDeps,
  session: { id: string; userId: string },
  refresh: { refreshToken: string; refreshTokenExpiresAt: Date },
): Promise<IssuedTokens> {
  const access = await deps.accessTokens.sign({ userId: session.userId, sessionId: session.id });
  return {
    accessToken: access.token,
    accessTokenExpiresAt: access.expiresAt,
    ...refresh,
    sessionId: session.id,
  };
}

// The successor sealed for the grace window: AES-256-GCM, key = HKDF-SHA256 of the rotated token
// (whose stored hash is a plain SHA-256, so the key is not derivable from anything in the database),
// bound to the rotated token's row id. Format: "v1.<iv>.<ciphertext>.<tag>", base64url.
const SEAL_INFO = "interviewer refresh-token successor v1";

function sealingKey(rotatedToken: string): Buffer {
  return Buffer.from(hkdfSync("sha256", rotatedToken, "", SEAL_INFO, 32));
}

function sealSuccessor(rotatedToken: string, rotatedTokenId: string, successor: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", sealingKey(rotatedToken), iv);
  cipher.setAAD(Buffer.from(rotatedTokenId, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(successor, "utf8"), cipher.final()]);
  return ["v1", iv, ciphertext, cipher.getAuthTag()].map((part) => part.toString("base64url")).join(".");
}

function openSealedSuccessor(rotatedToken: string, rotatedTokenId: string, sealed: string): string | undefined {
  const [version, iv, ciphertext, tag] = sealed.split(".");
  if (version !== "v1" || !iv || !ciphertext || !tag) return undefined;
  try {
    const decipher = createDecipheriv("aes-256-gcm", sealingKey(rotatedToken), Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(rotatedTokenId, "utf8"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return undefined;
  }
}

/**
 * Exchanges a refresh token for a new pair. The old token is marked rotated with a conditional
 * update, so of concurrent exchanges of one token exactly one rotates it; the others are replays,
 * which get the same successor within the grace window (see the module header) and revoke the
 * family otherwise.
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

    if (!token.rotatedAt) {
      if (token.expiresAt <= now) return { kind: "ended" as const };
      const successor = generateSecretToken();
      // Of concurrent exchanges, the first to commit this update wins; the others wait for it on the
      // row lock (PostgreSQL) or the single connection (PGlite), then find the token rotated.
      const [claimed] = await tx
        .update(refreshTokens)
        .set({ rotatedAt: now, sealedSuccessor: sealSuccessor(refreshToken, token.id, successor) })
        .where(and(eq(refreshTokens.id, token.id), isNull(refreshTokens.rotatedAt)))
        .returning({ id: refreshTokens.id });
      if (claimed) {
        await tx.update(sessions).set({ lastUsedAt: now }).where(eq(sessions.id, session.id));
        const tokens = await issueTokens(tx, deps, session, { refreshToken: successor, parentId: token.id });
        return { kind: "rotated" as const, tokens: { ...tokens, userId: session.userId } };
      }
    }

    const replayed = await successorWithinGrace(tx, now, refreshToken, token.id);
    if (replayed) {
      await tx.update(sessions).set({ lastUsedAt: now }).where(eq(sessions.id, session.id));
      const tokens = await withAccessToken(deps, session, replayed);
      return { kind: "replayed" as const, tokens: { ...tokens, userId: session.userId } };
    }
    await revokeSessions(tx, now, { sessionId: session.id }, "refresh_token_reuse");
    return { kind: "reused" as const, sessionId: session.id, userId: session.userId };
  });

  if (outcome.kind === "rotated") return outcome.tokens;
  if (outcome.kind === "replayed") {
    logger.info(
      { sessionId: outcome.tokens.sessionId, userId: outcome.tokens.userId, event: "refresh_token_grace_replay" },
      "a just-rotated refresh token was presented again within the grace window; returned the same successor",
    );
    return outcome.tokens;
  }
  if (outcome.kind === "reused") {
    logger.warn(
      { sessionId: outcome.sessionId, userId: outcome.userId, event: "refresh_token_reuse" },
      "a rotated refresh token was presented again; the whole session was revoked",
    );
  }
  throw sessionEnded();
}

/**
 * The successor of a rotated token, if presenting that token again still counts as the same client
 * racing itself: rotated at most REFRESH_REUSE_GRACE_MS ago, and its successor is the family's live
 * token (not rotated itself, not expired). Reads the rows afresh: a concurrent exchange that won the
 * race has committed by now. The successor's row is locked so it cannot rotate while we hand it out.
 */
async function successorWithinGrace(
  tx: DatabaseOrTransaction,
  now: Date,
  presented: string,
  rotatedTokenId: string,
): Promise<{ refreshToken: string; refreshTokenExpiresAt: Date } | undefined> {
  const { refreshTokens } = schema;
  const [rotated] = await tx
    .select({ rotatedAt: refreshTokens.rotatedAt, sealedSuccessor: refreshTokens.sealedSuccessor })
    .from(refreshTokens)
    .where(eq(refreshTokens.id, rotatedTokenId));
  if (!rotated?.rotatedAt || !rotated.sealedSuccessor) return undefined;
  // Negative when another instance whose clock runs a little ahead did the rotation: still "just now".
  const sinceRotation = now.getTime() - rotated.rotatedAt.getTime();
  if (sinceRotation > REFRESH_REUSE_GRACE_MS) return undefined;

  const [successor] = await tx
    .select()
    .from(refreshTokens)
    .where(eq(refreshTokens.parentId, rotatedTokenId))
    .for("update");
  if (!successor || successor.rotatedAt || successor.expiresAt <= now) return undefined;
  const plaintext = openSealedSuccessor(presented, rotatedTokenId, rotated.sealedSuccessor);
  if (!plaintext || hashSecretToken(plaintext) !== successor.tokenHash) return undefined;
  return { refreshToken: plaintext, refreshTokenExpiresAt: successor.expiresAt };
}

export async function revokeSessions(
  db: DatabaseOrTransaction,
  now: Date,
  which: { sessionId: string } | { userId: string; exceptSessionId?: string },
  reason: SessionRevocationReason,
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
