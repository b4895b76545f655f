import type {
  ConversationDto,
  ConversationSummaryDto,
  FolderDto,
  MessageDto,
} from "@/lib/conversations/dto";
import type { ConversationDoc } from "@/models/conversation";
import type { FolderDoc } from "@/models/folder";
import { type MessageDoc, messageStatus } from "@/models/message";

/** The projection a summary needs: lists read only these fields, not stats or the whole doc. */
export const CONVERSATION_SUMMARY_FIELDS =
  "_id title folder_id config_id model_id is_pinned is_archived tags message_count last_message_at";

export function toConversationSummaryDto(doc: ConversationDoc): ConversationSummaryDto {
  return {
    id: doc._id.toString(),
    title: doc.title,
    folderId: doc.folder_id?.toString() ?? null,
    configId: doc.config_id?.toString() ?? null,
    modelId: doc.model_id,
    isPinned: doc.is_pinned,
    isArchived: doc.is_archived,
    tags: doc.tags,
    messageCount: doc.message_count,
    lastMessageAt: doc.last_message_at.toISOString(),
  };
}

export function toConversationDto(doc: ConversationDoc): ConversationDto {
  return {
    ...toConversationSummaryDto(doc),
    currentLeafId: doc.current_leaf_id?.toString() ?? null,
    stats: {
      totalTokens: doc.stats.total_tokens,
      inputTokens: doc.stats.input_tokens,
      outputTokens: doc.stats.output_tokens,
      costUsd: doc.stats.cost_usd,
    },
    createdAt: doc.created_at.toISOString(),
    // Absent on conversations from before imports.
    importedFrom: doc.imported_from ?? null,
  };
}

export function toMessageDto(doc: MessageDoc): MessageDto {
  const hasMetadata = doc.role === "assistant";
  return {
    id: doc._id.toString(),
    parentId: doc.parent_id?.toString() ?? null,
    role: doc.role,
    content: doc.content,
    attachments: doc.attachments.map((attachment) => ({
      id: attachment.file_id ?? "",
      name: attachment.name,
      size: attachment.size,
      mimeType: attachment.type,
      kind: attachment.type.startsWith("image/") ? "image" : "document",
      url: attachment.url,
    })),
    ...(doc.tool_calls?.length
      ? {
          toolCalls: doc.tool_calls.map(({ id, name, arguments: args, result }) => ({
            id,
            name,
            arguments: args,
            result,
          })),
        }
      : {}),
    metadata: hasMetadata
      ? {
          modelId: doc.metadata.model_id,
          promptTokens: doc.metadata.tokens.prompt,
          completionTokens: doc.metadata.tokens.completion,
          generationTimeMs: doc.metadata.generation_time_ms,
          finishReason: doc.metadata.finish_reason,
          costUsd: doc.metadata.cost_usd,
          contextDropped: doc.metadata.context_dropped ?? 0,
        }
      : null,
    isEdited: doc.is_edited,
    status: messageStatus(doc),
    isError: doc.is_error,
    errorMessage: doc.error_message,
    createdAt: doc.created_at.toISOString(),
  };
}

export function toFolderDto(doc: FolderDoc): FolderDto {
  return {
    id: doc._id.toString(),
    name: doc.name,
    color: doc.color,
    icon: doc.icon,
    conversationCount: doc.conversation_count,
    createdAt: doc.created_at.toISOString(),
  };
}
