import { Types } from "mongoose";
import type { TokenReservation } from "@/lib/chat/token-budget";
import { insertOnce, type Write, writeOnce } from "@/lib/db/durable-save";
import { estimateCostUsd, type ModelInfo } from "@/lib/llm/catalogue";
import { utcDay } from "@/models/day";
import { type UsageKind, UsageLog } from "@/models/usage-log";
import { UsageRollup, userModelKey } from "@/models/usage-rollup";
import { User } from "@/models/user";
import { currentMonth } from "./month-cost";

export interface ModelUsage {
  kind: UsageKind;
  modelId: string;
  /** null when the catalogue could not be read: the cost is then what the upstream billed, or 0. */
  model: ModelInfo | null;
  reservation: TokenReservation;
  promptTokens: number;
  completionTokens: number;
  /** What the upstream billed; null when it did not say, and the price list is used. */
  costUsd: number | null;
  /** Counts toward the user's messages sent. */
  newUserMessage?: boolean;
  conversationId?: Types.ObjectId;
  messageId?: Types.ObjectId;
  arenaSessionId?: Types.ObjectId;
  /** When the call happened; now unless a record is being replayed. */
  at?: Date;
}

/** The cost of a call: what the upstream billed, else the price list's figure. */
export function usageCost(
  usage: Pick<ModelUsage, "model" | "promptTokens" | "completionTokens" | "costUsd">,
): number {
  return (
    usage.costUsd ??
    (usage.model ? estimateCostUsd(usage.model, usage.promptTokens, usage.completionTokens) : 0)
  );
}

/**
 * Bills one model call, in chat, the arena, images or a preview alike: the
 * token reservation is settled to the real count, the user's counters (and
 * this month's cost) and the admin roll-ups grow with $inc, and a usage log
 * entry is written. Each write goes through `write`, so a durable save
 * (see saveDurably) retries each one alone and never repeats one that went
 * through. Returns the cost recorded.
 */
export async function recordUsage(usage: ModelUsage, write = writeOnce): Promise<number> {
  const now = usage.at ?? new Date();
  const { promptTokens, completionTokens, reservation } = usage;
  const tokens = promptTokens + completionTokens;
  const costUsd = usageCost(usage);

  const billed = tokens > 0 || costUsd > 0;
  // Its own id, so a retried insert finds it rather than logging the call twice.
  const logId = new Types.ObjectId();
  await Promise.all([
    addToUser(usage, tokens, costUsd, now, write),
    billed ? write(() => addToRollups(usage, tokens, costUsd, now)) : null,
    billed
      ? write(() =>
          insertOnce(() =>
            UsageLog.create({
              _id: logId,
              user_id: reservation.userId,
              kind: usage.kind,
              conversation_id: usage.conversationId ?? null,
              message_id: usage.messageId ?? null,
              arena_session_id: usage.arenaSessionId ?? null,
              model_id: usage.modelId,
              tokens: { prompt: promptTokens, completion: completionTokens, total: tokens },
              cost_usd: costUsd,
              day: utcDay(now),
              created_at: now,
            }),
          ),
        )
      : null,
  ]);
  return costUsd;
}

/**
 * The user's counters, in one update while the month is the same; the
 * call's reservations are settled to the real figures in it. The first
 * call of a month finds no match and starts the month's counters with its
 * own cost, on the condition that the stored month is another one: of
 * several calls racing there only one starts it, and the others add to it
 * like any call, so this month's cost is always the sum of its usage logs.
 */
async function addToUser(
  usage: ModelUsage,
  tokens: number,
  costUsd: number,
  now: Date,
  write: Write,
) {
  const month = currentMonth(now);
  const { reservation } = usage;
  // A reservation made last month was dropped with last month's counters.
  const heldUsd = reservation.month === month ? (reservation.reservedUsd ?? 0) : 0;
  const counters = {
    "usage.tokens_used": tokens - reservation.reserved,
    "usage.messages_sent": usage.newUserMessage ? 1 : 0,
    "usage.cost_usd": costUsd,
  };
  const addToMonth = () =>
    write(() =>
      User.updateOne(
        { _id: reservation.userId, "usage.month": month },
        {
          $inc: {
            ...counters,
            "usage.month_cost_usd": costUsd,
            "usage.month_committed_usd": costUsd - heldUsd,
          },
          $set: { "usage.last_active": now },
        },
      ).exec(),
    );
  if ((await addToMonth()).matchedCount > 0) return;
  const started = await write(() =>
    User.updateOne(
      { _id: reservation.userId, "usage.month": { $ne: month } },
      {
        $inc: counters,
        $set: {
          "usage.last_active": now,
          "usage.month": month,
          "usage.month_cost_usd": costUsd,
          "usage.month_committed_usd": costUsd,
        },
      },
    ).exec(),
  );
  if (started.matchedCount === 0) await addToMonth();
}

/** The day's sums by model and by user, and the user's sums by model this month and all time: one round trip. */
async function addToRollups(usage: ModelUsage, tokens: number, costUsd: number, now: Date) {
  const day = utcDay(now);
  const userId = usage.reservation.userId;
  const add = { $inc: { replies: 1, tokens, cost_usd: costUsd } };
  await UsageRollup.bulkWrite(
    [
      { day, dim: "model" as const, key: usage.modelId },
      { day, dim: "user" as const, key: userId },
      { day: "", dim: "user_model" as const, key: userModelKey(userId, usage.modelId) },
      {
        day: currentMonth(now),
        dim: "user_model" as const,
        key: userModelKey(userId, usage.modelId),
      },
    ].map((filter) => ({ updateOne: { filter, update: add, upsert: true } })),
    { ordered: false },
  );
}
