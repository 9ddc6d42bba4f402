// Per-account limits for signed-in procedures whose cost follows the account, not the address:
// rateLimited() counts per client address, which a signed-in user can change at will. The limit is
// the policy's `perUser` entry for the procedure (rate-limit-policy.ts); none means unlimited.
import type { ApiDependencies } from "../context.ts";
import { DomainError, type DomainErrorReason } from "../errors.ts";
import type { RateLimitedProcedure } from "./rate-limit-policy.ts";
import type { RateLimit } from "./rate-limiter.ts";

/**
 * Counts one call of `procedure` for `userId`, or refuses with `reason` (RATE_LIMITED unless the
 * procedure has its own). `refusal` words the message from the wait ("40 seconds", "12 minutes") and
 * the limit.
 */
export async function consumeUserAllowance(
  deps: Pick<ApiDependencies, "rateLimiter" | "rateLimitPolicy">,
  procedure: RateLimitedProcedure,
  userId: string,
  refusal: (wait: string, limit: RateLimit) => string,
  reason: DomainErrorReason = "RATE_LIMITED",
): Promise<void> {
  const limit = deps.rateLimitPolicy[procedure].perUser;
  if (!limit) return;
  const decision = await deps.rateLimiter.consume({ name: `${procedure}:user`, ...limit }, userId);
  if (decision.allowed) return;
  const retryAfterSeconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
  throw new DomainError("TOO_MANY_REQUESTS", reason, refusal(waitInWords(retryAfterSeconds), limit), {
    retryAfterSeconds,
    procedure,
  });
}

/** "40 seconds", "1 minute", "12 minutes": a person reads minutes, not 266 seconds. */
function waitInWords(seconds: number): string {
  if (seconds < 90) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
}
