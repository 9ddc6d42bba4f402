// What billing does when a user deletes their account. Two steps, because one of them talks to the
// payment provider and must not sit inside a database transaction:
// 1. before the deletion transaction: cancel every live subscription through the BillingAdapter. If
//    that fails the deletion is refused (nothing deleted), because deleting the account while the
//    provider keeps charging the card would be worse than asking the user to try again;
// 2. inside the deletion transaction: the ledger rows stay for the accounts, but their user id is
//    replaced by a one-way tombstone hash (subscriptions and purchases lose the user id through
//    ON DELETE SET NULL; the balance row goes with the user).
import { type DatabaseOrTransaction, listChargingSubscriptionIds } from "@interviewer/db";
import type { ApiDependencies } from "../context.ts";
import { DomainError } from "../errors.ts";
import { tombstoneCreditLedger } from "./credits/credit-ledger.ts";

export async function cancelSubscriptionsBeforeAccountDeletion(
  deps: Pick<ApiDependencies, "db" | "billing">,
  userId: string,
): Promise<void> {
  for (const subscriptionId of await listChargingSubscriptionIds(deps.db, { userId })) {
    try {
      await deps.billing.cancelSubscription(subscriptionId);
    } catch {
      throw new DomainError(
        "SERVICE_UNAVAILABLE",
        "SUBSCRIPTION_CANCEL_FAILED",
        "We could not cancel your subscription with the payment provider, so your account was not deleted. Please try again in a few minutes.",
      );
    }
  }
}

export async function detachBillingRecordsForAccountDeletion(tx: DatabaseOrTransaction, userId: string): Promise<void> {
  await tombstoneCreditLedger(tx, userId);
}
