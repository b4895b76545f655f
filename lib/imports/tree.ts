import type { ImportSource } from "@/models/conversation";
import type { GenerationMetadata } from "@/models/generation-metadata";
import type { MessageRole, MessageStatus } from "@/models/message";

/** One message of an export, as each format's reader hands it over. */
export interface ImportedMessage {
  /** The export's own id for it, unique within its conversation. */
  key: string;
  /** The message it follows; null, or a key the conversation lacks, makes it a root. */
  parentKey: string | null;
  role: MessageRole;
  content: string;
  createdAt: Date;
  /** Only our own export has more than the model; the rest keeps the schema's defaults. */
  metadata: Partial<GenerationMetadata>;
  status: MessageStatus;
  errorMessage: string | null;
  isEdited: boolean;
}

/**
 * One conversation of an export in the form every format is read into: a
 * tree of messages by parent key, as the app keeps edits and regenerations.
 */
export interface ImportedConversation {
  source: ImportSource;
  /** As the export has it; an empty one is named after the first message. */
  title: string;
  createdAt: Date;
  updatedAt: Date;
  modelId: string | null;
  /** The last message of the branch on show; null or unknown means the newest leaf. */
  currentLeafKey: string | null;
  stats: { total_tokens: number; input_tokens: number; output_tokens: number; cost_usd: number };
  messages: ImportedMessage[];
}

/**
 * A conversation of another app's export: nothing was spent here, and its
 * model names are not this app's, so continuing it uses the default model.
 */
export function plainConversation(
  conversation: Omit<ImportedConversation, "modelId" | "stats">,
): ImportedConversation {
  return {
    ...conversation,
    modelId: null,
    stats: { total_tokens: 0, input_tokens: 0, output_tokens: 0, cost_usd: 0 },
  };
}

/** A message of another app's export: what it knows is who said what, when, and the model. */
export function plainMessage(
  message: Pick<ImportedMessage, "key" | "parentKey" | "role" | "content" | "createdAt">,
  modelId: string | null = null,
): ImportedMessage {
  return {
    ...message,
    metadata: modelId ? { model_id: modelId } : {},
    status: "complete",
    errorMessage: null,
    isEdited: false,
  };
}

/**
 * The nearest of `key` and its ancestors that is kept: a message left out
 * (hidden, empty, a tool's) passes its replies on to its own parent. Null
 * past the root; `seen` guards against parents that loop.
 */
export function nearestKept(
  key: string | null | undefined,
  parentOf: (key: string) => string | null | undefined,
  kept: ReadonlySet<string> | ReadonlyMap<string, unknown>,
): string | null {
  const seen = new Set<string>();
  for (let at = key; at && !seen.has(at); at = parentOf(at)) {
    seen.add(at);
    if (kept.has(at)) return at;
  }
  return null;
}
