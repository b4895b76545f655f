import { Types } from "mongoose";
import { utcDay } from "@/models/day";
import { UsageLog } from "@/models/usage-log";

/** The first day of this UTC month as "YYYY-MM-01". */
export function monthStart(now = new Date()): string {
  return `${utcDay(now).slice(0, 7)}-01`;
}

/** What a user has spent this calendar month (UTC): one indexed aggregation on (user_id, day). */
export async function costThisMonth(userId: string | Types.ObjectId): Promise<number> {
  const [row] = await UsageLog.aggregate<{ cost: number }>([
    { $match: { user_id: new Types.ObjectId(userId), day: { $gte: monthStart() } } },
    { $group: { _id: null, cost: { $sum: "$cost_usd" } } },
  ]);
  return row?.cost ?? 0;
}
