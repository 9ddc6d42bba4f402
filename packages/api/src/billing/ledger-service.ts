// The credit ledger: the only code that changes a credit balance. Every change locks the user's
// balance row, appends a ledger row and updates the balance in the caller's transaction, so history
// and balance can never disagree; the CHECK constraints on credit_balances make a negative balance
// impossible even if this code were wrong. Grants and take-backs carry an idempotency key (unique in
// the ledger), so a retried webhook or a double click can never apply them twice.
import { createHash } from "node:crypto";
import { type DatabaseOrTransaction, schema } from "@interviewer/db";
import { eq, sql } from "drizzle-orm";
import { DomainError } from "../errors.ts";
import type { Clock } from "../shared/clock.ts";
import { subscriptionCreditsUsable } from "./subscription-usability.ts";

export type CreditKind = "individual" | "subscription";

export type CreditReason =
  | "signup_grant"
  | "purchase"
  | "subscription_grant"
  | "upgrade_grant"
  | "interview_spend"
  | "interview_refund"
  | "subscription_forfeit"
  | "purchase_refund"
  | "admin_adjustment";

export interface CreditChange {
  userId: string;
  kind: CreditKind;
  delta: number;
  reason: CreditReason;
  referenceType: "webhook_event" | "interview" | "admin" | "signup" | "api";
  referenceId: string | null;
  idempotencyKey?: string;
  details?: Record<string, unknown>;
}

export interface CreditBalance {
  individual: number;
  subscription: number;
}

const { creditBalances, creditLedger, signupCreditGrants } = schema;

/**
 * Locks the user's balance row (creating it at zero if needed) for the rest of the transaction.
 * Every writer goes through this first, so changes for one user are serialized.
 */
export async function lockCreditBalance(
  tx: DatabaseOrTransaction,
  clock: Clock,
  userId: string,
): Promise<CreditBalance> {
  await tx.insert(creditBalances).values({ userId, updatedAt: clock.now() }).onConflictDoNothing();
  const [row] = await tx
    .select({ individual: creditBalances.individual, subscription: creditBalances.subscription })
    .from(creditBalances)
    .where(eq(creditBalances.userId, userId))
    .for("update");
  if (!row) throw new Error(`credit balance row for ${userId} vanished`);
  return row;
}

export async function readCreditBalance(db: DatabaseOrTransaction, userId: string): Promise<CreditBalance> {
  const [row] = await db
    .select({ individual: creditBalances.individual, subscription: creditBalances.subscription })
    .from(creditBalances)
    .where(eq(creditBalances.userId, userId));
  return row ?? { individual: 0, subscription: 0 };
}

/**
 * Appends one ledger row and moves the balance by its delta. Returns applied: false when a change with
 * the same idempotency key was already recorded (nothing happens then).
 */
export async function applyCreditChange(
  tx: DatabaseOrTransaction,
  clock: Clock,
  change: CreditChange,
): Promise<{ applied: boolean; balanceAfter: number }> {
  const balance = await lockCreditBalance(tx, clock, change.userId);
  const current = balance[change.kind];
  const balanceAfter = current + change.delta;
  const now = clock.now();
  const inserted = await tx
    .insert(creditLedger)
    .values({
      userId: change.userId,
      kind: change.kind,
      delta: change.delta,
      balanceAfter,
      reason: change.reason,
      referenceType: change.referenceType,
      referenceId: change.referenceId,
      idempotencyKey: change.idempotencyKey ?? null,
      details: change.details ?? null,
      createdAt: now,
    })
    .onConflictDoNothing({ target: creditLedger.idempotencyKey })
    .returning({ seq: creditLedger.seq });
  if (inserted.length === 0) return { applied: false, balanceAfter: current };
  if (change.delta !== 0) {
    // The CHECK constraint rejects a negative result; callers check first so users get a typed error.
    const column = change.kind === "individual" ? creditBalances.individual : creditBalances.subscription;
    await tx
      .update(creditBalances)
      .set({ [change.kind]: sql`${column} + ${change.delta}`, updatedAt: now })
      .where(eq(creditBalances.userId, change.userId));
  }
  return { applied: true, balanceAfter };
}

export const noCreditsError = () =>
  new DomainError(
    "PAYMENT_REQUIRED",
    "NO_CREDITS",
    "You have no interview credits left. Buy a credit or a plan to start.",
  );

/**
 * Spends one credit for a new interview, inside the caller's transaction (the one that creates the
 * interview). Subscription credits first while the subscription is usable, then individual ones;
 * otherwise PAYMENT_REQUIRED / NO_CREDITS. Spending twice for one interview spends once.
 */
export async function spendCreditForInterview(
  tx: DatabaseOrTransaction,
  clock: Clock,
  input: { userId: string; interviewId: string },
): Promise<{ kind: CreditKind }> {
  const balance = await lockCreditBalance(tx, clock, input.userId);
  const usable = balance.subscription > 0 && (await subscriptionCreditsUsable(tx, input.userId, clock.now()));
  const kind: CreditKind | null = usable ? "subscription" : balance.individual > 0 ? "individual" : null;
  const idempotencyKey = `interview_spend:${input.interviewId}`;
  const [previous] = await tx
    .select({ kind: creditLedger.kind })
    .from(creditLedger)
    .where(eq(creditLedger.idempotencyKey, idempotencyKey));
  if (previous) return { kind: previous.kind as CreditKind };
  if (!kind) throw noCreditsError();
  await applyCreditChange(tx, clock, {
    userId: input.userId,
    kind,
    delta: -1,
    reason: "interview_spend",
    referenceType: "interview",
    referenceId: input.interviewId,
    idempotencyKey,
  });
  return { kind };
}

/**
 * Gives back the credit spent for an interview that could not start, to the kind it came from.
 * Idempotent; returns null when nothing was spent for that interview.
 */
export async function refundInterviewCredit(
  tx: DatabaseOrTransaction,
  clock: Clock,
  input: { userId: string; interviewId: string },
): Promise<{ kind: CreditKind } | null> {
  await lockCreditBalance(tx, clock, input.userId);
  const [spend] = await tx
    .select({ kind: creditLedger.kind, userId: creditLedger.userId })
    .from(creditLedger)
    .where(eq(creditLedger.idempotencyKey, `interview_spend:${input.interviewId}`));
  if (!spend || spend.userId !== input.userId) return null;
  const kind = spend.kind as CreditKind;
  await applyCreditChange(tx, clock, {
    userId: input.userId,
    kind,
    delta: 1,
    reason: "interview_refund",
    referenceType: "interview",
    referenceId: input.interviewId,
    idempotencyKey: `interview_refund:${input.interviewId}`,
  });
  return { kind };
}

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

/**
 * Before an account is deleted: its ledger rows stay (accounting) but no longer name the person. The
 * tombstone is a one-way hash, so rows of one former account can still be grouped.
 */
export async function tombstoneCreditLedger(tx: DatabaseOrTransaction, userId: string): Promise<void> {
  const tombstone = createHash("sha256").update(`deleted-user:${userId}`).digest("hex");
  await tx.update(creditLedger).set({ userId: null, userTombstone: tombstone }).where(eq(creditLedger.userId, userId));
}
