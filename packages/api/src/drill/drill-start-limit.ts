// The per-account limit on starting drills: drills cost no credit, so this is what bounds them (a
// topic question is a model call on the OpenAI provider). See rate-limit/per-user-allowance.ts.
import type { ApiDependencies } from "../context.ts";
import { consumeUserAllowance } from "../rate-limit/per-user-allowance.ts";

export function consumeDrillStartAllowance(
  deps: Pick<ApiDependencies, "rateLimiter" | "rateLimitPolicy">,
  userId: string,
): Promise<void> {
  return consumeUserAllowance(
    deps,
    "drill.start",
    userId,
    (wait, limit) => `You have started ${limit.max} drills today, the daily limit. Try again in ${wait}.`,
  );
}
