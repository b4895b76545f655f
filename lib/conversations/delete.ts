import type { Types } from "mongoose";
import type { SessionUser } from "@/lib/auth/types";
import { connectDb } from "@/lib/db/connect";
import { toObjectId } from "@/lib/db/ids";
import { AppError } from "@/lib/errors";
import { countOutOfFolder } from "@/lib/folders/counts";
import { publishEvent } from "@/lib/realtime/events";
import { revokeConversationShares } from "@/lib/shares/revoke";
import { Conversation } from "@/models/conversation";
import { Message } from "@/models/message";

const ATTEMPTS = 3;

/** Deletes a conversation with all its messages and its share link, and counts it out of its folder. */
export async function deleteConversation(actor: SessionUser, id: string): Promise<void> {
  const _id = toObjectId(id);
  if (!_id) throw AppError.notFound("conversation");

  await connectDb();
  const folderId = await deleteCounted(actor, _id);
  await Message.deleteMany({ conversation_id: _id, user_id: actor.id });
  await revokeConversationShares(actor, _id);
  if (folderId) await countOutOfFolder(actor, folderId);
  await publishEvent(actor.id, "conversation.deleted", { conversationId: _id.toString() });
}

/**
 * Deletes the conversation document and returns the folder it was in. Only
 * the request whose delete removed it counts it out of that folder: the
 * embedded database's findAndModify reads before it deletes, so two deletes
 * at once would both "find" it, while deleteOne's count is exact. The folder
 * read is part of the filter, so a move in between makes this try again.
 */
async function deleteCounted(
  actor: SessionUser,
  _id: Types.ObjectId,
): Promise<Types.ObjectId | null> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const found = await Conversation.findOne({ _id, user_id: actor.id }).select("folder_id").lean();
    if (!found) break;
    const { deletedCount } = await Conversation.deleteOne({
      _id,
      user_id: actor.id,
      folder_id: found.folder_id,
    });
    if (deletedCount === 1) return found.folder_id;
  }
  throw AppError.notFound("conversation");
}
