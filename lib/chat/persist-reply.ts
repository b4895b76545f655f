import type { Types } from "mongoose";
import type { ModelInfo } from "@/lib/llm/catalogue";
import { recordUsage, usageCost } from "@/lib/usage/record";
import { Conversation } from "@/models/conversation";
import { Message } from "@/models/message";
import type { RunOutcome } from "./model-run";
import type { TokenReservation } from "./token-budget";

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
  /** Older messages left out of the prompt to fit the model's context window. */
  contextDropped: number;
}

/**
 * Saves a finished, stopped or failed reply in one step: the message, then
 * the conversation's stats, the user's counters and the usage log, each a
 * single write with $inc. Nothing here runs per token.
 */
export async function persistReply(target: ReplyTarget, outcome: RunOutcome): Promise<number> {
  const now = new Date();
  const { promptTokens, completionTokens } = outcome;
  const tokens = promptTokens + completionTokens;
  const costUsd = usageCost({ model: target.model, ...outcome });

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
      first_token_ms: outcome.firstTokenMs,
      finish_reason: outcome.finishReason,
      cost_usd: costUsd,
      context_dropped: target.contextDropped,
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
    recordUsage({
      kind: "chat",
      modelId: target.modelId,
      model: target.model,
      reservation: target.reservation,
      promptTokens,
      completionTokens,
      costUsd,
      newUserMessage: target.newUserMessage,
      conversationId: target.conversationId,
      messageId: target.assistantId,
    }),
  ]);
  return costUsd;
}
