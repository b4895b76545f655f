import "server-only";
import { Types } from "mongoose";
import type { SessionUser } from "@/lib/auth/types";
import { connectDb } from "@/lib/db/connect";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { publishEvent } from "@/lib/realtime/events";
import { Conversation } from "@/models/conversation";
import { Message } from "@/models/message";
import type { ImportResultDto } from "./dto";
import { MAX_IMPORT_BYTES } from "./limits";
import { readExport } from "./read-export";
import { type ConversationDocuments, toDocuments } from "./to-documents";

/** Messages per write: a long history goes in several, each well under a command's size. */
const BATCH = 1000;

export function importTooLarge(): AppError {
  return AppError.tooLarge(
    `An import can be at most ${MAX_IMPORT_BYTES / (1024 * 1024)} MB. For a larger ChatGPT or Claude zip, upload the conversations.json inside it.`,
  );
}

/**
 * Imports every conversation of an export into the actor's account, all or
 * nothing: the whole file is read and checked and every document built
 * before the first write, and if a write fails, what was written is removed.
 * Conversations keep their titles and dates and are marked as imported.
 */
export async function importConversations(
  actor: SessionUser,
  file: File,
): Promise<ImportResultDto> {
  if (file.size > MAX_IMPORT_BYTES) throw importTooLarge();
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.byteLength === 0) throw AppError.badRequest("The file is empty.");

  const userId = new Types.ObjectId(actor.id);
  const built = readExport(bytes).map((conversation) => toDocuments(conversation, userId));

  await connectDb();
  await insertAllOrNone(actor, built);
  const conversationIds = built.map(({ conversation }) => conversation._id.toString());
  // One event refreshes the lists of the actor's other tabs; one per conversation
  // would have them read their lists again for each.
  if (conversationIds[0]) {
    await publishEvent(actor.id, "conversation.updated", { conversationId: conversationIds[0] });
  }
  return { imported: conversationIds.length, conversationIds };
}

/**
 * Messages first, then the conversations that show them, so nothing half
 * imported is ever listed. The database has no transactions: a failure
 * removes, by the ids made beforehand, whatever was already written.
 */
async function insertAllOrNone(actor: SessionUser, built: ConversationDocuments[]) {
  const messages = built.flatMap((documents) => documents.messages);
  try {
    for (let at = 0; at < messages.length; at += BATCH) {
      await Message.insertMany(messages.slice(at, at + BATCH), { timestamps: false });
    }
    if (built.length > 0) {
      await Conversation.insertMany(
        built.map((documents) => documents.conversation),
        { timestamps: false },
      );
    }
  } catch (error) {
    const ids = built.map(({ conversation }) => conversation._id);
    await Promise.all([
      Message.deleteMany({ user_id: actor.id, conversation_id: { $in: ids } }),
      Conversation.deleteMany({ user_id: actor.id, _id: { $in: ids } }),
    ]).catch((cleanup: unknown) =>
      log.error("could not remove a failed import", { error: cleanup, userId: actor.id }),
    );
    throw error;
  }
}
