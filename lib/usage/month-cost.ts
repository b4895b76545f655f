import { utcDay } from "@/models/day";
import type { UserDoc } from "@/models/user";

/** The UTC month as "YYYY-MM". */
export function currentMonth(now = new Date()): string {
  return utcDay(now).slice(0, 7);
}

/** What a user has spent this calendar month (UTC), from the counter kept with each call. */
export function costThisMonth(user: Pick<UserDoc, "usage">): number {
  return user.usage.month === currentMonth() ? user.usage.month_cost_usd : 0;
}
