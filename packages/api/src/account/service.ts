// The signed-in user's own account: profile, sessions, password change, deletion. Reading the account
// costs one statement beyond the session check, whose viewer already carries the account's columns.
import { listLinkedGithubAccounts, schema } from "@interviewer/db";
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { emailKey, findUserById } from "../auth/find-user.ts";
import { hashPassword } from "../auth/password-hashing.ts";
import { revokeSessions } from "../auth/session-service.ts";
import type { Viewer } from "../auth/viewer.ts";
import {
  cancelSubscriptionsBeforeAccountDeletion,
  detachBillingRecordsForAccountDeletion,
} from "../billing/account-deletion.ts";
import type { ApiDependencies } from "../context.ts";
import { DomainError, notFound } from "../errors.ts";
import { enqueueMail } from "../mail/outbox.ts";
import { requireOwned } from "../shared/ownership.ts";
import { recheckPassword } from "./password-recheck.ts";

type AccountDeps = Pick<ApiDependencies, "db" | "clock" | "settings" | "billing">;

/** How recent a GitHub sign-in must be to stand in for a password when deleting the account. */
export const REAUTH_WINDOW_MS = 10 * 60 * 1000;

/** The account as the viewer statement read it, with its linked sign-in identities. */
export async function getMe(deps: Pick<AccountDeps, "db">, viewer: Viewer) {
  const providers = await listLinkedGithubAccounts(deps.db, { userId: viewer.userId });
  return {
    id: viewer.userId,
    email: viewer.email,
    displayName: viewer.displayName,
    emailVerified: viewer.emailVerifiedAt !== null,
    hasPassword: viewer.hasPassword,
    createdAt: viewer.createdAt,
    providers: providers.map((p) => ({ provider: "github" as const, login: p.login, linkedAt: p.linkedAt })),
  };
}

export async function updateProfile(deps: AccountDeps, viewer: Viewer, input: { displayName: string }) {
  const [updated] = await deps.db
    .update(schema.users)
    .set({ displayName: input.displayName, updatedAt: deps.clock.now() })
    .where(eq(schema.users.id, viewer.userId))
    .returning({ displayName: schema.users.displayName });
  if (!updated) throw notFound("Account");
  return getMe(deps, { ...viewer, displayName: updated.displayName });
}

export async function listSessions(deps: AccountDeps, viewer: Viewer) {
  const { sessions } = schema;
  const rows = await deps.db
    .select()
    .from(sessions)
    .where(
      and(eq(sessions.userId, viewer.userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, deps.clock.now())),
    )
    .orderBy(desc(sessions.lastUsedAt));
  return rows.map((s) => ({
    id: s.id,
    userAgent: s.userAgent,
    ip: s.ip,
    authMethod: s.authMethod,
    createdAt: s.createdAt,
    lastUsedAt: s.lastUsedAt,
    current: s.id === viewer.sessionId,
  }));
}

export async function revokeSession(deps: AccountDeps, viewer: Viewer, sessionId: string): Promise<void> {
  const [session] = await deps.db
    .select({ id: schema.sessions.id, userId: schema.sessions.userId })
    .from(schema.sessions)
    .where(eq(schema.sessions.id, sessionId))
    .limit(1);
  requireOwned(session, viewer, "Session");
  await revokeSessions(deps.db, deps.clock.now(), { sessionId }, "revoked_by_user");
}

/** Changes the password and signs out every other device (this one stays signed in). */
export async function changePassword(
  deps: AccountDeps,
  viewer: Viewer,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await findUserById(deps.db, viewer.userId);
  if (!user) throw notFound("Account");
  // No password to guess on an account without one: refused without counting.
  const passwordHash = user.passwordHash;
  if (
    !passwordHash ||
    !(await recheckPassword(deps.db, deps.clock.now(), { email: user.email, passwordHash }, input.currentPassword))
  ) {
    throw new DomainError("BAD_REQUEST", "WRONG_PASSWORD", "Your current password is not correct.", {
      fieldErrors: { currentPassword: ["Your current password is not correct."] },
    });
  }
  const newPasswordHash = await hashPassword(input.newPassword);
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    await tx
      .update(schema.users)
      .set({ passwordHash: newPasswordHash, updatedAt: now })
      .where(eq(schema.users.id, user.id));
    await revokeSessions(tx, now, { userId: user.id, exceptSessionId: viewer.sessionId }, "password_changed");
    await enqueueMail(tx, deps.clock, user.email, "password_changed", {
      displayName: user.displayName,
      resetUrl: new URL("/forgot-password", `${deps.settings.publicUrl}/`).toString(),
    });
  });
}

/**
 * Deletes the account and its personal data for real: the users row goes, and with it (ON DELETE
 * CASCADE) sessions, tokens, linked identities and interviews. Billing records the law requires
 * stay, detached from the person (see billing). Proof of identity: the password, or for accounts
 * without one a GitHub sign-in within the last 10 minutes.
 */
export async function deleteAccount(
  deps: AccountDeps,
  viewer: Viewer,
  input: { confirmEmail: string; password?: string | undefined },
): Promise<void> {
  const user = await findUserById(deps.db, viewer.userId);
  if (!user) throw notFound("Account");
  if (emailKey(input.confirmEmail) !== emailKey(user.email)) {
    throw new DomainError("BAD_REQUEST", "CONFIRMATION_MISMATCH", "Type your account's email address to confirm.", {
      fieldErrors: { confirmEmail: ["This is not your account's email address."] },
    });
  }
  const passwordHash = user.passwordHash;
  if (passwordHash) {
    // An empty answer is refused without counting: it guesses nothing.
    if (
      !input.password ||
      !(await recheckPassword(deps.db, deps.clock.now(), { email: user.email, passwordHash }, input.password))
    ) {
      throw new DomainError("BAD_REQUEST", "WRONG_PASSWORD", "Your password is not correct.", {
        fieldErrors: { password: ["Your password is not correct."] },
      });
    }
  } else {
    const [session] = await deps.db
      .select({ authMethod: schema.sessions.authMethod, createdAt: schema.sessions.createdAt })
      .from(schema.sessions)
      .where(eq(schema.sessions.id, viewer.sessionId))
      .limit(1);
    const recent =
      session?.authMethod === "github" && deps.clock.now().getTime() - session.createdAt.getTime() <= REAUTH_WINDOW_MS;
    if (!recent) {
      throw new DomainError(
        "PRECONDITION_FAILED",
        "REAUTHENTICATION_REQUIRED",
        "For your safety, sign in with GitHub again, then delete the account within 10 minutes.",
      );
    }
  }
  // Outside the transaction (it calls the payment provider); a failure refuses the deletion.
  await cancelSubscriptionsBeforeAccountDeletion(deps, user.id);
  await deps.db.transaction(async (tx) => {
    await detachBillingRecordsForAccountDeletion(tx, user.id);
    await tx.delete(schema.users).where(eq(schema.users.id, user.id));
    await enqueueMail(tx, deps.clock, user.email, "account_deleted", { displayName: user.displayName });
  });
}
