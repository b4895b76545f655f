import { z } from "zod";
import { MESSAGE_STATUSES } from "@/models/answer-lease";
import { MESSAGE_ROLES } from "@/models/message";
import { exportFormat } from "./format";
import type { ImportedConversation, ImportedMessage } from "./tree";

const date = z.iso.datetime({ offset: true });
const count = z.number().nonnegative();
const modelId = z.string().max(200).nullable();

const messageSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  role: z.enum(MESSAGE_ROLES),
  content: z.string(),
  metadata: z
    .object({
      modelId,
      promptTokens: count,
      completionTokens: count,
      generationTimeMs: count.nullable(),
      finishReason: z.string().nullable(),
      costUsd: count,
      contextDropped: count.optional(),
    })
    .nullable(),
  isEdited: z.boolean(),
  status: z.enum(MESSAGE_STATUSES),
  errorMessage: z.string().nullable(),
  createdAt: date,
});

/** One conversation as `GET /api/conversations/{id}/export?format=json` writes it. */
const documentSchema = z.object({
  conversation: z.object({
    title: z.string(),
    modelId,
    currentLeafId: z.string().nullable(),
    stats: z.object({
      totalTokens: count,
      inputTokens: count,
      outputTokens: count,
      costUsd: count,
    }),
    createdAt: date,
    lastMessageAt: date,
  }),
  messages: z.array(messageSchema),
});

/**
 * Our own JSON export, one conversation with its whole tree per document:
 * read back, it gives the same tree, titles, models, dates and branch on show.
 */
export const uniChatFormat = exportFormat(
  ["conversation", "messages"],
  documentSchema,
  toConversation,
);

function toConversation({
  conversation,
  messages,
}: z.infer<typeof documentSchema>): ImportedConversation {
  const { stats } = conversation;
  return {
    source: "uni-chat",
    title: conversation.title,
    createdAt: new Date(conversation.createdAt),
    updatedAt: new Date(conversation.lastMessageAt),
    modelId: conversation.modelId,
    currentLeafKey: conversation.currentLeafId,
    stats: {
      total_tokens: stats.totalTokens,
      input_tokens: stats.inputTokens,
      output_tokens: stats.outputTokens,
      cost_usd: stats.costUsd,
    },
    messages: messages.map(toMessage),
  };
}

function toMessage(message: z.infer<typeof messageSchema>): ImportedMessage {
  const { metadata } = message;
  return {
    key: message.id,
    parentKey: message.parentId,
    role: message.role,
    content: message.content,
    createdAt: new Date(message.createdAt),
    metadata: metadata
      ? {
          model_id: metadata.modelId,
          tokens: { prompt: metadata.promptTokens, completion: metadata.completionTokens },
          generation_time_ms: metadata.generationTimeMs,
          finish_reason: metadata.finishReason,
          cost_usd: metadata.costUsd,
          context_dropped: metadata.contextDropped ?? 0,
        }
      : {},
    // An answer still being written when it was exported ends there.
    status: message.status === "streaming" ? "interrupted" : message.status,
    errorMessage: message.errorMessage,
    isEdited: message.isEdited,
  };
}
