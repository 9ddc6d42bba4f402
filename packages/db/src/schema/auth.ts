// Sign-in state: sessions (one per signed-in device, a refresh-token family), the refresh tokens of
// each family, single-use email tokens (verification, password reset), linked OAuth identities and
// login throttling. Secrets are never stored: only SHA-256 hashes of the random tokens (and, for the
// refresh-token grace window, a rotated token's successor sealed under a key only the rotated
// token's holder can derive; see packages/api/src/auth/session-service.ts).
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./users.ts";

/** How a session proved who the user is. */
export const AUTH_METHODS = ["password", "github", "email_verification"] as const;
export type AuthMethod = (typeof AUTH_METHODS)[number];
/** Why a session ended before its time. */
export const SESSION_REVOCATION_REASONS = [
  "logout",
  "logout_everywhere",
  "revoked_by_user",
  "password_changed",
  "password_reset",
  "refresh_token_reuse",
  "github_proved_email",
] as const;
export type SessionRevocationReason = (typeof SESSION_REVOCATION_REASONS)[number];
export const EMAIL_TOKEN_PURPOSES = ["verify_email", "reset_password"] as const;
export type EmailTokenPurpose = (typeof EMAIL_TOKEN_PURPOSES)[number];
export const OAUTH_PROVIDERS = ["github"] as const;

export const sessions = pgTable(
  "sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    authMethod: text("auth_method", { enum: AUTH_METHODS }).notNull(),
    userAgent: text("user_agent"),
    ip: text("ip"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }).notNull(),
    /** Absolute end of the family, however often it is refreshed. */
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokedReason: text("revoked_reason", { enum: SESSION_REVOCATION_REASONS }),
  },
  (table) => [index("sessions_user_id_idx").on(table.userId)],
);

export const refreshTokens = pgTable(
  "refresh_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => sessions.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    /** Idle expiry: a token unused for this long is dead even if the family is not. */
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    /** Set when this token was exchanged for the next one; presenting it again is reuse. */
    rotatedAt: timestamp("rotated_at", { withTimezone: true }),
    /** The token this one replaced (null for a family's first token). Each token has at most one successor. */
    parentId: uuid("parent_id").references((): AnyPgColumn => refreshTokens.id, { onDelete: "set null" }),
    /**
     * Set with rotatedAt: this token's successor, AES-256-GCM sealed under a key derived from this
     * token's plaintext (never stored), so a replay within the grace window gets the same successor
     * back. Useless without the rotated token itself.
     */
    sealedSuccessor: text("sealed_successor"),
  },
  (table) => [
    uniqueIndex("refresh_tokens_token_hash_unique").on(table.tokenHash),
    index("refresh_tokens_session_id_idx").on(table.sessionId),
    uniqueIndex("refresh_tokens_parent_id_unique").on(table.parentId),
  ],
);

export const emailTokens = pgTable(
  "email_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: EMAIL_TOKEN_PURPOSES }).notNull(),
    tokenHash: text("token_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (table) => [
    uniqueIndex("email_tokens_token_hash_unique").on(table.tokenHash),
    index("email_tokens_user_purpose_idx").on(table.userId, table.purpose),
  ],
);

export const oauthAccounts = pgTable(
  "oauth_accounts",
  {
    provider: text("provider", { enum: OAUTH_PROVIDERS }).notNull(),
    /** The provider's stable numeric/opaque id, never the login name (logins can be renamed). */
    providerUserId: text("provider_user_id").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    login: text("login"),
    linkedAt: timestamp("linked_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.provider, table.providerUserId] }),
    index("oauth_accounts_user_id_idx").on(table.userId),
  ],
);

/**
 * Failed password attempts per email address (lower-cased, whether or not an account exists, so the
 * throttle reveals nothing) AND client address (see packages/api auth/login-throttle.ts): a
 * stranger's failures slow the stranger, never the owner signing in from their own address.
 */
export const loginThrottles = pgTable(
  "login_throttles",
  {
    emailKey: text("email_key").notNull(),
    /** clientAddressKey(ip): an IPv4 address or an IPv6 /64. */
    clientKey: text("client_key").notNull(),
    failures: integer("failures").notNull().default(0),
    lastFailureAt: timestamp("last_failure_at", { withTimezone: true }).notNull(),
    blockedUntil: timestamp("blocked_until", { withTimezone: true }).notNull().default(sql`now()`),
  },
  (table) => [primaryKey({ columns: [table.emailKey, table.clientKey] })],
);

export type Session = typeof sessions.$inferSelect;
export type RefreshToken = typeof refreshTokens.$inferSelect;
export type EmailToken = typeof emailTokens.$inferSelect;
export type OauthAccount = typeof oauthAccounts.$inferSelect;
