// The port through which procedures are rate limited. The API decides what is limited and by which
// key (see rate-limit-policy.ts and rate-limited.ts); the host decides where the counts live (in
// memory per instance, or in Redis shared by every instance) and passes an implementation in.

export interface RateLimit {
  /** Calls allowed per window. */
  max: number;
  windowMs: number;
}

/** One named counter family, e.g. "auth.login:client"; each key within it has its own count. */
export interface RateLimitBucket extends RateLimit {
  name: string;
}

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

export interface RateLimiter {
  /** Counts one call for `key` in `bucket` and says whether it may go ahead. */
  consume(bucket: RateLimitBucket, key: string): Promise<RateLimitDecision>;
}
