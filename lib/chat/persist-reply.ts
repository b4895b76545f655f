import type { Types } from "mongoose";
import type { AppError } from "@/lib/errors";
import { estimateCostUsd, type ModelInfo } from "@/lib/llm/catalogue";
import { Conversation } from "@/models/conversation";
import { utcDay } from "@/models/day";
import { Message } from "@/models/message";
import { UsageLog } from "@/models/usage-log";
import { User } from "@/models/user";
import type { TokenReservation } from "./token-budget";

export interface ReplyOutcome {
  text: string;
  finishReason: string;
  promptTokens: number;
  completionTokens: number;
  /** What the upstream billed; null when it did not say. */
  costUsd: number | null;
  generationTimeMs: number;
  error: AppError | null;
}

export interface ReplyTarget {
  userId: string;
  conversationId: Types.ObjectId;
  assistantId: Types.ObjectId;
  parentId: Types.ObjectId;
  modelId: string;
  model: ModelInfo | null;
  /** What the conversation's config becomes; undefined leaves it as it is. */
  conversationConfigId: string | null | undefined;
  /** Whether this exchange stored a new user message (a retried one was stored before). */
  newUserMessage: boolean;
  /** Set on the first exchange of a conversation still called "New conversation". */
  provisionalTitle: string | null;
  reservation: TokenReservation;
}

/**
 * Saves a finished, stopped or failed reply in one step: the message, then
 * the conversation's stats, the user's counters and the usage log, each a
 * single write with $inc. Nothing here runs per token.
 */
export async function persistReply(target: ReplyTarget, outcome: ReplyOutcome): Promise<number> {
  const now = new Date();
  const { promptTokens, completionTokens } = outcome;
  const tokens = promptTokens + completionTokens;
  const costUsd =
    outcome.costUsd ??
    (target.model ? estimateCostUsd(target.model, promptTokens, completionTokens) : 0);

  await Message.create({
    _id: target.assistantId,
    conversation_id: target.conversationId,
    user_id: target.userId,
    parent_id: target.parentId,
    role: "assistant",
    content: outcome.text,
    metadata: {
      model_id: target.modelId,
      tokens: { prompt: promptTokens, completion: completionTokens },
      generation_time_ms: outcome.generationTimeMs,
      finish_reason: outcome.finishReason,
      cost_usd: costUsd,
    },
    is_error: outcome.error !== null,
    error_message: outcome.error?.message ?? null,
  });

  await Promise.all([
    Conversation.updateOne(
      { _id: target.conversationId, user_id: target.userId },
      {
        $inc: {
          message_count: target.newUserMessage ? 2 : 1,
          "stats.total_tokens": tokens,
          "stats.input_tokens": promptTokens,
          "stats.output_tokens": completionTokens,
          "stats.cost_usd": costUsd,
        },
        $set: {
          last_message_at: now,
          current_leaf_id: target.assistantId,
          model_id: target.modelId,
          ...(target.conversationConfigId === undefined
            ? {}
            : { config_id: target.conversationConfigId }),
          ...(target.provisionalTitle ? { title: target.provisionalTitle } : {}),
        },
      },
    ),
    User.updateOne(
      { _id: target.userId },
      {
        $inc: {
          "usage.tokens_used": tokens - target.reservation.reserved,
          "usage.messages_sent": target.newUserMessage ? 1 : 0,
          "usage.cost_usd": costUsd,
        },
        $set: { "usage.last_active": now },
      },
    ),
    tokens > 0 || costUsd > 0
      ? UsageLog.create({
          user_id: target.userId,
          kind: "chat",
          conversation_id: target.conversationId,
          message_id: target.assistantId,
          model_id: target.modelId,
          tokens: { prompt: promptTokens, completion: completionTokens, total: tokens },
          cost_usd: costUsd,
          day: utcDay(now),
        })
      : null,
  ]);
  return costUsd;
}
