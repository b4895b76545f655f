import { utcDay } from "@/models/day";
import { User, type UserDoc } from "@/models/user";

/** The UTC month as "YYYY-MM". */
export function currentMonth(now = new Date()): string {
  return utcDay(now).slice(0, 7);
}

/** What a user has spent this calendar month (UTC), from the counter kept with each call. */
export function costThisMonth(user: Pick<UserDoc, "usage">): number {
  return user.usage.month === currentMonth() ? user.usage.month_cost_usd : 0;
}

/** Whole seconds until the next UTC month begins, when a monthly budget renews. */
export function secondsUntilNextMonth(now = new Date()): number {
  const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1);
  return Math.max(1, Math.ceil((next - now.getTime()) / 1000));
}

/**
 * Moves the user's month counters to `month`, from zero. Conditional on the
 * stored month being another one, so of several calls racing at a month's
 * start only the first resets them, and every call's $inc lands after it.
 */
export async function startMonth(userId: string, month: string): Promise<void> {
  await User.updateOne(
    { _id: userId, "usage.month": { $ne: month } },
    {
      $set: {
        "usage.month": month,
        "usage.month_cost_usd": 0,
        "usage.month_committed_usd": 0,
      },
    },
  );
}
