import { randomUUID } from "node:crypto";
import { Types } from "mongoose";
import { provisionalTitle } from "@/lib/chat/title";
import { AppError } from "@/lib/errors";
import type { ConversationDoc } from "@/models/conversation";
import type { MessageDoc } from "@/models/message";
import type { ImportedConversation, ImportedMessage } from "./tree";

const MAX_TITLE_LENGTH = 200;

/** Sure to fit a database document (16 MB) at three bytes a character. */
const MAX_MESSAGE_LENGTH = 4_000_000;

export interface ConversationDocuments {
  conversation: Partial<ConversationDoc> & { _id: Types.ObjectId };
  messages: Partial<MessageDoc>[];
}

/**
 * The documents one imported conversation is stored as, with their ids
 * made here, so the whole import can be built (and refused) before
 * anything is written, and removed by id if a write fails.
 */
export function toDocuments(
  imported: ImportedConversation,
  userId: Types.ObjectId,
): ConversationDocuments {
  const conversationId = new Types.ObjectId();
  const ordered = parentsFirst(imported.messages);
  const ids = new Map<string, Types.ObjectId>();
  const messages = ordered.map((message): Partial<MessageDoc> => {
    if (message.content.length > MAX_MESSAGE_LENGTH) throw messageTooLong(imported);
    const _id = new Types.ObjectId();
    ids.set(message.key, _id);
    return {
      _id,
      conversation_id: conversationId,
      user_id: userId,
      parent_id: (message.parentKey && ids.get(message.parentKey)) || null,
      client_id: randomUUID(),
      role: message.role,
      content: message.content,
      metadata: message.metadata as MessageDoc["metadata"],
      is_edited: message.isEdited,
      status: message.status,
      is_error: message.status === "error" || message.status === "interrupted",
      error_message: message.errorMessage,
      created_at: message.createdAt,
    };
  });
  const leafKey =
    imported.currentLeafKey && ids.has(imported.currentLeafKey)
      ? imported.currentLeafKey
      : newestLeaf(ordered)?.key;

  return {
    conversation: {
      _id: conversationId,
      user_id: userId,
      title: titleOf(imported),
      model_id: imported.modelId,
      message_count: messages.length,
      stats: imported.stats,
      created_at: imported.createdAt,
      updated_at: imported.updatedAt,
      // The sidebar sorts by this: an imported conversation sits among the others by its own date.
      last_message_at: imported.updatedAt,
      current_leaf_id: (leafKey && ids.get(leafKey)) || null,
      imported_from: imported.source,
    },
    messages,
  };
}

function messageTooLong(imported: ImportedConversation): AppError {
  return AppError.badRequest(
    `"${titleOf(imported)}" has a message longer than ${MAX_MESSAGE_LENGTH.toLocaleString("en")} characters, more than one message can hold. Nothing was imported.`,
  );
}

/** The export's title, or the first words of the first message when it has none. */
function titleOf(imported: ImportedConversation): string {
  const title = Array.from(imported.title.trim()).slice(0, MAX_TITLE_LENGTH).join("").trim();
  const firstAsked = imported.messages.find((message) => message.role === "user");
  return title || provisionalTitle(firstAsked?.content ?? "");
}

/**
 * The messages each after its parent, so ids made in this order grow down
 * the tree and siblings with the same date keep the export's order. A
 * message whose parent is missing is a root; of a repeated key the first
 * is kept; messages whose parents loop reach no root and are left out.
 */
function parentsFirst(messages: ImportedMessage[]): ImportedMessage[] {
  const byKey = new Map<string, ImportedMessage>();
  for (const message of messages) if (!byKey.has(message.key)) byKey.set(message.key, message);
  const children = new Map<string | null, ImportedMessage[]>();
  for (const message of byKey.values()) {
    const parent =
      message.parentKey !== null && byKey.has(message.parentKey) ? message.parentKey : null;
    const siblings = children.get(parent);
    if (siblings) siblings.push(message);
    else children.set(parent, [message]);
  }
  const ordered = [...(children.get(null) ?? [])];
  for (const message of ordered) ordered.push(...(children.get(message.key) ?? []));
  return ordered;
}

/** The most recent message that nothing replies to: the branch to show when the export names none. */
function newestLeaf(ordered: ImportedMessage[]): ImportedMessage | undefined {
  const parents = new Set(ordered.map((message) => message.parentKey));
  return ordered
    .filter((message) => !parents.has(message.key))
    .reduce<ImportedMessage | undefined>(
      (newest, message) => (!newest || message.createdAt >= newest.createdAt ? message : newest),
      undefined,
    );
}
