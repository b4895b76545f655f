import type { ModelMessage } from "ai";
import { estimateTokens } from "@/lib/chat/token-budget";
import { AppError } from "@/lib/errors";
import type { ChatCompletionMessage } from "./schemas";

export interface Prompt {
  system: string | undefined;
  /** The conversation, without system messages. */
  messages: ModelMessage[];
  /** For the token reservation and for usage when the provider reports none. */
  promptTokensEstimate: number;
}

export function messageText(message: ChatCompletionMessage): string {
  return typeof message.content === "string"
    ? message.content
    : message.content.map((part) => part.text).join("");
}

/**
 * The request's messages in the AI SDK's terms. System and developer
 * messages join the config's system prompt, which comes first so that a
 * config's instructions frame whatever the caller adds.
 */
export function buildPrompt(
  configSystem: string | undefined,
  input: ChatCompletionMessage[],
): Prompt {
  const systemParts = configSystem ? [configSystem] : [];
  const messages: ModelMessage[] = [];
  for (const message of input) {
    const text = messageText(message);
    if (message.role === "system" || message.role === "developer") systemParts.push(text);
    else if (message.role === "user") messages.push({ role: "user", content: text });
    else messages.push({ role: "assistant", content: text });
  }
  if (!messages.some((message) => message.role === "user")) {
    throw AppError.badRequest("messages: must include a user message", {
      messages: ["must include a user message"],
    });
  }
  const system = systemParts.length > 0 ? systemParts.join("\n\n") : undefined;
  const text = [system ?? "", ...input.map(messageText)].join("\n");
  return { system, messages, promptTokensEstimate: estimateTokens(text) };
}
