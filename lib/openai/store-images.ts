import "server-only";
import type { SessionUser } from "@/lib/auth/types";
import { deleteOwnedFile } from "@/lib/files/access";
import { uploadFile } from "@/lib/files/upload";
import type { Attachment } from "@/models/message";
import { messageText } from "./prompt";
import type { ApiMessage } from "./read-messages";

/** A stored user message: its text, and its inline images as the user's files. */
interface StoredUserTurn {
  content: string;
  attachments: Attachment[];
}

/**
 * Saves a user message's images the way the chat keeps them: inline images
 * become the user's uploads, attached to the message, so the conversation
 * shows them and sends them again when it is continued in the app. A link is
 * not fetched, so it stays in the text as a note. `saved` collects the new
 * files' ids so the caller can remove them if the exchange is not stored.
 */
export async function storeUserTurn(
  actor: SessionUser,
  message: ApiMessage,
  saved: string[],
): Promise<StoredUserTurn> {
  const attachments: Attachment[] = [];
  const notes: string[] = [];
  for (const part of message.parts) {
    if (part.type !== "image") continue;
    const { image } = part;
    if (image.kind === "link") {
      notes.push(`[image: ${image.url.href}]`);
      continue;
    }
    const extension = image.mediaType.split("/")[1] ?? "img";
    const name = `image-${attachments.length + 1}.${extension}`;
    const file = await uploadFile(
      actor,
      new File([new Uint8Array(image.bytes)], name, { type: image.mediaType }),
    );
    saved.push(file.id);
    attachments.push({
      type: file.mimeType,
      url: file.url,
      name: file.name,
      size: file.size,
      file_id: file.id,
    });
  }
  const content = [messageText(message), ...notes].filter(Boolean).join("\n");
  return { content, attachments };
}

/** Removes files saved for an exchange that could not be stored; best effort. */
export async function removeSavedImages(actor: SessionUser, saved: string[]): Promise<void> {
  await Promise.all(saved.map((id) => deleteOwnedFile(actor, id).catch(() => {})));
}
