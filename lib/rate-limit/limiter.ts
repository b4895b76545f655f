import "server-only";
import { AppError } from "@/lib/errors";
import { countRateLimitRefusal } from "@/lib/observability/rate-limit-refusals";
import { backendFromEnv } from "./backend";
import { type Backend, createLimiter, type Limiter, type RateLimitResult } from "./create-limiter";
import { limitHeaders } from "./headers";
import { POLICIES, type RateLimitPolicy } from "./policies";

export type { RateLimitPolicy, RateLimitResult };

interface Registry {
  backend: Backend;
  limiters: Map<RateLimitPolicy, Limiter>;
}

// On globalThis so that dev reloads keep one Redis connection and the
// in-process counters instead of starting fresh with every edit.
const store = globalThis as typeof globalThis & { __uniChatRateLimits?: Registry };

function limiterFor(policy: RateLimitPolicy): Limiter {
  store.__uniChatRateLimits ??= { backend: backendFromEnv(), limiters: new Map() };
  const { backend, limiters } = store.__uniChatRateLimits;
  let limiter = limiters.get(policy);
  if (!limiter) {
    limiter = createLimiter({ backend, name: policy, ...POLICIES[policy] });
    limiters.set(policy, limiter);
  }
  return limiter;
}

/** Counts one request against `key` (for example `ip:1.2.3.4`) under the policy. */
export async function checkRateLimit(
  policy: RateLimitPolicy,
  key: string,
): Promise<RateLimitResult> {
  return limiterFor(policy).check(key);
}

/**
 * Counts one request against every key and throws a 429 if any is used up.
 * All keys are counted even when one is refused, so that switching the
 * other key (another email from a blocked address) gains nothing.
 */
export async function enforceRateLimit(policy: RateLimitPolicy, keys: string[]): Promise<void> {
  const results = await Promise.all(keys.map((key) => checkRateLimit(policy, key)));
  const refused = results.filter((result) => !result.success);
  if (refused.length > 0) {
    countRateLimitRefusal(policy);
    const retryAfterSeconds = Math.max(...refused.map((result) => result.retryAfterSeconds));
    const { limit, windowSeconds } = POLICIES[policy];
    throw AppError.rateLimited(retryAfterSeconds).withHeaders(
      limitHeaders({ limit, retryAfterSeconds, windowSeconds }),
    );
  }
}

/** Gives back one request counted against `key`: the policy then counts only what went wrong. */
export async function refundRateLimit(policy: RateLimitPolicy, key: string): Promise<void> {
  await limiterFor(policy).refund(key);
}

/** Forgets what the policy counted against `key`: a lockout lifted by proving who one is. */
export async function resetRateLimit(policy: RateLimitPolicy, key: string): Promise<void> {
  await limiterFor(policy).reset(key);
}
