// Email + password accounts: sign-up with verification, login, refresh, logout, password reset.
// Every answer that could reveal whether an email is registered is the same for both cases
// (sign-up, resend, reset request), and login spends the same hashing work for unknown emails.
import { retryOnceOnUniqueViolation, schema } from "@interviewer/db";
import { eq } from "drizzle-orm";
import type { ApiDependencies, RequestInfo } from "../context.ts";
import { DomainError } from "../errors.ts";
import { enqueueMail } from "../mail/outbox.ts";
import { clientAddressKey } from "../rate-limit/client-address-key.ts";
import { createAccount } from "./create-account.ts";
import {
  consumeEmailToken,
  createEmailToken,
  EMAIL_TOKEN_TTL_MS,
  invalidateEmailTokens,
  requireUsableEmailToken,
} from "./email-token.ts";
import { emailKey, findUserByEmail, findUserById } from "./find-user.ts";
import { clearAccountLoginFailures, clearLoginFailures, reserveLoginAttempt } from "./login-throttle.ts";
import { hashPassword, verifyPasswordOrDummy } from "./password-hashing.ts";
import { type IssuedTokens, revokeSessions, startSession } from "./session-service.ts";

type AuthDeps = Pick<ApiDependencies, "db" | "clock" | "accessTokens" | "settings">;

export interface SignedIn {
  tokens: IssuedTokens;
  user: { id: string; email: string; displayName: string };
}

export const SIGN_UP_MESSAGE = "Check your inbox: we sent a link to confirm your email address.";
export const RESET_REQUESTED_MESSAGE =
  "If an account exists for that address, we sent it a link to reset the password. It works for 30 minutes.";

function link(deps: AuthDeps, path: string, token?: string): string {
  const url = new URL(path, `${deps.settings.publicUrl}/`);
  if (token) url.searchParams.set("token", token);
  return url.toString();
}

export async function signUp(
  deps: AuthDeps,
  input: { email: string; password: string; displayName: string },
): Promise<{ status: "verification_sent"; message: string }> {
  // Hash before looking anything up, so both paths take the same time.
  const passwordHash = await hashPassword(input.password);
  // Concurrent sign-ups of one new email race on the unique index; the loser runs again and takes
  // the "already registered" path, as if it had come second.
  await retryOnceOnUniqueViolation(() => createAccountOrNotifyOwner(deps, input, passwordHash));
  return { status: "verification_sent", message: SIGN_UP_MESSAGE };
}

async function createAccountOrNotifyOwner(
  deps: AuthDeps,
  input: { email: string; displayName: string },
  passwordHash: string,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const existing = await findUserByEmail(tx, input.email);
    if (existing) {
      await enqueueMail(tx, deps.clock, existing.email, "already_registered", {
        displayName: existing.displayName,
        signInUrl: link(deps, "/sign-in"),
        resetUrl: link(deps, "/forgot-password"),
      });
      return;
    }
    const user = await createAccount(tx, deps.clock, {
      email: input.email,
      displayName: input.displayName,
      passwordHash,
      emailVerified: false,
      freeCreditsOnSignup: deps.settings.billing.freeCreditsOnSignup,
    });
    const token = await createEmailToken(tx, deps.clock, user.id, "verify_email");
    await enqueueMail(tx, deps.clock, user.email, "verify_email", {
      displayName: user.displayName,
      verifyUrl: link(deps, "/verify-email", token),
      expiresInHours: EMAIL_TOKEN_TTL_MS.verify_email / 3_600_000,
    });
  });
}

export async function resendVerification(deps: AuthDeps, email: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const user = await findUserByEmail(tx, email);
    if (!user || user.emailVerifiedAt) return;
    const token = await createEmailToken(tx, deps.clock, user.id, "verify_email");
    await enqueueMail(tx, deps.clock, user.email, "verify_email", {
      displayName: user.displayName,
      verifyUrl: link(deps, "/verify-email", token),
      expiresInHours: EMAIL_TOKEN_TTL_MS.verify_email / 3_600_000,
    });
  });
}

