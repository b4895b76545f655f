import "server-only";
import {
  generateText,
  type JSONValue,
  type ModelMessage,
  streamText,
  type TextStreamPart,
  type ToolSet,
} from "ai";
import { z } from "zod";
import type { AppError } from "@/lib/errors";
import { chatModel } from "@/lib/llm/provider";
import { defaultIdleTimeoutMs } from "@/lib/llm/upstream-config";
import { incomplete, providerError, timedOut, toUpstreamError } from "@/lib/llm/upstream-error";
import { log } from "@/lib/log";
import type { StreamKind } from "@/lib/observability/activity";
import { watchModelCall } from "@/lib/observability/model-call";

export interface ChatParameters {
  temperature?: number;
  maxTokens?: number;
  topP?: number;
  frequencyPenalty?: number;
  presencePenalty?: number;
}

export interface ChatInput {
  /** What the answer is for, as the open-streams gauge counts it; "chat" unless said. */
  kind?: StreamKind;
  modelId: string;
  system?: string;
  /** May contain image and file parts. */
  messages: ModelMessage[];
  parameters?: ChatParameters;
  /** Aborted when the user presses Stop: the stream then finishes with "stopped". */
  signal?: AbortSignal;
  /** Longest wait for real content (keep-alive comments do not count). */
  idleTimeoutMs?: number;
  /** Request fields the provider gets exactly as given (an API caller's tools, stop, seed, …). */
  providerFields?: Record<string, JSONValue>;
}

export type ChatEvent =
  | { type: "text"; delta: string }
  /** The model starts a tool call; its arguments follow as JSON text in pieces. */
  | { type: "tool-call"; id: string; name: string }
  | { type: "tool-arguments"; id: string; delta: string }
  | {
      type: "finish";
      /** "stop", "length", "content-filter", … (the AI SDK's names), or "stopped" after Stop. */
      finishReason: string;
      promptTokens: number;
      completionTokens: number;
      costUsd: number | null;
    }
  | { type: "error"; error: AppError };

type Part = TextStreamPart<ToolSet>;
type Usage = { promptTokens: number; completionTokens: number; costUsd: number | null };

/** Parts that mean the model is producing something; anything else leaves the idle timer running. */
const CONTENT = new Set<Part["type"]>([
  "text-delta",
  "reasoning-delta",
  "tool-input-delta",
  "file",
  "source",
]);

const costSchema = z.object({
  openrouter: z.object({ usage: z.object({ cost: z.number().optional() }) }),
});

function usageOf(part: Extract<Part, { type: "finish-step" }>): Usage {
  const cost = costSchema.safeParse(part.providerMetadata);
  return {
    promptTokens: part.usage.inputTokens ?? 0,
    completionTokens: part.usage.outputTokens ?? 0,
    costUsd: cost.success ? (cost.data.openrouter.usage.cost ?? null) : null,
  };
}

/**
 * Streams one model reply as text deltas (and tool calls, when the request
 * offered tools), then exactly one `finish` or one
 * `error` event. Iteration never throws, so callers can always save what
 * arrived. No retries here: the user has a Retry button.
 */
