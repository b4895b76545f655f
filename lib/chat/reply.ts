import type { ModelMessage, UIMessageChunk } from "ai";
import { Types } from "mongoose";
import type { SessionUser } from "@/lib/auth/types";
import { env } from "@/lib/env";
import type { ConversationDoc } from "@/models/conversation";
import type { MessageDoc } from "@/models/message";
import { User } from "@/models/user";
import { fitToContextWindow } from "./context-window";
import { startGeneration } from "./generation";
import type { ResolvedModel } from "./resolve-model";
import { DEFAULT_TITLE, provisionalTitle } from "./title";
import {
  type Allowance,
  estimatePromptTokens,
  reserveTokens,
  type TokenReservation,
} from "./token-budget";

export interface ReplyPlan {
  actor: SessionUser;
  conversation: ConversationDoc;
  resolved: ResolvedModel;
  /** What the model reads, ending with the user message being answered. */
  messages: ModelMessage[];
  /** How many older messages were left out to fit the model's context window. */
  contextDropped: number;
}

/** The call to make: the conversation fitted to the model's context window. */
export function planReply(
  actor: SessionUser,
  conversation: ConversationDoc,
  resolved: ResolvedModel,
  history: ModelMessage[],
): ReplyPlan {
  const fitted = fitToContextWindow(
    resolved.system,
    history,
    resolved.model,
    resolved.parameters.maxTokens,
  );
  return {
    actor,
    conversation,
    resolved,
    messages: fitted.messages,
    contextDropped: fitted.dropped,
  };
}

/** Admits the call against the user's token limit and budget; undo with releaseTokens if it never starts. */
export function admit(plan: ReplyPlan, allowance?: Allowance): Promise<TokenReservation> {
  return reserveTokens(
    plan.actor.id,
    {
      promptTokens: estimatePromptTokens(plan.resolved.system, plan.messages),
      maxOutputTokens: plan.resolved.parameters.maxTokens ?? plan.resolved.model?.maxOutputTokens,
      model: plan.resolved.model,
    },
    allowance,
  );
}

/** Gives back a reservation whose call never reached the provider. */
export async function releaseTokens(reservation: TokenReservation): Promise<void> {
  const reservedUsd = reservation.reservedUsd ?? 0;
  if (reservation.reserved === 0 && reservedUsd === 0) return;
  await User.updateOne(
    { _id: reservation.userId },
    { $inc: { "usage.tokens_used": -reservation.reserved } },
  );
  if (reservedUsd === 0) return;
  // Only in the month it was held in: a new month started from zero without it.
  await User.updateOne(
    { _id: reservation.userId, "usage.month": reservation.month },
    { $inc: { "usage.month_committed_usd": -reservedUsd } },
  );
}

/**
 * Streams the answer to `userMessage`, an admitted call, once its record is
 * stored. `answerClientId` names the first answer to a sent message (see openAnswer).
 */
export function answer(
  plan: ReplyPlan,
  reservation: TokenReservation,
  userMessage: MessageDoc,
  newUserMessage: boolean,
  answerClientId?: string,
): Promise<ReadableStream<UIMessageChunk>> {
  const { conversation, resolved } = plan;
  // The first question names the conversation, and its first good answer lets
  // the model title it: also when that answer comes from a retry after a failure.
  const provisional = provisionalTitle(userMessage.content);
  const untitled =
    userMessage.parent_id === null &&
    (conversation.title === DEFAULT_TITLE || conversation.title === provisional);
  return startGeneration({
    target: {
      userId: plan.actor.id,
      conversationId: conversation._id,
      assistantId: new Types.ObjectId(),
      parentId: userMessage._id,
      modelId: resolved.modelId,
      model: resolved.model,
      conversationConfigId: resolved.conversationConfigId,
      newUserMessage,
      provisionalTitle: untitled ? provisional : null,
      reservation,
      contextDropped: plan.contextDropped,
    },
    userMessageId: userMessage._id.toString(),
    userText: userMessage.content,
    system: resolved.system,
    messages: plan.messages,
    parameters: resolved.parameters,
    idleTimeoutMs: env().LLM_IDLE_TIMEOUT_MS,
    promptTokensEstimate: estimatePromptTokens(plan.resolved.system, plan.messages),
    answerClientId,
  });
}