export async function verifyEmail(
  deps: AuthDeps,
  token: string,
  request: Pick<RequestInfo, "ip" | "userAgent">,
): Promise<SignedIn> {
  return deps.db.transaction(async (tx) => {
    const userId = await consumeEmailToken(tx, deps.clock, token, "verify_email");
    const user = await findUserById(tx, userId);
    if (!user) throw new DomainError("BAD_REQUEST", "INVALID_TOKEN", "This verification link is no longer valid.");
    if (!user.emailVerifiedAt) {
      await tx
        .update(schema.users)
        .set({ emailVerifiedAt: deps.clock.now(), updatedAt: deps.clock.now() })
        .where(eq(schema.users.id, user.id));
      await enqueueMail(tx, deps.clock, user.email, "welcome", {
        displayName: user.displayName,
        dashboardUrl: link(deps, "/dashboard"),
      });
    }
    const tokens = await startSession(tx, deps, { userId: user.id, authMethod: "email_verification", request });
    return { tokens, user: { id: user.id, email: user.email, displayName: user.displayName } };
  });
}

export async function login(
  deps: AuthDeps,
  input: { email: string; password: string },
  request: Pick<RequestInfo, "ip" | "userAgent">,
): Promise<SignedIn> {
  const throttleKey = { emailKey: emailKey(input.email), clientKey: clientAddressKey(request.ip) };
  // Counted as a failure until the password proves right (see login-throttle.ts).
  await reserveLoginAttempt(deps.db, throttleKey, deps.clock.now());
  const user = await findUserByEmail(deps.db, input.email);
  const passwordMatches = await verifyPasswordOrDummy(user?.passwordHash, input.password);
  if (!user || !passwordMatches) {
    throw new DomainError("UNAUTHORIZED", "INVALID_CREDENTIALS", "The email or password is not correct.");
  }
  await clearLoginFailures(deps.db, throttleKey);
  // Only now, with the password proven, is it safe to say the account exists but is unverified.
  if (!user.emailVerifiedAt) {
    throw new DomainError(
      "FORBIDDEN",
      "EMAIL_NOT_VERIFIED",
      "Verify your email address first: use the link we sent you, or ask for a new one.",
    );
  }
  const tokens = await startSession(deps.db, deps, { userId: user.id, authMethod: "password", request });
  return { tokens, user: { id: user.id, email: user.email, displayName: user.displayName } };
}

export async function requestPasswordReset(deps: AuthDeps, email: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const user = await findUserByEmail(tx, email);
    if (!user) return;
    const token = await createEmailToken(tx, deps.clock, user.id, "reset_password");
    await enqueueMail(tx, deps.clock, user.email, "reset_password", {
      displayName: user.displayName,
      resetUrl: link(deps, "/reset-password", token),
      expiresInMinutes: EMAIL_TOKEN_TTL_MS.reset_password / 60_000,
    });
  });
}

/** Sets the new password and ends every session; the user signs in again with it. */
export async function resetPassword(deps: AuthDeps, input: { token: string; newPassword: string }): Promise<void> {
  // Hashing is the costly part (argon2, ~19 MiB and tens of ms), so a guessed token is refused
  // before it: otherwise anyone could queue unlimited hashing with random tokens. The check only
  // reads; the token is consumed below in the same transaction as the password change, so a crash
  // or a concurrent use of the link never leaves a used token without the new password.
  await requireUsableEmailToken(deps.db, deps.clock, input.token, "reset_password");
  const passwordHash = await hashPassword(input.newPassword);
  await deps.db.transaction(async (tx) => {
    // Re-checks the token (a second tab may have used it, or it expired while we hashed).
    const userId = await consumeEmailToken(tx, deps.clock, input.token, "reset_password");
    const user = await findUserById(tx, userId);
    if (!user) throw new DomainError("BAD_REQUEST", "INVALID_TOKEN", "This reset link is no longer valid.");
    const now = deps.clock.now();
    // Receiving the email proves the address, so a reset also verifies an unverified account.
    await tx
      .update(schema.users)
      .set({ passwordHash, updatedAt: now, emailVerifiedAt: user.emailVerifiedAt ?? now })
      .where(eq(schema.users.id, user.id));
    await invalidateEmailTokens(tx, deps.clock, user.id, "reset_password");
    await revokeSessions(tx, now, { userId: user.id }, "password_reset");
    await clearAccountLoginFailures(tx, emailKey(user.email));
    await enqueueMail(tx, deps.clock, user.email, "password_changed", {
      displayName: user.displayName,
      resetUrl: link(deps, "/forgot-password"),
    });
  });
}
