import type { ModelMessage, UserContent } from "ai";
import { estimatePromptTokens } from "@/lib/chat/token-budget";
import { AppError } from "@/lib/errors";
import type { ApiMessage } from "./read-messages";

export interface Prompt {
  system: string | undefined;
  /** The conversation, without system messages. */
  messages: ModelMessage[];
  /** For the token reservation and for usage when the provider reports none. */
  promptTokensEstimate: number;
}

export function messageText(message: ApiMessage): string {
  return message.parts.map((part) => (part.type === "text" ? part.text : "")).join("");
}

/** Plain text stays a string; with images, the parts keep the caller's order. */
function userContent(message: ApiMessage): UserContent {
  if (message.parts.every((part) => part.type === "text")) return messageText(message);
  return message.parts.map((part) => {
    if (part.type === "text") return { type: "text", text: part.text };
    const { image } = part;
    return image.kind === "inline"
      ? { type: "image", image: image.bytes, mediaType: image.mediaType }
      : { type: "image", image: image.url };
  });
}

/**
 * The request's messages in the AI SDK's terms. System and developer
 * messages join the config's system prompt, which comes first so that a
 * config's instructions frame whatever the caller adds.
 */
export function buildPrompt(configSystem: string | undefined, input: ApiMessage[]): Prompt {
  const systemParts = configSystem ? [configSystem] : [];
  const messages: ModelMessage[] = [];
  for (const message of input) {
    if (message.role === "system" || message.role === "developer") {
      systemParts.push(messageText(message));
    } else if (message.role === "user") {
      messages.push({ role: "user", content: userContent(message) });
    } else {
      messages.push({ role: "assistant", content: messageText(message) });
    }
  }
  if (!messages.some((message) => message.role === "user")) {
    throw AppError.badRequest("messages: must include a user message", {
      messages: ["must include a user message"],
    });
  }
  const system = systemParts.length > 0 ? systemParts.join("\n\n") : undefined;
  return { system, messages, promptTokensEstimate: estimatePromptTokens(system, messages) };
}
