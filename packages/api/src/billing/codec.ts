// The one place billing rows become API values: JSON aggregates from packages/db's billing queries
// are parsed here with the schema's own enums, and ledger rows are shaped for clients. Nothing else in
// billing (or the dashboard) reads those aggregates, and nothing casts.
import {
  type CreditLedgerRow,
  SUBSCRIPTION_PLANS,
  SUBSCRIPTION_STATUSES,
  type SubscriptionPlan,
  type SubscriptionStatus,
} from "@interviewer/db";
import { z } from "zod";
import type { CreditBalance } from "./credits/credit-ledger.ts";

/** Epoch milliseconds (how JSON aggregates carry timestamps) back to a Date. */
export const ZEpochMsDateSchema = z.number().transform((ms) => new Date(ms));

/** What the billing status is computed from: one subscription, as `subscriptionsJsonOf` aggregates it. */
export interface SubscriptionSummary {
  status: SubscriptionStatus;
  plan: SubscriptionPlan | null;
  renewsAt: Date | null;
  endsAt: Date | null;
}

const ZSubscriptionSummariesSchema = z.array(
  z.object({
    status: z.enum(SUBSCRIPTION_STATUSES),
    plan: z.enum(SUBSCRIPTION_PLANS).nullable(),
    renewsAtMs: ZEpochMsDateSchema.nullable(),
    endsAtMs: ZEpochMsDateSchema.nullable(),
  }),
);

/** Drivers hand JSON back parsed (postgres.js, PGlite); a raw string is accepted all the same. */
export function jsonValue(value: unknown): unknown {
  return typeof value === "string" ? JSON.parse(value) : value;
}

/** The subscriptions of a billing overview or dashboard row, newest first. */
export function subscriptionSummariesFrom(json: unknown): SubscriptionSummary[] {
  return ZSubscriptionSummariesSchema.parse(jsonValue(json)).map((row) => ({
    status: row.status,
    plan: row.plan,
    renewsAt: row.renewsAtMs,
    endsAt: row.endsAtMs,
  }));
}

/** A balance read through a left join: no balance row yet means nothing granted yet. */
export function creditBalanceFrom(row: { individual: number | null; subscription: number | null }): CreditBalance {
  return { individual: row.individual ?? 0, subscription: row.subscription ?? 0 };
}

export function ledgerEntryFrom(row: CreditLedgerRow) {
  return {
    id: row.seq,
    kind: row.kind,
    delta: row.delta,
    balanceAfter: row.balanceAfter,
    reason: row.reason,
    referenceType: row.referenceType,
    createdAt: row.createdAt,
  };
}
