import type { z } from "zod";
import type { SessionUser } from "@/lib/auth/types";
import { findOwnedConversation } from "@/lib/conversations/access";
import { branchOnShow } from "@/lib/conversations/branch";
import { conversationToMarkdown } from "@/lib/conversations/markdown";
import { findConversationMessages } from "@/lib/conversations/messages";
import { exportQuerySchema } from "@/lib/conversations/schemas";
import { toConversationDto, toMessageDto } from "@/lib/conversations/to-dto";
import { parseInput } from "@/lib/validation";
import type { ConversationDoc } from "@/models/conversation";
import type { MessageDoc } from "@/models/message";

export interface ExportedFile {
  /** ASCII letters, digits and dashes only, so it is safe in a Content-Disposition header. */
  filename: string;
  contentType: string;
  body: string;
}

/**
 * One conversation as a download: Markdown of the branch on show, or JSON of
 * the whole conversation with every message of its tree.
 */
export async function exportConversation(
  actor: SessionUser,
  id: string,
  format: unknown,
): Promise<ExportedFile> {
  const { format: chosen } = parseInput(exportQuerySchema, { format: format ?? undefined });
  const conversation = await findOwnedConversation(actor, id);
  const messages = await findConversationMessages(actor, conversation._id);
  return renderConversation(conversation, messages, chosen, new Date());
}

/** A loaded conversation in an export format: the one place each format is written. */
export function renderConversation(
  conversation: ConversationDoc,
  messages: MessageDoc[],
  format: z.infer<typeof exportQuerySchema>["format"],
  exportedAt: Date,
): ExportedFile {
  const name = fileStem(conversation.title);
  if (format === "json") {
    const document = {
      exportedAt: exportedAt.toISOString(),
      conversation: toConversationDto(conversation),
      messages: messages.map(toMessageDto),
    };
    return {
      filename: `${name}.json`,
      contentType: "application/json; charset=utf-8",
      body: `${JSON.stringify(document, null, 2)}\n`,
    };
  }
  return {
    filename: `${name}.md`,
    contentType: "text/markdown; charset=utf-8",
    body: conversationToMarkdown(
      conversation,
      branchOnShow(messages, conversation.current_leaf_id),
      exportedAt,
    ),
  };
}

/** "Ünïcode & <tricks>/../" → "unicode-tricks": nothing that could escape a header or a path. */
function fileStem(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "conversation";
}
