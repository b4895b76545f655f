import { metrics } from "./metrics";

/** Counts a request a rate limit refused, by the policy that refused it. */
export function countRateLimitRefusal(policy: string): void {
  metrics().rateLimited.inc({ policy });
}
