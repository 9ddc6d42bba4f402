// The per-account limit on creating share links: each link is a row of the account, so the count
// follows the account (see rate-limit/per-user-allowance.ts).
import type { ApiDependencies } from "../context.ts";
import { consumeUserAllowance } from "../rate-limit/per-user-allowance.ts";

export function consumeShareCreationAllowance(
  deps: Pick<ApiDependencies, "rateLimiter" | "rateLimitPolicy">,
  userId: string,
): Promise<void> {
  return consumeUserAllowance(
    deps,
    "sharing.create",
    userId,
    (wait) => `You have created many share links in a short time. Try again in ${wait}.`,
  );
}
