// Share links: a read-only public link to one interview report. The link's token is shown to the
// owner once, at creation; only its SHA-256 hash is stored, so a copy of the database does not hold
// live links. A link dies when it is revoked, when it expires, or with its interview or its owner's
// account (both foreign keys cascade).
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { interviews } from "./interviews.ts";
import { users } from "./users.ts";

export const reportShares = pgTable(
  "report_shares",
  {
    /** The link's handle in the owner's list and in sharing.revoke; never part of the public link. */
    id: uuid("id").primaryKey().defaultRandom(),
    /** Hex SHA-256 of the link's token (the token itself is never stored). */
    tokenHash: text("token_hash").notNull(),
    /** The token's first characters, so the owner can tell their links apart in the list. */
    tokenPrefix: text("token_prefix").notNull(),
    interviewId: uuid("interview_id")
      .notNull()
      .references(() => interviews.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    /** Null: the link does not expire (it can still be revoked). */
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (table) => [
    uniqueIndex("report_shares_token_hash_unique").on(table.tokenHash),
    // The owner's list, newest first, and the live-link count at creation.
    index("report_shares_user_created_idx").on(table.userId, table.createdAt),
    // Deleting an interview finds its links without a scan.
    index("report_shares_interview_idx").on(table.interviewId),
  ],
);

export type ReportShareRow = typeof reportShares.$inferSelect;
