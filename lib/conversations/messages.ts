import type { Types } from "mongoose";
import { Message, type MessageDoc } from "@/models/message";

/** Every message of a conversation's tree, oldest first; the owner is part of the query. */
export function findConversationMessages(
  actor: { id: string },
  conversationId: Types.ObjectId,
): Promise<MessageDoc[]> {
  return Message.find({ conversation_id: conversationId, user_id: actor.id })
    .sort({ created_at: 1, _id: 1 })
    .lean();
}
