import type { SessionUser } from "@/lib/auth/types";
import { findOwned } from "@/lib/db/find-owned";
import { Conversation, type ConversationDoc } from "@/models/conversation";

/**
 * The conversation `id` if `actor` owns it. Ownership is part of the query,
 * so another user's conversation is indistinguishable from a missing one.
 */
export async function findOwnedConversation(
  actor: SessionUser,
  id: string,
): Promise<ConversationDoc> {
  return findOwned("conversation", id, (_id) =>
    Conversation.findOne({ _id, user_id: actor.id }).lean(),
  );
}
