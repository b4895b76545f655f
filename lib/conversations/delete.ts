import type { Types } from "mongoose";
import type { SessionUser } from "@/lib/auth/types";
import { findOwned } from "@/lib/db/find-owned";
import { AppError } from "@/lib/errors";
import { countOutOfFolder } from "@/lib/folders/counts";
import { publishEvent } from "@/lib/realtime/events";
import { revokeConversationShares } from "@/lib/shares/revoke";
import { Conversation } from "@/models/conversation";
import { Message } from "@/models/message";

const ATTEMPTS = 3;

/** Deletes a conversation with all its messages and its share link, and counts it out of its folder. */
export async function deleteConversation(actor: SessionUser, id: string): Promise<void> {
  const found = await findOwned("conversation", id, (_id) => findPlace(actor, _id));
  const folderId = await deleteCounted(actor, found);
  await Message.deleteMany({ conversation_id: found._id, user_id: actor.id });
  await revokeConversationShares(actor, found._id);
  if (folderId) await countOutOfFolder(actor, folderId);
  await publishEvent(actor.id, "conversation.deleted", { conversationId: found._id.toString() });
}

type Place = { _id: Types.ObjectId; folder_id: Types.ObjectId | null };

/** The conversation and the folder it is in, as a delete reads them. */
function findPlace(actor: SessionUser, _id: Types.ObjectId): Promise<Place | null> {
  return Conversation.findOne({ _id, user_id: actor.id }).select("folder_id").lean<Place>().exec();
}

/**
 * Deletes the conversation document and returns the folder it was in. Only
 * the request whose delete removed it counts it out of that folder: the
 * embedded database's findAndModify reads before it deletes, so two deletes
 * at once would both "find" it, while deleteOne's count is exact. The folder
 * read is part of the filter, so a move in between makes this try again.
 */
async function deleteCounted(actor: SessionUser, first: Place): Promise<Types.ObjectId | null> {
  let found: Place | null = first;
  for (let attempt = 0; found && attempt < ATTEMPTS; attempt++) {
    const { deletedCount } = await Conversation.deleteOne({
      _id: found._id,
      user_id: actor.id,
      folder_id: found.folder_id,
    });
    if (deletedCount === 1) return found.folder_id;
    found = await findPlace(actor, found._id);
  }
  throw AppError.notFound("conversation");
}
