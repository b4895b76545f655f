import type { SessionUser } from "@/lib/auth/types";
import { findOwnedConversation } from "@/lib/conversations/access";
import type { ConversationDto } from "@/lib/conversations/dto";
import { updateConversationSchema } from "@/lib/conversations/schemas";
import { toConversationDto } from "@/lib/conversations/to-dto";
import { AppError } from "@/lib/errors";
import { countIntoFolder, countOutOfFolder } from "@/lib/folders/counts";
import { publishEvent } from "@/lib/realtime/events";
import { parseInput } from "@/lib/validation";
import { Conversation, type ConversationDoc } from "@/models/conversation";
import { Folder } from "@/models/folder";
import { Message } from "@/models/message";

/**
 * Renames, pins, archives, tags, moves between folders or switches the
 * branch on show. Only the declared fields can change; moving keeps both
 * folders' counts right.
 */
export async function updateConversation(
  actor: SessionUser,
  id: string,
  input: unknown,
): Promise<ConversationDto> {
  const changes = parseInput(updateConversationSchema, input);
  const current = await findOwnedConversation(actor, id);

  const set: Partial<Record<keyof ConversationDoc, unknown>> = {};
  if (changes.title !== undefined) set.title = changes.title;
  if (changes.isPinned !== undefined) set.is_pinned = changes.isPinned;
  if (changes.isArchived !== undefined) set.is_archived = changes.isArchived;
  if (changes.tags !== undefined) set.tags = changes.tags;
  if (changes.currentLeafId !== undefined) {
    const inTree = await Message.exists({
      _id: changes.currentLeafId,
      conversation_id: current._id,
      user_id: actor.id,
    });
    if (!inTree) throw AppError.notFound("message");
    set.current_leaf_id = changes.currentLeafId;
  }

  const from = current.folder_id?.toString() ?? null;
  const to = changes.folderId === undefined ? from : changes.folderId;
  const moving = to !== from;
  if (moving) {
    set.folder_id = to;
    if (to) await countIntoFolder(actor, to);
  }
  if (Object.keys(set).length === 0) return toConversationDto(current);

  // When moving, the folder it was read in is part of the filter: of two
  // moves at once only one counts it out of that folder.
  const filter = moving
    ? { _id: current._id, user_id: actor.id, folder_id: current.folder_id }
    : { _id: current._id, user_id: actor.id };
  const updated = await Conversation.findOneAndUpdate(
    filter,
    { $set: set },
    { returnDocument: "after" },
  )
    .lean()
    .catch(async (error: unknown) => {
      if (moving && to) await countOutOfFolder(actor, to);
      throw error;
    });
  if (!updated) {
    if (moving && to) await countOutOfFolder(actor, to);
    throw moving
      ? AppError.conflict("The conversation changed meanwhile. Reload and try again.")
      : AppError.notFound("conversation");
  }
  if (moving && from) await countOutOfFolder(actor, from);
  await publishEvent(actor.id, "conversation.updated", { conversationId: current._id.toString() });
  if (moving && to) return toConversationDto(await leaveDeletedFolder(actor, updated, to));
  return toConversationDto(updated);
}

/**
 * A folder deleted between counting the conversation in and moving it there
 * has already released its conversations; this one joins them in no folder.
 */
async function leaveDeletedFolder(
  actor: SessionUser,
  conversation: ConversationDoc,
  folderId: string,
): Promise<ConversationDoc> {
  if (await Folder.exists({ _id: folderId, user_id: actor.id })) return conversation;
  const released = await Conversation.findOneAndUpdate(
    { _id: conversation._id, user_id: actor.id, folder_id: folderId },
    { $set: { folder_id: null } },
    { returnDocument: "after" },
  ).lean();
  return released ?? conversation;
}
