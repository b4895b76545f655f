import type { SessionUser } from "@/lib/auth/types";
import { connectDb } from "@/lib/db/connect";
import { AppError } from "@/lib/errors";
import { utcDay } from "@/models/day";
import { UsageRollup } from "@/models/usage-rollup";
import { User } from "@/models/user";
import type { MyUsageDto } from "./dto";
import { costThisMonth, currentMonth } from "./month-cost";

const DAY_MS = 24 * 60 * 60 * 1000;

/** The month's days up to today, "YYYY-MM-DD", oldest first. */
function daysOfMonthSoFar(now: Date): string[] {
  const first = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
  return Array.from({ length: now.getUTCDate() }, (_, i) => utcDay(new Date(first + i * DAY_MS)));
}

/**
 * The signed-in person's usage this month against their limits, read from
 * the same counters and roll-ups as the admin pages: the day's sums by user
 * and the month's sums by user and model. Only ever their own: the id comes
 * from the session, never from the request.
 */
export async function getMyUsage(actor: SessionUser, now = new Date()): Promise<MyUsageDto> {
  await connectDb();
  const month = currentMonth(now);
  const days = daysOfMonthSoFar(now);
  const [user, daily, models] = await Promise.all([
    User.findById(actor.id)
      .select(
        "usage.tokens_used usage.tokens_limit usage.monthly_budget_usd usage.month usage.month_cost_usd",
      )
      .lean(),
    UsageRollup.find({ day: { $in: days }, dim: "user", key: actor.id })
      .select("day replies tokens cost_usd")
      .lean(),
    UsageRollup.find({ day: month, dim: "user_model", key: { $regex: `^${actor.id}/` } })
      .select("key replies tokens cost_usd")
      .lean(),
  ]);
  if (!user) throw AppError.unauthorized();

  const byDay = new Map(daily.map((sum) => [sum.day, sum]));
  return {
    month,
    tokensUsed: user.usage.tokens_used,
    tokensLimit: user.usage.tokens_limit,
    costThisMonthUsd: costThisMonth(user),
    monthlyBudgetUsd: user.usage.monthly_budget_usd,
    byDay: days.map((day) => {
      const sum = byDay.get(day);
      return {
        day,
        replies: sum?.replies ?? 0,
        tokens: sum?.tokens ?? 0,
        costUsd: sum?.cost_usd ?? 0,
      };
    }),
    byModel: models
      .map((sum) => ({
        modelId: sum.key.slice(actor.id.length + 1),
        replies: sum.replies,
        tokens: sum.tokens,
        costUsd: sum.cost_usd,
      }))
      .sort((a, b) => b.costUsd - a.costUsd || b.tokens - a.tokens),
  };
}
