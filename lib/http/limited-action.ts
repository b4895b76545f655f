import { headers } from "next/headers";
import type { AdminContext } from "@/lib/audit/record";
import { currentUser } from "@/lib/auth/current-user";
import { type ActionResult, runAction } from "@/lib/http/action";
import { clientAddress } from "@/lib/http/client-address";
import { enforceRateLimit, type RateLimitPolicy } from "@/lib/rate-limit/limiter";

/**
 * runAction for the browser's server actions: every action is a change,
 * counted against the account's limit (the address's when signed out) as
 * the routes count theirs, before any work is done. The work is told where
 * the request came from, as the audit log records it.
 */
export function runLimitedAction<T>(
  work: (audit: AdminContext) => Promise<T>,
  policy: RateLimitPolicy = "mutation",
): Promise<ActionResult<T>> {
  return runAction(async () => {
    const audit = { ip: clientAddress(await headers()) };
    // A banned or signed-out caller is refused by the work itself; count it by address.
    const user = await currentUser().catch(() => null);
    await enforceRateLimit(policy, [user ? `user:${user.id}` : `ip:${audit.ip}`]);
    return work(audit);
  });
}
