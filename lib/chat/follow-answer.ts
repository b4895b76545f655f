import type { UIMessageChunk } from "ai";
import type { SessionUser } from "@/lib/auth/types";
import { findOwnedConversation } from "@/lib/conversations/access";
import { toObjectId } from "@/lib/db/ids";
import { AppError } from "@/lib/errors";
import { Message, messageStatus } from "@/models/message";
import { followAnswer } from "./answer-stream";

/**
 * The owner's answer `messageId` while it runs, as the UI message stream
 * that writes it, replayed from its start and followed live (a reload, a
 * second tab, another device); null once it no longer runs: the stored
 * message then holds it.
 */
export async function followOwnAnswer(
  actor: SessionUser,
  conversationId: string,
  messageId: string,
): Promise<ReadableStream<UIMessageChunk> | null> {
  const conversation = await findOwnedConversation(actor, conversationId);
  const _id = toObjectId(messageId);
  const message = _id
    ? await Message.findOne({ _id, conversation_id: conversation._id, user_id: actor.id })
        .select("status is_error")
        .lean()
    : null;
  if (!message) throw AppError.notFound("message");
  return messageStatus(message) === "streaming" ? followAnswer(message._id) : null;
}
