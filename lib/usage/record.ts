import type { Types } from "mongoose";
import type { TokenReservation } from "@/lib/chat/token-budget";
import { estimateCostUsd, type ModelInfo } from "@/lib/llm/catalogue";
import { utcDay } from "@/models/day";
import { type UsageKind, UsageLog } from "@/models/usage-log";
import { User } from "@/models/user";

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
 * Bills one model call, in chat, the arena or a preview alike: the token
 * reservation is settled to the real count and the user's counters grow
 * with $inc, and a usage log entry is written. Returns the cost recorded.
 */
export async function recordUsage(usage: ModelUsage): Promise<number> {
  const now = new Date();
  const { promptTokens, completionTokens, reservation } = usage;
  const tokens = promptTokens + completionTokens;
  const costUsd = usageCost(usage);

  await Promise.all([
    User.updateOne(
      { _id: reservation.userId },
      {
        $inc: {
          "usage.tokens_used": tokens - reservation.reserved,
          "usage.messages_sent": usage.newUserMessage ? 1 : 0,
          "usage.cost_usd": costUsd,
        },
        $set: { "usage.last_active": now },
      },
    ),
    tokens > 0 || costUsd > 0
      ? UsageLog.create({
          user_id: reservation.userId,
          kind: usage.kind,
          conversation_id: usage.conversationId ?? null,
          message_id: usage.messageId ?? null,
          arena_session_id: usage.arenaSessionId ?? null,
          model_id: usage.modelId,
          tokens: { prompt: promptTokens, completion: completionTokens, total: tokens },
          cost_usd: costUsd,
          day: utcDay(now),
        })
      : null,
  ]);
  return costUsd;
}
