import { headers } from "next/headers";
import { currentUser } from "@/lib/auth/current-user";
import { type ErrorBody, toAppError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import { enforceRateLimit, type RateLimitPolicy } from "@/lib/rate-limit/limiter";

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ErrorBody["error"] };

/**
 * Runs a server action's work and returns its outcome as data: Next hides
 * the message of anything thrown from an action in production, and the UI
 * needs it (and the field errors) to tell the person what to fix. Every
 * action is a change, counted against the account's limit (the address's
 * when signed out), as the routes count theirs.
 */
export async function runAction<T>(
  work: () => Promise<T>,
  policy: RateLimitPolicy = "mutation",
): Promise<ActionResult<T>> {
  try {
    await limitAction(policy);
    return { ok: true, data: await work() };
  } catch (error) {
    return { ok: false, error: toAppError(error).toBody().error };
  }
}

async function limitAction(policy: RateLimitPolicy): Promise<void> {
  // A banned or signed-out caller is refused by the work itself; count it by address.
  const user = await currentUser().catch(() => null);
  const key = user ? `user:${user.id}` : `ip:${clientAddress(await headers())}`;
  await enforceRateLimit(policy, [key]);
}
