import type { Types } from "mongoose";
import { saveDurably, type Write, writeOnce } from "@/lib/db/durable-save";
import type { ModelInfo } from "@/lib/llm/catalogue";
import { log } from "@/lib/log";
import { type ModelUsage, recordUsage, usageCost } from "@/lib/usage/record";
import { Conversation } from "@/models/conversation";
import { Message, type MessageStatus } from "@/models/message";
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

/** The status an answer ends with. */
export function finalStatus(outcome: RunOutcome): MessageStatus {
  if (outcome.finishReason === "interrupted") return "interrupted";
  if (outcome.error) return "error";
  return outcome.finishReason === "stopped" ? "stopped" : "complete";
}

/**
 * The answer's last write: its text, final status and usage, then the
 * conversation's stats, the user's counters and the usage log, each a
 * single write with $inc. Only a message still `streaming` is written, so
 * an answer that recovery already finished (its lease lapsed) is not billed
 * twice. The user has seen the answer by now, so a database that cannot be
 * reached does not lose it: it is kept in memory and saved when the
 * database is back (see saveDurably), and the cost is returned at once.
 */
export async function persistReply(target: ReplyTarget, outcome: RunOutcome): Promise<number> {
  const costUsd = usageCost({ model: target.model, ...outcome });
  const ids = {
    conversationId: String(target.conversationId),
    messageId: String(target.assistantId),
    userId: target.userId,
  };
  await saveDurably("answer", ids, (write) => saveReply(target, outcome, costUsd, write));
  return costUsd;
}

async function saveReply(target: ReplyTarget, outcome: RunOutcome, costUsd: number, write: Write) {
  const { promptTokens, completionTokens } = outcome;
  const status = finalStatus(outcome);
  const saved = await write(async () => {
    const { matchedCount } = await Message.updateOne(
      { _id: target.assistantId, user_id: target.userId, status: "streaming" },
      {
        $set: {
          content: outcome.text,
          status,
          lease: null,
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
        },
      },
    );
    if (matchedCount > 0) return true;
    // Only this write ends an answer other than `interrupted` (recovery
    // does that too): finding it ended so means an earlier attempt went
    // through and its reply was lost.
    if (status === "interrupted") return false;
    return (await Message.exists({ _id: target.assistantId, status })) !== null;
  });
  if (saved) {
    await settleAnswer(target, { promptTokens, completionTokens, costUsd }, write);
    return;
  }
  if (await write(() => Message.exists({ _id: target.assistantId }))) {
    log.warn("an answer was finished elsewhere before its end was saved", {
      messageId: String(target.assistantId),
    });
    return;
  }
  // Its conversation was deleted meanwhile: the call still happened and is billed.
  await recordUsage(
    chatUsage({ ...target, newUserMessage: false }, { promptTokens, completionTokens, costUsd }),
    write,
  );
}

/** An answer's usage, as the usage log and the user's counters record it. */
function chatUsage(
  target: AnswerSettlement,
  usage: { promptTokens: number; completionTokens: number; costUsd: number },
): ModelUsage {
  return {
    kind: "chat",
    modelId: target.modelId,
    model: target.model,
    reservation: target.reservation,
    ...usage,
    newUserMessage: target.newUserMessage,
    conversationId: target.conversationId,
    messageId: target.assistantId,
  };
}

export type AnswerSettlement = Pick<
  ReplyTarget,
  | "userId"
  | "conversationId"
  | "assistantId"
  | "modelId"
  | "model"
  | "conversationConfigId"
  | "newUserMessage"
  | "provisionalTitle"
  | "reservation"
>;

/**
 * Counts an ended answer: the conversation's stats and leaf, then the
 * user's counters and the usage log, which settle its reservation.
 */
export async function settleAnswer(
  target: AnswerSettlement,
  usage: { promptTokens: number; completionTokens: number; costUsd: number },
  write = writeOnce,
): Promise<void> {
  const { promptTokens, completionTokens, costUsd } = usage;
  const tokens = promptTokens + completionTokens;
  const updateConversation = () =>
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
          last_message_at: new Date(),
          current_leaf_id: target.assistantId,
          model_id: target.modelId,
          ...(target.conversationConfigId === undefined
            ? {}
            : { config_id: target.conversationConfigId }),
          ...(target.provisionalTitle ? { title: target.provisionalTitle } : {}),
        },
      },
    ).exec();
  await Promise.all([write(updateConversation), recordUsage(chatUsage(target, usage), write)]);
}
