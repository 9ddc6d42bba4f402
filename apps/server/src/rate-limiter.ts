// Where rate-limit counts live, behind the API's RateLimiter port. Built on rate-limiter-flexible:
// in memory per instance by default; in Redis when REDIS_URL is set, so every instance behind the
// load balancer enforces one limit. If Redis stops answering, each instance falls back to its own
// memory counts (the library's insurance limiter) rather than failing every sign-in or letting
// everything through.
import type { RateLimitBucket, RateLimitDecision, RateLimiter } from "@interviewer/api";
import type { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";

export interface RateLimiterOptions {
  redis?: Redis;
  /** Key prefix; instances that share limits use the same one (tests isolate themselves with their own). */
  namespace?: string;
}

type Counter = RateLimiterMemory | RateLimiterRedis;

export function createRateLimiter({ redis, namespace = "interviewer-rl:" }: RateLimiterOptions): RateLimiter {
  // One counter per bucket; a bucket's limits are fixed for the life of the process.
  const counters = new Map<string, Counter>();

  function counterFor(bucket: RateLimitBucket): Counter {
    const existing = counters.get(bucket.name);
    if (existing) return existing;
    const options = {
      keyPrefix: `${namespace}${bucket.name}`,
      points: bucket.max,
      duration: Math.max(1, Math.ceil(bucket.windowMs / 1000)),
    };
    const counter = redis
      ? new RateLimiterRedis({
          ...options,
          storeClient: redis,
          rejectIfRedisNotReady: true,
          insuranceLimiter: new RateLimiterMemory(options),
        })
      : new RateLimiterMemory(options);
    counters.set(bucket.name, counter);
    return counter;
  }

  return {
    async consume(bucket: RateLimitBucket, key: string): Promise<RateLimitDecision> {
      try {
        await counterFor(bucket).consume(key);
        return { allowed: true };
      } catch (refusal) {
        // The library rejects with a RateLimiterRes when the limit is reached, with an Error otherwise.
        if (refusal instanceof RateLimiterRes) return { allowed: false, retryAfterMs: refusal.msBeforeNext };
        throw refusal;
      }
    },
  };
}
