import { randomUUID } from "node:crypto";
import { Types } from "mongoose";
import type { SessionUser } from "@/lib/auth/types";
import type { ToolCall } from "@/lib/chat/model-run";
import { provisionalTitle } from "@/lib/chat/title";
import { insertOnce, type Write, writeOnce } from "@/lib/db/durable-save";
import { publishEvent } from "@/lib/realtime/events";
import { Conversation } from "@/models/conversation";
import type { GenerationMetadata } from "@/models/generation-metadata";
import { Message, type MessageDoc, type ToolCallRecord } from "@/models/message";
import { messageText } from "./prompt";
import type { ApiMessage } from "./read-messages";
import { removeSavedImages, storeUserTurn } from "./store-images";

export interface Exchange {
  conversationId: Types.ObjectId;
  modelId: string;
  configId: Types.ObjectId | null;
  /** The request's messages; system ones stay out, as the chat keeps them in its config. */
  messages: ApiMessage[];
  answer: string;
  /** The tools the answer called; their results come in the caller's next request. */
  toolCalls: ToolCall[];
  metadata: GenerationMetadata;
}

type Turn = Pick<MessageDoc, "role" | "content"> &
  Partial<Pick<MessageDoc, "attachments" | "tool_calls">>;

function toRecords(calls: ToolCall[]): ToolCallRecord[] | undefined {
  return calls.length > 0 ? calls.map((call) => ({ ...call, result: null })) : undefined;
}

/**
 * Saves an API exchange as an ordinary conversation the person can open and
 * continue in the app: the request's messages as one branch, then the
 * answer. User messages keep their images as attachments (see store-images);
 * a tool's result is kept with the call it answers, on the answer that made it.
 * The conversation and its messages go through `write` (see saveDurably).
 */
export async function storeExchange(
  actor: SessionUser,
  exchange: Exchange,
  write = writeOnce,
): Promise<void> {
  const saved: string[] = [];
  try {
    await storeTurns(actor, exchange, await toTurns(actor, exchange, saved), write);
  } catch (error) {
    await removeSavedImages(actor, saved);
    throw error;
  }
}

async function toTurns(actor: SessionUser, exchange: Exchange, saved: string[]): Promise<Turn[]> {
  const turns: Turn[] = [];
  for (const message of exchange.messages) {
    if (message.role === "user") {
      turns.push({ role: "user", ...(await storeUserTurn(actor, message, saved)) });
    } else if (message.role === "assistant") {
      turns.push({
        role: "assistant",
        content: messageText(message),
        tool_calls: toRecords(message.toolCalls),
      });
    } else if (message.role === "tool") {
      // buildPrompt has checked that the answer before it made this call.
      const call = turns.at(-1)?.tool_calls?.find((made) => made.id === message.toolCallId);
      if (call) call.result = messageText(message);
    }
  }
  return turns;
}

async function storeTurns(
  actor: SessionUser,
  exchange: Exchange,
  asked: Turn[],
  write: Write,
): Promise<void> {
  const userId = new Types.ObjectId(actor.id);
  const docs: Partial<MessageDoc>[] = [];
  let parentId: Types.ObjectId | null = null;
  const turns = [
    ...asked,
    {
      role: "assistant" as const,
      content: exchange.answer,
      tool_calls: toRecords(exchange.toolCalls),
      metadata: exchange.metadata,
    },
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

  // Every document has its id already: a retried insert finds what an
  // earlier attempt stored, and unordered, still stores the rest.
  await write(() =>
    insertOnce(() =>
      Conversation.create({
        _id: exchange.conversationId,
        user_id: actor.id,
        title: provisionalTitle(firstUser?.content ?? ""),
        model_id: exchange.modelId,
        config_id: exchange.configId,
        message_count: docs.length,
        current_leaf_id: parentId,
        last_message_at: new Date(),
      }),
    ),
  );
  await write(() => insertOnce(() => Message.insertMany(docs, { ordered: false })));
  await publishEvent(actor.id, "conversation.updated", {
    conversationId: exchange.conversationId.toString(),
  });
}
