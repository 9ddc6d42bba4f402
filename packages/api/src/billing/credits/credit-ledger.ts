// The credit ledger: the only code that changes a credit balance. Every change locks the user's
// balance row, appends a ledger row and updates the balance in the caller's transaction, so history
// and balance can never disagree; the CHECK constraints on credit_balances make a negative balance
// impossible even if this code were wrong. Grants and take-backs carry an idempotency key (unique in
// the ledger), so a retried webhook or a double click can never apply them twice. Spending lives in
// interview-spending.ts, grants and take-backs in credit-grants.ts; both change balances only here.
import { createHash } from "node:crypto";
import {
  type CreditKind,
  type CreditLedgerDetails,
  type CreditReason,
  type CreditReferenceType,
  type DatabaseOrTransaction,
  schema,
} from "@interviewer/db";
import { eq, sql } from "drizzle-orm";
import type { Clock } from "../../shared/clock.ts";

export type { CreditKind, CreditReason };

export interface CreditChange {
  userId: string;
  kind: CreditKind;
  delta: number;
  reason: CreditReason;
  referenceType: CreditReferenceType;
  referenceId: string | null;
  idempotencyKey?: string;
  details?: CreditLedgerDetails;
}

export interface CreditBalance {
  individual: number;
  subscription: number;
}

const { creditBalances, creditLedger } = schema;

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

/**
 * Before an account is deleted: its ledger rows stay (accounting) but no longer name the person. The
 * tombstone is a one-way hash, so rows of one former account can still be grouped.
 */
export async function tombstoneCreditLedger(tx: DatabaseOrTransaction, userId: string): Promise<void> {
  const tombstone = createHash("sha256").update(`deleted-user:${userId}`).digest("hex");
  await tx.update(creditLedger).set({ userId: null, userTombstone: tombstone }).where(eq(creditLedger.userId, userId));
}
