import type { SessionUser } from "@/lib/auth/types";
import { connectDb } from "@/lib/db/connect";
import { toObjectId } from "@/lib/db/ids";
import { AppError } from "@/lib/errors";
import { Conversation, type ConversationDoc } from "@/models/conversation";

/**
 * The conversation `id` if `actor` owns it. Ownership is part of the query,
 * so another user's conversation is indistinguishable from a missing one.
 */
export async function findOwnedConversation(
  actor: SessionUser,
  id: string,
): Promise<ConversationDoc> {
  const _id = toObjectId(id);
  if (!_id) throw AppError.notFound("conversation");
  await connectDb();
  const conversation = await Conversation.findOne({ _id, user_id: actor.id }).lean();
  if (!conversation) throw AppError.notFound("conversation");
  return conversation;
}
