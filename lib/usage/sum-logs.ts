import type { QueryFilter } from "mongoose";
import { UsageLog, type UsageLogDoc } from "@/models/usage-log";

export interface UsageSums {
  replies: number;
  tokens: number;
  costUsd: number;
}

type LogFacts = Pick<UsageLogDoc, "day" | "model_id" | "user_id" | "tokens" | "cost_usd">;

/**
 * Sums the usage logs a filter finds, grouped by each of `keys`, in one pass
 * over a cursor. Summed here rather than with `$group`: the embedded
 * database reads an aggregation's whole collection, but a find uses the index.
 */
export async function sumLogs<G extends string>(
  filter: QueryFilter<UsageLogDoc>,
  keys: Record<G, (log: LogFacts) => string>,
): Promise<Record<G, Map<string, UsageSums>>> {
  const groups = Object.fromEntries(
    Object.keys(keys).map((name) => [name, new Map<string, UsageSums>()]),
  ) as Record<G, Map<string, UsageSums>>;
  const cursor = UsageLog.find(filter)
    .select("day model_id user_id tokens.total cost_usd")
    .lean<LogFacts[]>()
    .cursor({ batchSize: 2_000 });
  for await (const log of cursor) {
    for (const name of Object.keys(keys) as G[]) {
      const key = keys[name](log);
      const sums = groups[name].get(key) ?? { replies: 0, tokens: 0, costUsd: 0 };
      sums.replies += 1;
      sums.tokens += log.tokens.total;
      sums.costUsd += log.cost_usd;
      groups[name].set(key, sums);
    }
  }
  return groups;
}
