import type { AttachmentDto, MessageDto, ToolCallDto } from "@/lib/conversations/dto";
import { type MessageTree, type SiblingInfo, siblingInfo } from "./tree";
import { type ChatUIMessage, messageText } from "./types";

/** What a message row shows about its generation. */
export interface MessageDetails {
  modelId: string | null;
  promptTokens: number;
  completionTokens: number;
  costUsd: number;
  generationTimeMs: number | null;
  finishReason: string | null;
}

/** One row of the thread, whether it came from the server or is still arriving. */
export interface ThreadItem {
  id: string;
  parentId: string | null;
  role: MessageDto["role"];
  text: string;
  attachments: AttachmentDto[];
  /** Tools an answer called through the API; only stored answers have any. */
  toolCalls?: ToolCallDto[];
  details: MessageDetails | null;
  isError: boolean;
  errorMessage: string | null;
  isEdited: boolean;
  /** Stored on the server: only these can be edited, regenerated, switched or deleted. */
  saved: boolean;
  /** Tokens are arriving into this row now. */
  streaming: boolean;
  /** Older messages the answer's model did not see; shown once, above the answer. */
  contextDropped: number;
  /** The answer's model, known from the stream's start. */
  modelId: string | null;
  siblings: SiblingInfo;
}

/**
 * Whether the server holds this message as it ended. An answer is stored
 * from its start, but while it is `streaming` there the chat's own stream
 * is what to show and follow.
 */
export function isStored(tree: MessageTree<MessageDto>, id: string): boolean {
  const message = tree.byId.get(id);
  return message !== undefined && message.status !== "streaming";
}

export function itemsFromPath(
  path: readonly MessageDto[],
  tree: MessageTree<MessageDto>,
): ThreadItem[] {
  return noticeOnce(path.map((message) => fromDto(message, tree)));
}

/**
 * Once a conversation outgrows the model's window every later answer leaves
 * messages out; the branch says so once, above the first such answer.
 */
function noticeOnce(items: ThreadItem[]): ThreadItem[] {
  const first = items.findIndex((item) => item.contextDropped > 0);
  if (first === -1) return items;
  return items.map((item, index) =>
    index > first && item.contextDropped > 0 ? { ...item, contextDropped: 0 } : item,
  );
}

function fromDto(message: MessageDto, tree: MessageTree<MessageDto>): ThreadItem {
  return {
    id: message.id,
    parentId: message.parentId,
    role: message.role,
    text: message.content,
    attachments: message.attachments,
    toolCalls: message.toolCalls,
    details: message.metadata,
    isError: message.isError,
    errorMessage: message.errorMessage,
    isEdited: message.isEdited,
    saved: true,
    // An answer still being written elsewhere (another tab, or before a reload) shows its checkpoint.
    streaming: message.status === "streaming",
    contextDropped: message.metadata?.contextDropped ?? 0,
    modelId: message.metadata?.modelId ?? null,
    siblings: siblingInfo(tree, message.parentId, message.id),
  };
}

/**
 * Rows for the chat's own messages while a reply streams (and until the
 * server has it): stored messages keep their server view, new ones are
 * built from what the stream said so far.
 */
export function itemsFromChat(
  messages: readonly ChatUIMessage[],
  tree: MessageTree<MessageDto>,
  streamingId: string | null,
): ThreadItem[] {
  const items = messages.map((message, index): ThreadItem => {
    const parentId = index === 0 ? null : (messages[index - 1]?.id ?? null);
    const stored = tree.byId.get(message.id);
    if (stored && message.id !== streamingId && isStored(tree, message.id)) {
      return fromDto(stored, tree);
    }
    const meta = message.metadata;
    const finished = meta?.finishReason !== undefined;
    return {
      id: message.id,
      parentId,
      role: message.role,
      text: messageText(message),
      attachments: meta?.attachments ?? [],
      details:
        message.role === "assistant" && finished
          ? {
              modelId: meta?.modelId ?? null,
              promptTokens: meta?.promptTokens ?? 0,
              completionTokens: meta?.completionTokens ?? 0,
              costUsd: meta?.costUsd ?? 0,
              generationTimeMs: meta?.generationTimeMs ?? null,
              finishReason: meta?.finishReason ?? null,
            }
          : null,
      isError: false,
      errorMessage: null,
      isEdited: false,
      saved: false,
      streaming: message.id === streamingId,
      contextDropped: meta?.contextDropped ?? 0,
      modelId: meta?.modelId ?? null,
      siblings: siblingInfo(tree, parentId, message.id),
    };
  });
  return noticeOnce(items);
}

/** The branch on show as the chat's messages, so a request continues from it. */
export function toChatMessages(path: readonly MessageDto[]): ChatUIMessage[] {
  return path.map((message) => ({
    id: message.id,
    role: message.role,
    parts: [{ type: "text", text: message.content }],
    metadata: { attachments: message.attachments },
  }));
}

/** Whether a row would render the same: lets finished rows skip re-rendering while one streams. */
export function sameItem(a: ThreadItem, b: ThreadItem): boolean {
  return (
    a.id === b.id &&
    a.text === b.text &&
    a.streaming === b.streaming &&
    a.contextDropped === b.contextDropped &&
    a.modelId === b.modelId &&
    a.saved === b.saved &&
    a.isError === b.isError &&
    a.errorMessage === b.errorMessage &&
    a.isEdited === b.isEdited &&
    a.siblings.index === b.siblings.index &&
    a.siblings.count === b.siblings.count &&
    a.attachments.length === b.attachments.length &&
    a.attachments.every((file, i) => file.id === b.attachments[i]?.id) &&
    a.toolCalls?.length === b.toolCalls?.length &&
    sameDetails(a.details, b.details)
  );
}

function sameDetails(a: MessageDetails | null, b: MessageDetails | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.modelId === b.modelId &&
    a.promptTokens === b.promptTokens &&
    a.completionTokens === b.completionTokens &&
    a.costUsd === b.costUsd &&
    a.generationTimeMs === b.generationTimeMs &&
    a.finishReason === b.finishReason
  );
}
