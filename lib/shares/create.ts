import type { SessionUser } from "@/lib/auth/types";
import { findOwnedConversation } from "@/lib/conversations/access";
import { branchOnShow } from "@/lib/conversations/branch";
import { findConversationMessages } from "@/lib/conversations/messages";
import { AppError, isDuplicateKey } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { type MessageDoc, messageStatus } from "@/models/message";
import { type SharedMessage, ShareLink } from "@/models/share-link";
import { assertSharingAllowed } from "./allowed";
import type { CreatedShareDto } from "./dto";
import { createShareSchema, SHARE_EXPIRIES } from "./schemas";
import { newShareToken, shareUrl } from "./token";

// Well under a document's 16 MB, whatever the encoding adds.
const MAX_SHARED_CHARS = 8_000_000;

/**
 * Shares the branch on show as a read-only copy, or, when the conversation
 * already has a link, takes a new copy for that same link (same address)
 * with the expiry asked for now. System messages stay private.
 */
export async function shareConversation(
  actor: SessionUser,
  conversationId: string,
  input: unknown,
  origin: string,
): Promise<CreatedShareDto> {
  assertSharingAllowed();
  const { expiresIn } = parseInput(createShareSchema, input);
  const conversation = await findOwnedConversation(actor, conversationId);
  const branch = branchOnShow(
    await findConversationMessages(actor, conversation._id),
    conversation.current_leaf_id,
  ).filter((message) => message.role !== "system");

  if (branch.length === 0) throw AppError.conflict("There is nothing to share yet.");
  if (branch.some((message) => messageStatus(message) === "streaming")) {
    throw AppError.conflict("An answer is still being written. Share once it has finished.");
  }
  const messages = branch.map(toSharedMessage);
  if (messages.reduce((total, message) => total + message.content.length, 0) > MAX_SHARED_CHARS) {
    throw AppError.tooLarge("This conversation is too long to share.");
  }

  const now = new Date();
  const copy = {
    title: conversation.title,
    messages,
    message_count: messages.length,
    file_ids: messages.flatMap((message) => message.attachments.map((file) => file.file_id)),
    expires_at: expiresIn ? new Date(now.getTime() + SHARE_EXPIRIES[expiresIn]) : null,
    snapshot_at: now,
  };
  const owned = { conversation_id: conversation._id, user_id: actor.id };
  const save = () =>
    ShareLink.updateOne(
      owned,
      { $set: copy, $setOnInsert: { token: newShareToken() } },
      { upsert: true },
    );
  // Two first shares at once: the unique conversation index lets one insert, the other updates.
  await save().catch((error: unknown) => {
    if (isDuplicateKey(error)) return save();
    throw error;
  });
  const link = await ShareLink.findOne(owned).select("token").lean();
  if (!link) throw AppError.notFound("conversation");
  return { id: link._id.toString(), url: shareUrl(origin, link.token) };
}

function toSharedMessage(message: MessageDoc): SharedMessage {
  return {
    role: message.role,
    content: message.content,
    model_id: message.role === "assistant" ? message.metadata.model_id : null,
    attachments: message.attachments.flatMap((attachment) =>
      attachment.file_id
        ? [
            {
              file_id: attachment.file_id.toLowerCase(),
              name: attachment.name,
              type: attachment.type,
              size: attachment.size,
            },
          ]
        : [],
    ),
    created_at: message.created_at,
  };
}
