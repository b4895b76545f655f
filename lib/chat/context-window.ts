import type { ModelMessage } from "ai";
import { promptRoom } from "@/lib/chat/shared/prompt-room";
import { AppError } from "@/lib/errors";
import type { ModelInfo } from "@/lib/llm/catalogue";
import { estimatePromptTokens } from "./token-budget";

interface FittedHistory {
  /** What is sent: the newest messages that fit, oldest first. */
  messages: ModelMessage[];
  /** How many older messages were left out. */
  dropped: number;
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
  const budget = promptRoom(model, maxTokens);
  if (!model || budget === null) return { messages, dropped: 0 };

  let start = 0;
  const fits = () => estimatePromptTokens(system, messages.slice(start)) <= budget;
  while (start < messages.length - 1 && !fits()) {
    start++;
    while (start < messages.length - 1 && messages[start]?.role !== "user") start++;
  }
  if (!fits()) {
    throw AppError.badRequest(
      `This message is too long for ${model.name}: with the reply it needs more than the model's ${(model.contextLength ?? 0).toLocaleString("en")}-token context window. Shorten it or pick a model with a larger window.`,
      { content: ["is too long for the model's context window"] },
    );
  }
  return { messages: start === 0 ? messages : messages.slice(start), dropped: start };
}
