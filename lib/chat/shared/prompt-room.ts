import type { ModelInfo } from "@/lib/llm/model-info";

/** Room kept for the reply when neither the call nor the model names a maximum. */
const DEFAULT_REPLY_ROOM = 4_096;

/**
 * How many prompt tokens fit the model's context window beside the reply's
 * room; null when the window is unknown. An explicit maximum is sent to the
 * provider, so it must fit whole; the model's own maximum is only a guess at
 * the reply's length, and may be as large as the window itself, so it takes
 * at most half.
 */
export function promptRoom(model: ModelInfo | null | undefined, maxTokens?: number): number | null {
  const contextLength = model?.contextLength;
  if (!model || !contextLength) return null;
  const reply =
    maxTokens ??
    Math.min(model.maxOutputTokens ?? DEFAULT_REPLY_ROOM, Math.floor(contextLength / 2));
  return contextLength - reply;
}
