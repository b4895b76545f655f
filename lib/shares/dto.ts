import type { AttachmentDto } from "@/lib/conversations/dto";
import type { MessageRole } from "@/models/message";

export type ShareLinkStatus = "active" | "expired";

/** A link as its owner sees it in the list. */
export interface ShareLinkDto {
  id: string;
  conversationId: string;
  title: string;
  /** The public page's whole address. */
  url: string;
  messageCount: number;
  createdAt: string;
  /** When the copy was last taken. */
  snapshotAt: string;
  expiresAt: string | null;
  status: ShareLinkStatus;
}

/** What `POST /api/conversations/:id/share` answers. */
export interface CreatedShareDto {
  id: string;
  url: string;
}

export interface SharedMessageDto {
  role: MessageRole;
  text: string;
  /** The model that wrote an answer; null for the person's messages. */
  model: string | null;
  /** Each file at the link's own address, never the owner's. */
  attachments: AttachmentDto[];
  createdAt: string;
}

/** The copy a link shows to anyone who has it. */
export interface SharedConversationDto {
  title: string;
  sharedAt: string;
  expiresAt: string | null;
  messages: SharedMessageDto[];
}
