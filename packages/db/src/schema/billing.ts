// Billing: the credit ledger and the Lemon Squeezy state it is derived from.
// - credit_ledger: append-only history of every credit change (never updated, except that deleting an
//   account replaces its user id with a tombstone hash, so the accounting survives without the person).
// - credit_balances: the current balance per kind, kept beside the ledger in the same transaction; a
//   CHECK makes a negative balance impossible whatever the code does, and the row is what spends lock.
// - signup_credit_grants: hashes of every email that ever got free sign-up credits (once per address).
// - billing_subscriptions / billing_purchases: what Lemon Squeezy told us, so events can arrive in any
//   order and still converge (see packages/api/src/billing/lemonsqueezy/webhook-service.ts).
// - billing_webhook_events: one row per processed delivery, written in the transaction of its effects.
import { sql } from "drizzle-orm";
import {
  bigserial,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./users.ts";

// The closed sets each status and kind column holds. `text({ enum })` makes them the column's type
// (no database change: the values were always these), so rows arrive typed and nobody casts.

/** Which balance a credit change moves: bought one at a time, or granted by a subscription. */
export const CREDIT_KINDS = ["individual", "subscription"] as const;
export type CreditKind = (typeof CREDIT_KINDS)[number];

export const CREDIT_REASONS = [
  "signup_grant",
  "purchase",
  "subscription_grant",
  "upgrade_grant",
  "interview_spend",
  "interview_refund",
  "subscription_forfeit",
  "purchase_refund",
  "admin_adjustment",
] as const;
export type CreditReason = (typeof CREDIT_REASONS)[number];

/** What caused a credit change. */
export const CREDIT_REFERENCE_TYPES = ["webhook_event", "interview", "admin", "signup", "api"] as const;
export type CreditReferenceType = (typeof CREDIT_REFERENCE_TYPES)[number];

/** What a ledger row remembers beyond its columns (a refund's arithmetic, the invoice it paid). */
export type CreditLedgerDetails = Record<string, string | number | boolean | null>;

/** The plans a subscription can be on (individual credits are one-time orders, never subscriptions). */
export const SUBSCRIPTION_PLANS = ["pro", "premium"] as const;
export type SubscriptionPlan = (typeof SUBSCRIPTION_PLANS)[number];

/** Lemon Squeezy's subscription statuses, as its API and webhooks spell them. */
export const SUBSCRIPTION_STATUSES = [
  "on_trial",
  "active",
  "paused",
  "past_due",
  "unpaid",
  "cancelled",
  "expired",
] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

/** A one-time purchase ("order") or a subscription invoice ("invoice"). */
export const PURCHASE_KINDS = ["order", "invoice"] as const;
export type PurchaseKind = (typeof PURCHASE_KINDS)[number];

/** Why Lemon Squeezy issued an invoice. */
export const INVOICE_BILLING_REASONS = ["initial", "renewal", "updated"] as const;
export type InvoiceBillingReason = (typeof INVOICE_BILLING_REASONS)[number];

/** What processing a webhook delivery did ("processing" only inside its own transaction). */
export const WEBHOOK_OUTCOMES = [
  "processing",
  "applied",
  "duplicate",
  "ignored_unknown_event",
  "ignored_no_user",
  "ignored_test_mode_mismatch",
  "bad_signature",
  "bad_payload",
] as const;
export type WebhookOutcome = (typeof WEBHOOK_OUTCOMES)[number];

export const creditBalances = pgTable(
  "credit_balances",
  {
    userId: uuid("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    individual: integer("individual").notNull().default(0),
    subscription: integer("subscription").notNull().default(0),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    check("credit_balances_individual_not_negative", sql`${table.individual} >= 0`),
    check("credit_balances_subscription_not_negative", sql`${table.subscription} >= 0`),
  ],
);

export const creditLedger = pgTable(
  "credit_ledger",
  {
    /** Monotonic: the order of the history and the pagination cursor. */
    seq: bigserial("seq", { mode: "number" }).primaryKey(),
    /** Null once the account is deleted; `userTombstone` then identifies the rows without the person. */
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    userTombstone: text("user_tombstone"),
    kind: text("kind", { enum: CREDIT_KINDS }).notNull(),
    delta: integer("delta").notNull(),
    /** The balance of this kind after the change. */
    balanceAfter: integer("balance_after").notNull(),
    reason: text("reason", { enum: CREDIT_REASONS }).notNull(),
    referenceType: text("reference_type", { enum: CREDIT_REFERENCE_TYPES }).notNull(),
    referenceId: text("reference_id"),
    /** Makes a grant or take-back happen at most once (e.g. "invoice:123"), whoever retries it. */
    idempotencyKey: text("idempotency_key"),
    details: jsonb("details").$type<CreditLedgerDetails>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex("credit_ledger_idempotency_key_unique").on(table.idempotencyKey),
    index("credit_ledger_user_seq_idx").on(table.userId, table.seq),
    index("credit_ledger_reference_idx").on(table.referenceType, table.referenceId),
    check("credit_ledger_kind_valid", sql`${table.kind} in ('individual', 'subscription')`),
  ],
);

export const signupCreditGrants = pgTable("signup_credit_grants", {
  /** SHA-256 of the lower-cased email: proves "already granted" without keeping the address. */
  emailHash: text("email_hash").primaryKey(),
  grantedAt: timestamp("granted_at", { withTimezone: true }).notNull(),
});

export const billingSubscriptions = pgTable(
  "billing_subscriptions",
  {
    lsSubscriptionId: text("ls_subscription_id").primaryKey(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    lsCustomerId: text("ls_customer_id"),
    lsOrderId: text("ls_order_id"),
    variantId: text("variant_id").notNull(),
    /** Null for a variant that is not one of our plans. */
    plan: text("plan", { enum: SUBSCRIPTION_PLANS }),
    status: text("status", { enum: SUBSCRIPTION_STATUSES }).notNull(),
    renewsAt: timestamp("renews_at", { withTimezone: true }),
    endsAt: timestamp("ends_at", { withTimezone: true }),
    /** Lemon Squeezy's `updated_at` of the snapshot we hold: older snapshots never overwrite it. */
    lsUpdatedAt: timestamp("ls_updated_at", { withTimezone: true }).notNull(),
    lsCreatedAt: timestamp("ls_created_at", { withTimezone: true }).notNull(),
    /** The paid invoice whose period is current: an upgrade tops up that period once. */
    currentPeriodInvoiceId: text("current_period_invoice_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    index("billing_subscriptions_user_idx").on(table.userId),
    index("billing_subscriptions_customer_idx").on(table.lsCustomerId),
  ],
);

export const billingPurchases = pgTable(
  "billing_purchases",
  {
    kind: text("kind", { enum: PURCHASE_KINDS }).notNull(),
    lsId: text("ls_id").notNull(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    lsSubscriptionId: text("ls_subscription_id"),
    variantId: text("variant_id"),
    /** Invoices only. */
    billingReason: text("billing_reason", { enum: INVOICE_BILLING_REASONS }),
    /** Credits granted for it so far (an upgrade adds to its period's invoice); null = not granted yet. */
    creditsGranted: integer("credits_granted"),
    creditsReclaimed: integer("credits_reclaimed").notNull().default(0),
    refundedAt: timestamp("refunded_at", { withTimezone: true }),
    lsCreatedAt: timestamp("ls_created_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.kind, table.lsId] }),
    index("billing_purchases_subscription_idx").on(table.lsSubscriptionId),
  ],
);

export const billingWebhookEvents = pgTable("billing_webhook_events", {
  /** meta.webhook_id, or "sha256:<hex of the raw body>" when Lemon Squeezy sent none. */
  eventKey: text("event_key").primaryKey(),
  eventName: text("event_name").notNull(),
  resourceType: text("resource_type"),
  resourceId: text("resource_id"),
  outcome: text("outcome", { enum: WEBHOOK_OUTCOMES }).notNull(),
  receivedAt: timestamp("received_at", { withTimezone: true }).notNull(),
});

export type CreditLedgerRow = typeof creditLedger.$inferSelect;
export type BillingSubscription = typeof billingSubscriptions.$inferSelect;
export type BillingPurchase = typeof billingPurchases.$inferSelect;
