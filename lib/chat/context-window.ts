import type { ModelMessage } from "ai";
import { AppError } from "@/lib/errors";
import type { ModelInfo } from "@/lib/llm/catalogue";
import { estimatePromptTokens } from "./token-budget";

/** Room kept for the reply when neither the call nor the model names a maximum. */
const DEFAULT_REPLY_ROOM = 4_096;

export interface FittedHistory {
  /** What is sent: the newest messages that fit, oldest first. */
  messages: ModelMessage[];
  /** How many older messages were left out. */
  dropped: number;
}

/**
 * Room for the reply inside the window. An explicit maximum is sent to the
 * provider, so it must fit whole; the model's own maximum is only a guess at
 * the reply's length, and may be as large as the window itself, so it takes
 * at most half.
 */
function replyRoom(contextLength: number, maxTokens: number | undefined, model: ModelInfo) {
  if (maxTokens !== undefined) return maxTokens;
  return Math.min(model.maxOutputTokens ?? DEFAULT_REPLY_ROOM, Math.floor(contextLength / 2));
}

/**
 * Fits a conversation to the model's context window: the system prompt and
 * the newest messages stay, the oldest go, until the prompt's estimate plus
 * the reply's room is within the window. The history sent always starts
 * with a user message, as providers expect. A model whose window is unknown
 * gets everything.
 */
export function fitToContextWindow(
  system: string | undefined,
  messages: ModelMessage[],
  model: ModelInfo | null,
  maxTokens: number | undefined,
): FittedHistory {
  const contextLength = model?.contextLength;
  if (!model || !contextLength) return { messages, dropped: 0 };
  const budget = contextLength - replyRoom(contextLength, maxTokens, model);

  let start = 0;
  const fits = () => estimatePromptTokens(system, messages.slice(start)) <= budget;
  while (start < messages.length - 1 && !fits()) {
    start++;
    while (start < messages.length - 1 && messages[start]?.role !== "user") start++;
  }
  if (!fits()) {
    throw AppError.badRequest(
      `This message is too long for ${model.name}: with the reply it needs more than the model's ${contextLength.toLocaleString("en")}-token context window. Shorten it or pick a model with a larger window.`,
      { content: ["is too long for the model's context window"] },
    );
  }
  return { messages: start === 0 ? messages : messages.slice(start), dropped: start };
}