export async function* streamChat(input: ChatInput): AsyncGenerator<ChatEvent, void, undefined> {
  const idleMs = input.idleTimeoutMs ?? defaultIdleTimeoutMs();
  const idle = new AbortController();
  // One timer, not one per token: content only notes when it came, and the
  // timer, when it fires, waits on for what is left of the idle time.
  let lastContent = performance.now();
  // The consumer's time is not the model's: the clock stands still while it works.
  let consumerBusy = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const watch = () => {
    const left = consumerBusy ? idleMs : lastContent + idleMs - performance.now();
    if (left > 0) timer = setTimeout(watch, left);
    else idle.abort(new Error("idle timeout"));
  };
  let usage: Usage = { promptTokens: 0, completionTokens: 0, costUsd: null };
  const observed = watchModelCall(input.kind ?? "chat", input.modelId);

  const stopped = (): ChatEvent => ({ type: "finish", finishReason: "stopped", ...usage });
  const failed = (error: AppError, cause?: unknown): ChatEvent => {
    log.warn("model call failed", { model: input.modelId, code: error.code, cause });
    return { type: "error", error };
  };
  // An abort shows up as an `abort` part, an error part or a quiet end,
  // depending on where it caught the stream; the signals say which it was.
  const interrupted = (cause?: unknown): ChatEvent | undefined => {
    if (input.signal?.aborted) return stopped();
    if (idle.signal.aborted) return failed(timedOut(idleMs));
    return cause === undefined ? undefined : failed(toUpstreamError(cause), cause);
  };
  const finished = (part: Extract<Part, { type: "finish" }>): ChatEvent => {
    // The provider reports "other" with no raw reason when no finish_reason ever came.
    if (part.finishReason === "other" && part.rawFinishReason === undefined) {
      return failed(incomplete());
    }
    if (part.finishReason === "error") return failed(providerError(undefined));
    return { type: "finish", finishReason: part.finishReason, ...usage };
  };

  let outcome: ChatEvent | undefined;
  try {
    if (input.signal?.aborted) {
      yield stopped();
      return;
    }
    const model = chatModel(input.modelId);
    timer = setTimeout(watch, idleMs);
    const result = streamText({
      model,
      system: input.system,
      messages: input.messages,
      temperature: input.parameters?.temperature,
      maxOutputTokens: input.parameters?.maxTokens,
      topP: input.parameters?.topP,
      frequencyPenalty: input.parameters?.frequencyPenalty,
      presencePenalty: input.parameters?.presencePenalty,
      // The OpenRouter provider spreads its options into the request body, after its own fields.
      ...(input.providerFields ? { providerOptions: { openrouter: input.providerFields } } : {}),
      maxRetries: 0,
      // The server never fetches a URL a caller names (an SSRF): links go to
      // the provider as they are, even those it might not take.
      experimental_download: async (requested) => requested.map(() => null),
      abortSignal: input.signal ? AbortSignal.any([input.signal, idle.signal]) : idle.signal,
      // Errors arrive as stream parts and are reported once, by failed().
      onError: () => {},
    });
    for await (const part of result.fullStream) {
      if (CONTENT.has(part.type)) lastContent = performance.now();
      if (part.type === "text-delta" && part.text) {
        observed.firstText();
        consumerBusy = true;
        yield { type: "text", delta: part.text };
        consumerBusy = false;
        lastContent = performance.now();
      } else if (part.type === "tool-input-start") {
        // The provider's own ids and argument text: the SDK's parsed tool-call part would
        // re-encode the arguments, and declares a call to a tool it was not given invalid.
        observed.firstText();
        yield { type: "tool-call", id: part.id, name: part.toolName };
      } else if (part.type === "tool-input-delta" && part.delta) {
        yield { type: "tool-arguments", id: part.id, delta: part.delta };
      } else if (part.type === "finish-step") {
        usage = usageOf(part);
      } else if (part.type === "error") {
        outcome = interrupted(part.error);
      } else if (part.type === "abort") {
        outcome = interrupted() ?? stopped();
      } else if (part.type === "finish") {
        outcome = finished(part);
      }
      if (outcome) break;
    }
    outcome ??= interrupted() ?? failed(incomplete());
  } catch (error) {
    outcome = interrupted(error);
  } finally {
    clearTimeout(timer);
    // Releases the upstream connection when the consumer stops iterating early.
    idle.abort();
    observed.release();
  }
  const last = outcome ?? failed(incomplete());
  if (last.type === "finish") observed.finished(last);
  else if (last.type === "error") observed.failed(last.error);
  yield last;
}

const MAX_TITLE = 60;
const MAX_CONTEXT = 2_000;
const TIMEOUT_MS = 20_000;

const INSTRUCTION =
  "You name chat conversations. Reply with only a title of at most six words that says " +
  "what the conversation is about: no quotes, no trailing punctuation.";

/** Whitespace collapsed and cut at a word boundary to fit `max` characters. */
function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function cleanTitle(text: string): string {
  const firstLine = text.trim().split("\n")[0] ?? "";
  const bare = firstLine
    .replace(/^(title:\s*)/i, "")
    .replace(/^[#*_"'`\s]+|[#*_"'`\s.!?:;,]+$/g, "");
  return clip(bare, MAX_TITLE);
}

/**
 * A short title for a new conversation from its first exchange. Cheap and
 * best-effort: any failure gives the first words of the user's message.
 */
export async function generateTitle(input: {
  modelId: string;
  userText: string;
  assistantText: string;
}): Promise<string> {
  const fallback = clip(input.userText, MAX_TITLE) || "New chat";
  try {
    const { text } = await generateText({
      model: chatModel(input.modelId),
      system: INSTRUCTION,
      // The user's words first: with a weak model the title still starts on topic.
      prompt: `${clip(input.userText, MAX_CONTEXT)}\n\nThe assistant answered:\n${clip(input.assistantText, MAX_CONTEXT)}`,
      maxOutputTokens: 24,
      temperature: 0.2,
      maxRetries: 0,
      abortSignal: AbortSignal.timeout(TIMEOUT_MS),
    });
    return cleanTitle(text) || fallback;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log.warn("title generation failed", { model: input.modelId, reason });
    return fallback;
  }
}
