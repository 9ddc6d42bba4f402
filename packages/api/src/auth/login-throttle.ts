// Per-account brute-force protection, keyed by the lower-cased email whether or not an account
// exists (so it reveals nothing). The first FREE_ATTEMPTS failures cost nothing; after that each
// failure doubles a waiting time, capped at MAX_DELAY. It is a delay, never a lock: the owner can
// always sign in once it passes, and a success clears it. IP rate limits in front of the API stop
// one client from keeping a victim's delay at the cap.
import { type DatabaseOrTransaction, schema } from "@interviewer/db";
import { eq, sql } from "drizzle-orm";
import { DomainError } from "../errors.ts";

export const FREE_ATTEMPTS = 5;
export const MAX_DELAY_MS = 15 * 60 * 1000;

export function delayAfterFailures(failures: number): number {
  if (failures <= FREE_ATTEMPTS) return 0;
  return Math.min(1000 * 2 ** (failures - FREE_ATTEMPTS - 1), MAX_DELAY_MS);
}

export async function assertLoginAllowed(db: DatabaseOrTransaction, emailKey: string, now: Date): Promise<void> {
  const [row] = await db
    .select({ blockedUntil: schema.loginThrottles.blockedUntil })
    .from(schema.loginThrottles)
    .where(eq(schema.loginThrottles.emailKey, emailKey))
    .limit(1);
  if (row && row.blockedUntil > now) {
    const retryAfterSeconds = Math.ceil((row.blockedUntil.getTime() - now.getTime()) / 1000);
    throw new DomainError(
      "TOO_MANY_REQUESTS",
      "LOGIN_DELAYED",
      `Too many failed attempts. Try again in ${retryAfterSeconds} seconds, or reset your password.`,
      { retryAfterSeconds },
    );
  }
}

export async function recordLoginFailure(db: DatabaseOrTransaction, emailKey: string, now: Date): Promise<void> {
  const { loginThrottles } = schema;
  const [row] = await db
    .insert(loginThrottles)
    .values({ emailKey, failures: 1, lastFailureAt: now, blockedUntil: now })
    .onConflictDoUpdate({
      target: loginThrottles.emailKey,
      set: { failures: sql`${loginThrottles.failures} + 1`, lastFailureAt: now },
    })
    .returning({ failures: loginThrottles.failures });
  const delay = delayAfterFailures(row?.failures ?? 1);
  if (delay > 0) {
    await db
      .update(loginThrottles)
      .set({ blockedUntil: new Date(now.getTime() + delay) })
      .where(eq(loginThrottles.emailKey, emailKey));
  }
}

export async function clearLoginFailures(db: DatabaseOrTransaction, emailKey: string): Promise<void> {
  await db.delete(schema.loginThrottles).where(eq(schema.loginThrottles.emailKey, emailKey));
}
