// The per-account limit on job-description previews. rateLimited() counts per client address, which a
// signed-in user can change at will; a preview may be a model call, so its cost follows the account.
// The limit is the policy's `perUser` entry for the procedure (rate-limit-policy.ts).
import type { ApiDependencies } from "../context.ts";
import { DomainError } from "../errors.ts";
import type { RateLimitedProcedure } from "../rate-limit/rate-limit-policy.ts";

const PROCEDURE: RateLimitedProcedure = "jobDescription.preview";

export async function consumePreviewAllowance(
  deps: Pick<ApiDependencies, "rateLimiter" | "rateLimitPolicy">,
  userId: string,
): Promise<void> {
  const limit = deps.rateLimitPolicy[PROCEDURE].perUser;
  if (!limit) return;
  const decision = await deps.rateLimiter.consume({ name: `${PROCEDURE}:user`, ...limit }, userId);
  if (decision.allowed) return;
  const retryAfterSeconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
  throw new DomainError(
    "TOO_MANY_REQUESTS",
    "RATE_LIMITED",
    `You have analysed many job descriptions in a short time. Try again in ${waitInWords(retryAfterSeconds)}; you can still start the interview.`,
    { retryAfterSeconds, procedure: PROCEDURE },
  );
}

/** "40 seconds", "1 minute", "12 minutes": a person reads minutes, not 266 seconds. */
function waitInWords(seconds: number): string {
  if (seconds < 90) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
}
