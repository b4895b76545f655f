import type { UIMessageChunk } from "ai";
import type { SessionUser } from "@/lib/auth/types";
import { findOwnedConversation } from "@/lib/conversations/access";
import { findOwned } from "@/lib/db/find-owned";
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
  const message = await findOwned("message", messageId, (_id) =>
    Message.findOne({ _id, conversation_id: conversation._id, user_id: actor.id })
      .select("status is_error")
      .lean(),
  );
  return messageStatus(message) === "streaming" ? followAnswer(message._id) : null;
}
