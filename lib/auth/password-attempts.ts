import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { AppError } from "@/lib/errors";
import { countRateLimitRefusal } from "@/lib/observability/rate-limit-refusals";
import {
  checkRateLimit,
  type RateLimitPolicy,
  refundRateLimit,
  resetRateLimit,
} from "@/lib/rate-limit/limiter";

/** How long every attempt on an account waits once it is past its ceiling. */
const SLOW_DOWN_MS = 3_000;

type Counter = [RateLimitPolicy, string];

/**
 * Runs one password check for an account, from a client address, under the
 * sign-in limits (lib/rate-limit/policies.ts). Sign-in and the password
 * change share them, so neither is a way around the other.
 *
 * Only wrong passwords count: each attempt is counted before the check, so
 * parallel guesses cannot slip past, and given back when it was right. The
 * limits that refuse are the ones the guesser uses up themselves (this
 * account from this address, and this address); an account hammered from
 * many addresses is only slowed down, so its owner, signing in from
 * elsewhere, still gets in.
 */
export async function checkPasswordAttempt(
  email: string,
  address: string,
  verify: () => Promise<boolean>,
): Promise<boolean> {
  const refusing: Counter[] = [
    ["login", `email:${email}|ip:${address}`],
    ["loginAddress", `ip:${address}`],
  ];
  const results = await Promise.all(refusing.map(([policy, key]) => checkRateLimit(policy, key)));
  if (results.some((result) => !result.success)) {
    for (const [index, [policy]] of refusing.entries()) {
      if (!results[index]?.success) countRateLimitRefusal(policy);
    }
    // Refused before any password was checked: nothing failed, so nothing is kept.
    await refund(refusing.filter((_, index) => results[index]?.success));
    throw AppError.rateLimited(Math.max(...results.map((result) => result.retryAfterSeconds)));
  }

  const accountKey: Counter = ["loginAccount", `email:${email}`];
  const account = await checkRateLimit(...accountKey);
  if (!account.success) await sleep(SLOW_DOWN_MS);

  const ok = await verify();
  if (ok) await refund(account.success ? [...refusing, accountKey] : refusing);
  return ok;
}

/**
 * Lifts what wrong passwords built up against an account (the slow-down
 * everywhere, the refusal from `address`): its owner just proved who they
 * are some other way, with a reset link.
 */
export async function clearPasswordAttempts(email: string, address: string): Promise<void> {
  await Promise.all([
    resetRateLimit("login", `email:${email}|ip:${address}`),
    resetRateLimit("loginAccount", `email:${email}`),
  ]);
}

function refund(counters: Counter[]): Promise<unknown> {
  return Promise.all(counters.map(([policy, key]) => refundRateLimit(policy, key)));
}
