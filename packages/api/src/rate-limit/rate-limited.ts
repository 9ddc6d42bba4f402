// rateLimited(procedure): the tRPC middleware that enforces the rate-limit policy. It sits after
// `.input()`, so it runs once per call of a batch on the decoded, validated input: a batch of twelve
// logins counts twelve, superjson's meta cannot rewrite the email after it was read, and a call
// rejected by validation never counts against anyone.
import { z } from "zod";
import { emailKey } from "../auth/find-user.ts";
import { DomainError } from "../errors.ts";
import { middleware } from "../trpc.ts";
import { clientAddressKey } from "./client-address-key.ts";
import type { RateLimitedProcedure } from "./rate-limit-policy.ts";
import type { RateLimit, RateLimiter } from "./rate-limiter.ts";

const ZEmailAddressedInput = z.object({ email: z.string() });

export function rateLimited(procedure: RateLimitedProcedure) {
  return middleware(async ({ ctx, input, next }) => {
    const limits = ctx.rateLimitPolicy[procedure];
    await consumeOrRefuse(ctx.rateLimiter, procedure, "client", limits.perClient, clientAddressKey(ctx.request.ip));
    const addressed = ZEmailAddressedInput.safeParse(input);
    if (limits.perEmail && addressed.success) {
      await consumeOrRefuse(ctx.rateLimiter, procedure, "email", limits.perEmail, emailKey(addressed.data.email));
    }
    return next();
  });
}

async function consumeOrRefuse(
  limiter: RateLimiter,
  procedure: RateLimitedProcedure,
  keyKind: "client" | "email",
  limit: RateLimit,
  key: string,
): Promise<void> {
  const decision = await limiter.consume({ name: `${procedure}:${keyKind}`, ...limit }, key);
  if (decision.allowed) return;
  const retryAfterSeconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
  throw new DomainError(
    "TOO_MANY_REQUESTS",
    "RATE_LIMITED",
    `Too many attempts. Try again in ${retryAfterSeconds} seconds.`,
    { retryAfterSeconds, procedure },
  );
}
