// Brute-force protection per account AND client address. The account is keyed by its lower-cased
// email whether or not it exists (so the delay reveals nothing); the client by clientAddressKey(ip).
// The first FREE_ATTEMPTS failures cost nothing; after that each failure doubles a waiting time,
// capped at MAX_DELAY_MS. It is a delay, never a lock, and a success clears it.
//
// Why per client: a delay keyed on the account alone is one any stranger can keep at the cap to lock
// the owner out. Keyed on account + client, a stranger's failures slow only the stranger; guessing
// from many addresses is bounded by the per-client rate limit on auth.login and by the password
// policy (length, no common passwords). A password reset clears the account's delays on every client.
//
// Atomic: an attempt is reserved (counted as a failure) under a row lock BEFORE the password is
// checked, and cleared when it proves right. Parallel attempts (a batch of twelve guesses and the
// right password last) therefore see each other's counts instead of all reading "not delayed".
import { type Database, type DatabaseOrTransaction, schema } from "@interviewer/db";
import { and, eq, sql } from "drizzle-orm";
import { DomainError } from "../errors.ts";

export const FREE_ATTEMPTS = 5;
export const MAX_DELAY_MS = 15 * 60 * 1000;
/** Failures older than this are forgotten, so an occasional typo over months never adds up. */
export const FAILURE_MEMORY_MS = 24 * 60 * 60 * 1000;

export interface LoginThrottleKey {
  emailKey: string;
  clientKey: string;
}

export function delayAfterFailures(failures: number): number {
  if (failures <= FREE_ATTEMPTS) return 0;
  return Math.min(1000 * 2 ** (failures - FREE_ATTEMPTS - 1), MAX_DELAY_MS);
}

/**
 * Counts one attempt for this account and client, or refuses it with LOGIN_DELAYED while an earlier
 * failure's delay runs. Call clearLoginFailures when the password proves right.
 */
export async function reserveLoginAttempt(db: Database, key: LoginThrottleKey, now: Date): Promise<void> {
  const { loginThrottles } = schema;
  await db.transaction(async (tx) => {
    // The no-op update makes the upsert return the existing row and lock it until commit.
    const [row] = await tx
      .insert(loginThrottles)
      .values({ ...key, failures: 0, lastFailureAt: now, blockedUntil: now })
      .onConflictDoUpdate({
        target: [loginThrottles.emailKey, loginThrottles.clientKey],
        set: { emailKey: sql`excluded.email_key` },
      })
      .returning({
        failures: loginThrottles.failures,
        lastFailureAt: loginThrottles.lastFailureAt,
        blockedUntil: loginThrottles.blockedUntil,
      });
    if (!row) throw new Error("login throttle upsert returned nothing");
    if (row.blockedUntil > now) {
      const retryAfterSeconds = Math.ceil((row.blockedUntil.getTime() - now.getTime()) / 1000);
      throw new DomainError(
        "TOO_MANY_REQUESTS",
        "LOGIN_DELAYED",
        `Too many failed attempts. Try again in ${retryAfterSeconds} seconds, or reset your password.`,
        { retryAfterSeconds },
      );
    }
    const remembered = now.getTime() - row.lastFailureAt.getTime() > FAILURE_MEMORY_MS ? 0 : row.failures;
    const failures = remembered + 1;
    await tx
      .update(loginThrottles)
      .set({ failures, lastFailureAt: now, blockedUntil: new Date(now.getTime() + delayAfterFailures(failures)) })
      .where(byKey(key));
  });
}

/** The password proved right from this client: forget its failures. */
export async function clearLoginFailures(db: DatabaseOrTransaction, key: LoginThrottleKey): Promise<void> {
  await db.delete(schema.loginThrottles).where(byKey(key));
}

/** The owner proved the address (password reset): forget the failures of every client. */
export async function clearAccountLoginFailures(db: DatabaseOrTransaction, emailKey: string): Promise<void> {
  await db.delete(schema.loginThrottles).where(eq(schema.loginThrottles.emailKey, emailKey));
}

function byKey(key: LoginThrottleKey) {
  return and(eq(schema.loginThrottles.emailKey, key.emailKey), eq(schema.loginThrottles.clientKey, key.clientKey));
}
