import type { ImportSource } from "@/models/conversation";
import type { MessageRole, MessageStatus } from "@/models/message";

/** What the sidebar shows for one conversation. */
export interface ConversationSummaryDto {
  id: string;
  title: string;
  folderId: string | null;
  configId: string | null;
  modelId: string | null;
  isPinned: boolean;
  isArchived: boolean;
  tags: string[];
  messageCount: number;
  lastMessageAt: string;
}

export interface ConversationDto extends ConversationSummaryDto {
  currentLeafId: string | null;
  stats: { totalTokens: number; inputTokens: number; outputTokens: number; costUsd: number };
  createdAt: string;
  /** Where the conversation was imported from; null for one started here. */
  importedFrom: ImportSource | null;
}

export interface AttachmentDto {
  /** The stored file's id; the file is served at `url` to its owner only. */
  id: string;
  name: string;
  size: number;
  mimeType: string;
  kind: "image" | "document";
  url: string;
}

/** A tool an answer called through the API, and what the tool returned once the caller said. */
export interface ToolCallDto {
  id: string;
  name: string;
  /** JSON text, as the model wrote it. */
  arguments: string;
  result: string | null;
}

export interface MessageMetadataDto {
  modelId: string | null;
  promptTokens: number;
  completionTokens: number;
  generationTimeMs: number | null;
  finishReason: string | null;
  costUsd: number;
  /** Older messages left out of this answer's prompt to fit the model's context window. */
  contextDropped: number;
}

export interface MessageDto {
  id: string;
  parentId: string | null;
  role: MessageRole;
  content: string;
  attachments: AttachmentDto[];
  /** Only on answers that called tools. */
  toolCalls?: ToolCallDto[];
  metadata: MessageMetadataDto | null;
  isEdited: boolean;
  /** `streaming` while an answer is written (content is what was checkpointed), then how it ended. */
  status: MessageStatus;
  /** True for `error` and `interrupted`. */
  isError: boolean;
  errorMessage: string | null;
  createdAt: string;
}

/** A conversation with every message of its tree (the client picks the branch to show). */
export interface ConversationWithMessagesDto {
  conversation: ConversationDto;
  messages: MessageDto[];
}

export interface FolderDto {
  id: string;
  name: string;
  color: string;
  icon: string;
  conversationCount: number;
  createdAt: string;
}

/** The one pagination shape: `nextCursor` is null on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** A search result: the conversation as the sidebar shows it, and where the words were found. */
export interface ConversationSearchHitDto extends ConversationSummaryDto {
  /** Text around the match in the conversation's latest matching message; null if none matched. */
  snippet: string | null;
}
