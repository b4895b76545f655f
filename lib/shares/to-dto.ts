import type { ShareLinkDoc } from "@/models/share-link";
import type { SharedConversationDto, ShareLinkDto, ShareLinkStatus } from "./dto";
import { sharedFileUrl, shareUrl } from "./token";

export function shareStatus(
  link: Pick<ShareLinkDoc, "expires_at">,
  now = Date.now(),
): ShareLinkStatus {
  return link.expires_at !== null && link.expires_at.getTime() <= now ? "expired" : "active";
}

export function toShareLinkDto(link: Omit<ShareLinkDoc, "messages">, origin: string): ShareLinkDto {
  return {
    id: link._id.toString(),
    conversationId: link.conversation_id.toString(),
    title: link.title,
    url: shareUrl(origin, link.token),
    messageCount: link.message_count,
    createdAt: link.created_at.toISOString(),
    snapshotAt: link.snapshot_at.toISOString(),
    expiresAt: link.expires_at?.toISOString() ?? null,
    status: shareStatus(link),
  };
}

/** The copy as the public sees it: no ids of the owner's, files at the link's own address. */
export function toSharedConversationDto(
  link: Pick<ShareLinkDoc, "token" | "title" | "messages" | "snapshot_at" | "expires_at">,
): SharedConversationDto {
  return {
    title: link.title,
    sharedAt: link.snapshot_at.toISOString(),
    expiresAt: link.expires_at?.toISOString() ?? null,
    messages: link.messages.map((message) => ({
      role: message.role,
      text: message.content,
      model: message.model_id,
      attachments: message.attachments.map((file) => ({
        id: file.file_id,
        name: file.name,
        size: file.size,
        mimeType: file.type,
        kind: file.type.startsWith("image/") ? "image" : "document",
        url: sharedFileUrl(link.token, file.file_id),
      })),
      createdAt: message.created_at.toISOString(),
    })),
  };
}
