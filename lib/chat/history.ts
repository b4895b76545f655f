import type { ModelMessage } from "ai";
import type { Types } from "mongoose";
import type { SessionUser } from "@/lib/auth/types";
import { toModelParts } from "@/lib/files/model-parts";
import { resolveOwnedFiles } from "@/lib/files/owned";
import type { ModelInfo } from "@/lib/llm/catalogue";
import { Message, type MessageDoc } from "@/models/message";

/** The messages from the root of the tree down to `leafId`, oldest first. */
export async function loadBranch(
  conversationId: Types.ObjectId,
  userId: string,
  leafId: Types.ObjectId | null,
): Promise<MessageDoc[]> {
  if (!leafId) return [];
  const all = await Message.find({ conversation_id: conversationId, user_id: userId }).lean();
  const byId = new Map(all.map((message) => [message._id.toString(), message]));
  const path: MessageDoc[] = [];
  for (let at = byId.get(leafId.toString()); at; ) {
    path.push(at);
    at = at.parent_id ? byId.get(at.parent_id.toString()) : undefined;
  }
  return path.reverse();
}

/**
 * The branch as the model sees it: failed answers are left out, and each
 * user message carries its attachments as image, file or text parts.
 */
export async function toModelMessages(
  actor: SessionUser,
  branch: MessageDoc[],
  model: ModelInfo | null,
): Promise<ModelMessage[]> {
  const supportsImages = model?.inputModalities.includes("image") ?? true;
  const messages: ModelMessage[] = [];
  for (const message of branch) {
    if (message.role === "assistant") {
      if (!message.is_error && message.content) {
        messages.push({ role: "assistant", content: message.content });
      }
    } else if (message.role === "user") {
      const fileIds = message.attachments.flatMap((a) => (a.file_id ? [a.file_id] : []));
      // A file deleted since is left out rather than failing the whole conversation.
      const files = fileIds.length ? await resolveOwnedFiles(actor, fileIds).catch(() => []) : [];
      const parts = await toModelParts(files, { supportsImages });
      messages.push({
        role: "user",
        content: parts.length
          ? [{ type: "text", text: message.content }, ...parts]
          : message.content,
      });
    }
  }
  return messages;
}
