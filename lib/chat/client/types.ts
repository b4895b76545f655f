import type { UIMessage } from "ai";
import type { AttachmentDto } from "@/lib/conversations/dto";

/** What the reply stream's `start` and `finish` parts carry as message metadata. */
interface StreamMetadata {
  userMessageId?: string;
  assistantMessageId?: string;
  modelId?: string;
  promptTokens?: number;
  completionTokens?: number;
  costUsd?: number;
  generationTimeMs?: number;
  finishReason?: string;
  /** Older messages left out of the prompt to fit the model's context window. */
  contextDropped?: number;
}

interface ChatMessageMetadata extends StreamMetadata {
  /** A message being sent shows its files before the server has stored it. */
  attachments?: AttachmentDto[];
}

export type ChatUIMessage = UIMessage<ChatMessageMetadata>;

/** Per-request fields, passed as `body` to sendMessage/regenerate; the transport shapes them. */
export interface SendFields {
  parentId?: string | null;
  editOf?: string;
  model?: string;
  configId?: string | null;
  attachments?: string[];
}

export function messageText(message: Pick<UIMessage, "parts">): string {
  let text = "";
  for (const part of message.parts) if (part.type === "text") text += part.text;
  return text;
}
