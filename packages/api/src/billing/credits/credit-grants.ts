// Credits granted and taken back outside an interview: the free sign-up credits (once per email
// address, ever), a refunded purchase's credits (never below zero) and an expired subscription's
// remaining credits. Every change goes through the ledger.
import { createHash } from "node:crypto";
import { type CreditKind, type DatabaseOrTransaction, schema } from "@interviewer/db";
import type { Clock } from "../../shared/clock.ts";
import { applyCreditChange, lockCreditBalance } from "./credit-ledger.ts";

const { signupCreditGrants } = schema;

export function signupEmailHash(email: string): string {
  return createHash("sha256").update(`signup-credits:${email.trim().toLowerCase()}`).digest("hex");
}

/**
 * Free individual credits for a new account, once per email address ever: the hash of every address
 * that got them is kept (also after the account is deleted), so delete-and-re-create gets nothing.
 */
export async function grantSignupCredits(
  tx: DatabaseOrTransaction,
  clock: Clock,
  input: { userId: string; email: string; amount: number },
): Promise<number> {
  if (input.amount <= 0) return 0;
  const claimed = await tx
    .insert(signupCreditGrants)
    .values({ emailHash: signupEmailHash(input.email), grantedAt: clock.now() })
    .onConflictDoNothing()
    .returning({ emailHash: signupCreditGrants.emailHash });
  if (claimed.length === 0) return 0;
  await applyCreditChange(tx, clock, {
    userId: input.userId,
    kind: "individual",
    delta: input.amount,
    reason: "signup_grant",
    referenceType: "signup",
    referenceId: null,
  });
  return input.amount;
}

/**
 * Takes back up to `amount` credits of a kind (a refunded purchase), never below zero. The ledger row
 * records what was asked, what was taken and what had already been spent.
 */
export async function reclaimCredits(
  tx: DatabaseOrTransaction,
  clock: Clock,
  input: {
    userId: string;
    kind: CreditKind;
    amount: number;
    referenceId: string;
    idempotencyKey: string;
  },
): Promise<{ reclaimed: number; alreadySpent: number }> {
  const balance = await lockCreditBalance(tx, clock, input.userId);
  const reclaimed = Math.max(0, Math.min(input.amount, balance[input.kind]));
  const alreadySpent = input.amount - reclaimed;
  const result = await applyCreditChange(tx, clock, {
    userId: input.userId,
    kind: input.kind,
    delta: -reclaimed,
    reason: "purchase_refund",
    referenceType: "webhook_event",
    referenceId: input.referenceId,
    idempotencyKey: input.idempotencyKey,
    details: { granted: input.amount, reclaimed, unreclaimedAlreadySpent: alreadySpent },
  });
  return result.applied ? { reclaimed, alreadySpent } : { reclaimed: 0, alreadySpent: 0 };
}

/** An expired subscription's remaining credits are gone; the ledger row says how many. */
export async function forfeitSubscriptionCredits(
  tx: DatabaseOrTransaction,
  clock: Clock,
  input: { userId: string; subscriptionId: string; referenceId: string },
): Promise<number> {
  const balance = await lockCreditBalance(tx, clock, input.userId);
  if (balance.subscription === 0) return 0;
  const forfeited = balance.subscription;
  await applyCreditChange(tx, clock, {
    userId: input.userId,
    kind: "subscription",
    delta: -forfeited,
    reason: "subscription_forfeit",
    referenceType: "webhook_event",
    referenceId: input.referenceId,
    details: { subscriptionId: input.subscriptionId, forfeited },
  });
  return forfeited;
}
