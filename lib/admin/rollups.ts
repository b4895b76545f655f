import type { AnyBulkWriteOperation } from "mongoose";
import { sumLogs, type UsageSums } from "@/lib/usage/sum-logs";
import { utcDay } from "@/models/day";
import { UsageLog } from "@/models/usage-log";
import { UsageRollup, type UsageRollupDoc } from "@/models/usage-rollup";

export interface DaySums {
  day: string;
  dim: "model" | "user";
  key: string;
  replies: number;
  tokens: number;
  costUsd: number;
}

/** One day's usage logs summed by model and by user, in one pass over the `day` index. */
async function sumDay(day: string): Promise<DaySums[]> {
  const { model, user } = await sumLogs(
    { day },
    { model: (log) => log.model_id, user: (log) => log.user_id.toString() },
  );
  const rows = (dim: "model" | "user", sums: Map<string, UsageSums>) =>
    [...sums].map(([key, sum]) => ({ day, dim, key, ...sum }));
  return [...rows("model", model), ...rows("user", user)];
}

/**
 * The sums for `days`: finished days from their roll-ups (made now, once,
 * for any day not yet closed), today live from the logs. The roll-up of a
 * day is written with upserts and closed last, so two dashboards racing to
 * make it write the same numbers.
 */
export async function usageSums(days: string[]): Promise<DaySums[]> {
  const today = utcDay();
  const past = days.filter((day) => day < today);
  const closed = new Set(
    (
      await UsageRollup.find({ day: { $in: past }, dim: "closed" })
        .select("day")
        .lean()
    ).map((doc) => doc.day),
  );
  const open = past.filter((day) => !closed.has(day));
  // Days nobody used are closed with their marker alone, without summing anything.
  const used = new Set(open.length ? await UsageLog.distinct("day", { day: { $in: open } }) : []);
  for (const day of open) await closeDay(day, used.has(day));
  const stored = await UsageRollup.find({
    day: { $in: past },
    dim: { $in: ["model", "user"] },
  }).lean();
  const live = days.includes(today) ? await sumDay(today) : [];
  return [
    ...stored.map((doc) => ({
      day: doc.day,
      dim: doc.dim as "model" | "user",
      key: doc.key,
      replies: doc.replies,
      tokens: doc.tokens,
      costUsd: doc.cost_usd,
    })),
    ...live,
  ];
}

async function closeDay(day: string, used: boolean): Promise<void> {
  const sums = used ? await sumDay(day) : [];
  const operations: AnyBulkWriteOperation<UsageRollupDoc>[] = [
    ...sums.map((sum) => ({
      updateOne: {
        filter: { day, dim: sum.dim, key: sum.key },
        update: { $set: { replies: sum.replies, tokens: sum.tokens, cost_usd: sum.costUsd } },
        upsert: true,
      },
    })),
    {
      updateOne: {
        filter: { day, dim: "closed" as const, key: "" },
        update: { $set: { replies: 0 } },
        upsert: true,
      },
    },
  ];
  // Ordered: the marker is written only after every sum.
  await UsageRollup.bulkWrite(operations, { ordered: true });
}
