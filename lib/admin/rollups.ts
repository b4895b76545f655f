import { UsageRollup } from "@/models/usage-rollup";

export interface DaySums {
  day: string;
  dim: "model" | "user";
  key: string;
  replies: number;
  tokens: number;
  costUsd: number;
}

/** The roll-ups of `days`, by model and by user (kept with $inc by every model call). */
export async function usageSums(days: string[]): Promise<DaySums[]> {
  const docs = await UsageRollup.find({ day: { $in: days }, dim: { $in: ["model", "user"] } })
    .select("day dim key replies tokens cost_usd")
    .lean();
  return docs.map((doc) => ({
    day: doc.day,
    dim: doc.dim as "model" | "user",
    key: doc.key,
    replies: doc.replies,
    tokens: doc.tokens,
    costUsd: doc.cost_usd,
  }));
}
