// The per-account limit on creating share links. rateLimited() counts per client address, which a
// signed-in user can change at will; each link is a row, so the count follows the account. The limit
// is the policy's `perUser` entry for the procedure (rate-limit-policy.ts).
import type { ApiDependencies } from "../context.ts";
import { DomainError } from "../errors.ts";
import type { RateLimitedProcedure } from "../rate-limit/rate-limit-policy.ts";

const PROCEDURE: RateLimitedProcedure = "sharing.create";

export async function consumeShareCreationAllowance(
  deps: Pick<ApiDependencies, "rateLimiter" | "rateLimitPolicy">,
  userId: string,
): Promise<void> {
  const limit = deps.rateLimitPolicy[PROCEDURE].perUser;
  if (!limit) return;
  const decision = await deps.rateLimiter.consume({ name: `${PROCEDURE}:user`, ...limit }, userId);
  if (decision.allowed) return;
  const retryAfterSeconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  throw new DomainError(
    "TOO_MANY_REQUESTS",
    "RATE_LIMITED",
    `You have created many share links in a short time. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    { retryAfterSeconds, procedure: PROCEDURE },
  );
}
