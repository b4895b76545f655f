import type { AssistantContent, ModelMessage, UserContent } from "ai";
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

/** An answer's text, then its tool calls with the arguments read back from their JSON. */
function assistantContent(message: ApiMessage): AssistantContent {
  const text = messageText(message);
  if (message.toolCalls.length === 0) return text;
  return [
    ...(text ? [{ type: "text" as const, text }] : []),
    ...message.toolCalls.map((call) => ({
      type: "tool-call" as const,
      toolCallId: call.id,
      toolName: call.name,
      input: JSON.parse(call.arguments) as unknown,
    })),
  ];
}

function badField(field: string, problem: string): AppError {
  return AppError.badRequest(`${field}: ${problem}`, { [field]: [problem] });
}

/** The calls still waiting for their result: id → the tool's name and where the call was made. */
type OpenCalls = Map<string, { name: string; field: string }>;

/** A tool's result, for the open call it answers (which it closes); a 400 when it answers none. */
function toolResult(message: ApiMessage, field: string, open: OpenCalls): ModelMessage {
  const id = message.toolCallId ?? "";
  const call = open.get(id);
  if (!call) throw badField(field, "does not match a tool call of the answer before it");
  open.delete(id);
  const output = { type: "text" as const, value: messageText(message) };
  return {
    role: "tool",
    content: [{ type: "tool-result", toolCallId: id, toolName: call.name, output }],
  };
}

function refuseUnanswered(open: OpenCalls): void {
  const [waiting] = open.values();
  if (waiting) throw badField(waiting.field, "has no tool message answering it");
}

/**
 * The request's messages in the AI SDK's terms. System and developer
 * messages join the config's system prompt, which comes first so that a
 * config's instructions frame whatever the caller adds. As OpenAI has it,
 * an answer's tool calls are each answered by a tool message right after it.
 */
export function buildPrompt(configSystem: string | undefined, input: ApiMessage[]): Prompt {
  const systemParts = configSystem ? [configSystem] : [];
  const messages: ModelMessage[] = [];
  const open: OpenCalls = new Map();
  for (const [m, message] of input.entries()) {
    if (message.role === "tool") {
      messages.push(toolResult(message, `messages.${m}.tool_call_id`, open));
      continue;
    }
    refuseUnanswered(open);
    if (message.role === "system" || message.role === "developer") {
      systemParts.push(messageText(message));
    } else if (message.role === "user") {
      messages.push({ role: "user", content: userContent(message) });
    } else {
      messages.push({ role: "assistant", content: assistantContent(message) });
      for (const [c, call] of message.toolCalls.entries()) {
        open.set(call.id, { name: call.name, field: `messages.${m}.tool_calls.${c}.id` });
      }
    }
  }
  refuseUnanswered(open);
  if (!messages.some((message) => message.role === "user")) {
    throw AppError.badRequest("messages: must include a user message", {
      messages: ["must include a user message"],
    });
  }
  const system = systemParts.length > 0 ? systemParts.join("\n\n") : undefined;
  return { system, messages, promptTokensEstimate: estimatePromptTokens(system, messages) };
}
