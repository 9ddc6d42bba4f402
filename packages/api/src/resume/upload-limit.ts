// The per-account limit on résumé uploads: each one parses a file, so the count follows the account
// (see rate-limit/per-user-allowance.ts), beside the per-address limit of the router.
import type { ApiDependencies } from "../context.ts";
import { consumeUserAllowance } from "../rate-limit/per-user-allowance.ts";

export function consumeResumeUploadAllowance(
  deps: Pick<ApiDependencies, "rateLimiter" | "rateLimitPolicy">,
  userId: string,
): Promise<void> {
  return consumeUserAllowance(
    deps,
    "resume.upload",
    userId,
    (wait) => `You have uploaded your résumé many times in a short while. Try again in ${wait}.`,
  );
}
