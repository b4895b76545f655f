import { randomUUID } from "node:crypto";
import { Types } from "mongoose";
import type { SessionUser } from "@/lib/auth/types";
import { provisionalTitle } from "@/lib/chat/title";
import { Conversation } from "@/models/conversation";
import type { GenerationMetadata } from "@/models/generation-metadata";
import { Message, type MessageDoc } from "@/models/message";
import { messageText } from "./prompt";
import type { ChatCompletionMessage } from "./schemas";

export interface Exchange {
  conversationId: Types.ObjectId;
  modelId: string;
  configId: Types.ObjectId | null;
  /** The request's messages; system ones stay out, as the chat keeps them in its config. */
  messages: ChatCompletionMessage[];
  answer: string;
  metadata: GenerationMetadata;
}

/**
 * Saves an API exchange as an ordinary conversation the person can open and
 * continue in the app: the request's messages as one branch, then the answer.
 */
export async function storeExchange(actor: SessionUser, exchange: Exchange): Promise<void> {
  const userId = new Types.ObjectId(actor.id);
  const docs: Partial<MessageDoc>[] = [];
  let parentId: Types.ObjectId | null = null;
  const turns = [
    ...exchange.messages
      .filter((message) => message.role === "user" || message.role === "assistant")
      .map((message) => ({
        role: message.role as "user" | "assistant",
        content: messageText(message),
      })),
    { role: "assistant" as const, content: exchange.answer, metadata: exchange.metadata },
  ];
  for (const turn of turns) {
    const _id: Types.ObjectId = new Types.ObjectId();
    docs.push({
      _id,
      conversation_id: exchange.conversationId,
      user_id: userId,
      parent_id: parentId,
      client_id: randomUUID(),
      ...turn,
    });
    parentId = _id;
  }
  const firstUser = turns.find((turn) => turn.role === "user");

  await Conversation.create({
    _id: exchange.conversationId,
    user_id: actor.id,
    title: provisionalTitle(firstUser?.content ?? ""),
    model_id: exchange.modelId,
    config_id: exchange.configId,
    message_count: docs.length,
    current_leaf_id: parentId,
    last_message_at: new Date(),
  });
  await Message.insertMany(docs);
}
