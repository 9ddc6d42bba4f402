// The per-account limit on job-description previews: a preview may be a model call, so its cost
// follows the account (see rate-limit/per-user-allowance.ts).
import type { ApiDependencies } from "../context.ts";
import { consumeUserAllowance } from "../rate-limit/per-user-allowance.ts";

export function consumePreviewAllowance(
  deps: Pick<ApiDependencies, "rateLimiter" | "rateLimitPolicy">,
  userId: string,
): Promise<void> {
  return consumeUserAllowance(
    deps,
    "jobDescription.preview",
    userId,
    (wait) =>
      `You have analysed many job descriptions in a short time. Try again in ${wait}; you can still start the interview.`,
  );
}
