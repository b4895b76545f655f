import type { Types } from "mongoose";
import type { SessionUser } from "@/lib/auth/types";
import { findOwned } from "@/lib/db/find-owned";
import { ShareLink } from "@/models/share-link";

/** Deletes one of the actor's links: its page, its copy and its files answer 404 at once. */
export async function revokeShareLink(actor: SessionUser, id: string): Promise<void> {
  await findOwned("share link", id, async (_id) => {
    const { deletedCount } = await ShareLink.deleteOne({ _id, user_id: actor.id });
    return deletedCount === 1 ? _id : null;
  });
}

/** Deletes a conversation's link along with the conversation. */
export async function revokeConversationShares(
  actor: { id: string },
  conversationId: Types.ObjectId,
): Promise<void> {
  await ShareLink.deleteMany({ conversation_id: conversationId, user_id: actor.id });
}
