// Single-use tokens sent by email (verify the address, reset the password). Consuming one is one
// conditional UPDATE, so a token works once even when the link is clicked twice at the same time.
// requireUsableEmailToken only reads: it lets a caller refuse a bad token before doing costly work
// (hashing a new password), then consume it for real in the transaction that uses it.
import { type DatabaseOrTransaction, type EmailTokenPurpose, schema } from "@interviewer/db";
import { and, eq, gt, isNull } from "drizzle-orm";
import { DomainError } from "../errors.ts";
import type { Clock } from "../shared/clock.ts";
import { generateSecretToken, hashSecretToken } from "./secret-token.ts";

export type { EmailTokenPurpose };

export const EMAIL_TOKEN_TTL_MS: Record<EmailTokenPurpose, number> = {
  verify_email: 24 * 60 * 60 * 1000,
  reset_password: 30 * 60 * 1000,
};

export async function createEmailToken(
  db: DatabaseOrTransaction,
  clock: Clock,
  userId: string,
  purpose: EmailTokenPurpose,
): Promise<string> {
  const token = generateSecretToken();
  const now = clock.now();
  await db.insert(schema.emailTokens).values({
    userId,
    purpose,
    tokenHash: hashSecretToken(token),
    createdAt: now,
    expiresAt: new Date(now.getTime() + EMAIL_TOKEN_TTL_MS[purpose]),
  });
  return token;
}

function invalidToken(purpose: EmailTokenPurpose): DomainError {
  return new DomainError(
    "BAD_REQUEST",
    "INVALID_TOKEN",
    purpose === "verify_email"
      ? "This verification link has expired or was already used. Ask for a new one."
      : "This reset link has expired or was already used. Ask for a new one.",
  );
}

function usableToken(token: string, purpose: EmailTokenPurpose, now: Date) {
  const { emailTokens } = schema;
  return and(
    eq(emailTokens.tokenHash, hashSecretToken(token)),
    eq(emailTokens.purpose, purpose),
    isNull(emailTokens.usedAt),
    gt(emailTokens.expiresAt, now),
  );
}

/**
 * Checks without using it up that the token is unknown, used or expired (throws INVALID_TOKEN, the
 * same error as consumeEmailToken). Not a guarantee: consume it in the transaction that acts on it.
 */
export async function requireUsableEmailToken(
  db: DatabaseOrTransaction,
  clock: Clock,
  token: string,
  purpose: EmailTokenPurpose,
): Promise<void> {
  const [usable] = await db
    .select({ userId: schema.emailTokens.userId })
    .from(schema.emailTokens)
    .where(usableToken(token, purpose, clock.now()))
    .limit(1);
  if (!usable) throw invalidToken(purpose);
}

/** Marks the token used and returns its user; the same error for unknown, used and expired tokens. */
export async function consumeEmailToken(
  db: DatabaseOrTransaction,
  clock: Clock,
  token: string,
  purpose: EmailTokenPurpose,
): Promise<string> {
  const now = clock.now();
  const [used] = await db
    .update(schema.emailTokens)
    .set({ usedAt: now })
    .where(usableToken(token, purpose, now))
    .returning({ userId: schema.emailTokens.userId });
  if (!used) throw invalidToken(purpose);
  return used.userId;
}

/** After a reset, older outstanding links of the same kind must not work either. */
export async function invalidateEmailTokens(
  db: DatabaseOrTransaction,
  clock: Clock,
  userId: string,
  purpose: EmailTokenPurpose,
): Promise<void> {
  const { emailTokens } = schema;
  await db
    .update(emailTokens)
    .set({ usedAt: clock.now() })
    .where(and(eq(emailTokens.userId, userId), eq(emailTokens.purpose, purpose), isNull(emailTokens.usedAt)));
}
