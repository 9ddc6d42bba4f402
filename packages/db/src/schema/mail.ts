// The transactional outbox for email. A request that causes an email writes its row here in the same
// transaction as the change it reports, so the email is sent if and only if the change committed.
// A background worker claims due rows (FOR UPDATE SKIP LOCKED, so several instances never send one
// twice), sends them, and retries with backoff.
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/** pending until sent; failed once the last attempt gave up. */
export const MAIL_STATUSES = ["pending", "sent", "failed"] as const;

export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Which template rendered it: "verify_email", "already_registered", "welcome", ... */
    template: text("template").notNull(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    htmlBody: text("html_body").notNull(),
    /** Sent to the provider so a retry after a lost response cannot deliver the message twice. */
    idempotencyKey: text("idempotency_key").notNull(),
    status: text("status", { enum: MAIL_STATUSES }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull(),
    lastError: text("last_error"),
    providerMessageId: text("provider_message_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (table) => [
    uniqueIndex("mail_outbox_idempotency_key_unique").on(table.idempotencyKey),
    index("mail_outbox_due_idx").on(table.status, table.nextAttemptAt),
  ],
);

export type MailOutboxRow = typeof mailOutbox.$inferSelect;
