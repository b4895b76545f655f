import type { DashboardDto, DashboardRange } from "@/lib/admin/dto";
import { assertAdmin } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/types";
import { connectDb } from "@/lib/db/connect";
import { parseInput } from "@/lib/validation";
import { ArenaVote } from "@/models/arena-vote";
import { Conversation } from "@/models/conversation";
import { utcDay } from "@/models/day";
import { GeneratedImage } from "@/models/generated-image";
import { Message } from "@/models/message";
import { User } from "@/models/user";
import { type DaySums, usageSums } from "./rollups";
import { dashboardSchema } from "./schemas";

const DAY_MS = 24 * 60 * 60 * 1000;
const TOP = 10;

/** The last `count` UTC days, oldest first, today included. */
export function lastDays(count: number, now = Date.now()): string[] {
  return Array.from({ length: count }, (_, i) => utcDay(new Date(now - (count - 1 - i) * DAY_MS)));
}

/**
 * The admin dashboard: headline counts, and usage per day, by model and by
 * user over 7, 30 or 90 days. Usage comes from the daily roll-ups every
 * model call keeps, so it costs the same with a million logs as with a
 * hundred; counts are small-collection counts or estimated sizes.
 */
export async function getDashboard(actor: SessionUser, query: unknown): Promise<DashboardDto> {
  assertAdmin(actor);
  const range = Number(parseInput(dashboardSchema, query).range) as DashboardRange;
  const days = lastDays(range);
  const first = days[0] ?? utcDay();
  await connectDb();

  const [sums, signUps, users, active7, active30, conversations, messages, images, votes] =
    await Promise.all([
      usageSums(days),
      User.find({ created_at: { $gte: new Date(`${first}T00:00:00Z`) } })
        .select("created_at")
        .lean(),
      User.estimatedDocumentCount(),
      User.countDocuments({ "usage.last_active": { $gte: new Date(Date.now() - 7 * DAY_MS) } }),
      User.countDocuments({ "usage.last_active": { $gte: new Date(Date.now() - 30 * DAY_MS) } }),
      Conversation.estimatedDocumentCount(),
      Message.estimatedDocumentCount(),
      GeneratedImage.estimatedDocumentCount(),
      ArenaVote.estimatedDocumentCount(),
    ]);

  const newUsersByDay = countBy(signUps.map((user) => utcDay(user.created_at)));
  const weekStart = days.at(-7) ?? first;
  const modelSums = sums.filter((sum) => sum.dim === "model");
  const perDay = days.map((day) => {
    const ofDay = modelSums.filter((sum) => sum.day === day);
    return {
      day,
      replies: total(ofDay, "replies"),
      tokens: total(ofDay, "tokens"),
      costUsd: total(ofDay, "costUsd"),
      newUsers: newUsersByDay.get(day) ?? 0,
    };
  });

  const byModel = [...groupByKey(modelSums)]
    .map(([modelId, rows]) => ({
      modelId,
      replies: total(rows, "replies"),
      tokens: total(rows, "tokens"),
      costUsd: total(rows, "costUsd"),
    }))
    .sort((a, b) => b.costUsd - a.costUsd || b.replies - a.replies)
    .slice(0, TOP);

  const userTotals = [...groupByKey(sums.filter((sum) => sum.dim === "user"))]
    .map(([userId, rows]) => ({
      userId,
      tokens: total(rows, "tokens"),
      costUsd: total(rows, "costUsd"),
    }))
    .sort((a, b) => b.tokens - a.tokens)
    .slice(0, TOP);
  const people = await User.find({ _id: { $in: userTotals.map((row) => row.userId) } })
    .select("email profile.display_name")
    .lean();
  const byId = new Map(people.map((person) => [person._id.toString(), person]));
  const topUsers = userTotals.map((row) => ({
    ...row,
    displayName: byId.get(row.userId)?.profile.display_name ?? "Deleted user",
    email: byId.get(row.userId)?.email ?? "",
  }));

  return {
    range,
    days,
    headline: {
      users,
      activeLast7Days: active7,
      activeLast30Days: active30,
      newThisWeek: signUps.filter((user) => utcDay(user.created_at) >= weekStart).length,
      conversations,
      messages,
      tokens: total(perDay, "tokens"),
      costUsd: total(perDay, "costUsd"),
      imagesGenerated: images,
      arenaVotes: votes,
    },
    perDay,
    byModel,
    topUsers,
  };
}

function total<K extends string>(rows: Record<K, number>[], field: K): number {
  return rows.reduce((sum, row) => sum + row[field], 0);
}

function countBy(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

function groupByKey(rows: DaySums[]): Map<string, DaySums[]> {
  const groups = new Map<string, DaySums[]>();
  for (const row of rows) groups.set(row.key, [...(groups.get(row.key) ?? []), row]);
  return groups;
}
