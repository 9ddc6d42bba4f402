// Spending a credit on an interview, and giving it back when the interview could not start. Both run
// in the caller's transaction (the one that creates or fails the interview) through the ledger.
import { type CreditKind, type DatabaseOrTransaction, schema } from "@interviewer/db";
import { eq } from "drizzle-orm";
import { DomainError } from "../../errors.ts";
import type { Clock } from "../../shared/clock.ts";
import { applyCreditChange, lockCreditBalance } from "./credit-ledger.ts";
import { subscriptionCreditsUsable } from "./subscription-usability.ts";

const { creditLedger } = schema;

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
  if (previous) return { kind: previous.kind };
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
  const { kind } = spend;
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
