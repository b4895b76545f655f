import type { RunOutcome, ToolCall, ToolCallEvent } from "@/lib/chat/model-run";

/** What every chunk and the whole answer share: OpenAI's id, timestamp and model. */
export interface CompletionHeader {
  id: string;
  created: number;
  model: string;
}

export interface CompletionUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  /** Ours: what the call cost, as the usage log records it. */
  cost_usd: number;
}

/** A tool call as OpenAI's answer carries it. */
interface OpenAiToolCall {
  id: string;
  type: "function";
  function: { name: string; arguments: string };
}

/** A piece of a streamed tool call: the first names it, the rest add to its arguments. */
interface ToolCallDelta {
  index: number;
  id?: string;
  type?: "function";
  function: { name?: string; arguments: string };
}

interface Delta {
  role?: "assistant";
  content?: string;
  tool_calls?: ToolCallDelta[];
}

/** The AI SDK's finish reasons in OpenAI's words. */
export function openAiFinishReason(
  reason: string,
): "stop" | "length" | "content_filter" | "tool_calls" {
  if (reason === "length") return "length";
  if (reason === "content-filter") return "content_filter";
  if (reason === "tool-calls") return "tool_calls";
  return "stop";
}

export function usageOf(outcome: RunOutcome, costUsd: number): CompletionUsage {
  return {
    prompt_tokens: outcome.promptTokens,
    completion_tokens: outcome.completionTokens,
    total_tokens: outcome.promptTokens + outcome.completionTokens,
    cost_usd: costUsd,
  };
}

function toOpenAiToolCall(call: ToolCall): OpenAiToolCall {
  return {
    id: call.id,
    type: "function",
    function: { name: call.name, arguments: call.arguments },
  };
}

export function completionBody(header: CompletionHeader, outcome: RunOutcome, costUsd: number) {
  const toolCalls = outcome.toolCalls ?? [];
  return {
    ...header,
    object: "chat.completion" as const,
    choices: [
      {
        index: 0,
        message: {
          role: "assistant" as const,
          // As OpenAI: an answer that only calls tools has no content.
          content: toolCalls.length > 0 && !outcome.text ? null : outcome.text,
          refusal: null,
          ...(toolCalls.length > 0 ? { tool_calls: toolCalls.map(toOpenAiToolCall) } : {}),
        },
        logprobs: null,
        finish_reason: openAiFinishReason(outcome.finishReason),
      },
    ],
    usage: usageOf(outcome, costUsd),
  };
}

export function chunk(header: CompletionHeader, delta: Delta, finishReason: string | null = null) {
  return {
    ...header,
    object: "chat.completion.chunk" as const,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
  };
}

/** A streamed tool call's piece as OpenAI streams it: the call's index, and its id and name first. */
export function toolCallChunk(header: CompletionHeader, event: ToolCallEvent) {
  const piece: ToolCallDelta =
    event.type === "tool-call"
      ? {
          index: event.index,
          id: event.id,
          type: "function",
          function: { name: event.name, arguments: "" },
        }
      : { index: event.index, function: { arguments: event.delta } };
  return chunk(header, { tool_calls: [piece] });
}

export function usageChunk(header: CompletionHeader, usage: CompletionUsage) {
  return { ...header, object: "chat.completion.chunk" as const, choices: [], usage };
}

export type CompletionBody = ReturnType<typeof completionBody>;

/** A whole completion told as the chunks that would have streamed it. */
export function chunksOf(body: CompletionBody, includeUsage: boolean) {
  const header: CompletionHeader = { id: body.id, created: body.created, model: body.model };
  const choice = body.choices[0];
  const content = choice?.message.content ?? "";
  const toolCalls = choice?.message.tool_calls ?? [];
  return [
    chunk(header, { role: "assistant", content: "" }),
    ...(content ? [chunk(header, { content })] : []),
    ...toolCalls.map((call, index) =>
      chunk(header, {
        tool_calls: [{ index, id: call.id, type: "function", function: call.function }],
      }),
    ),
    chunk(header, {}, choice?.finish_reason ?? "stop"),
    ...(includeUsage ? [usageChunk(header, body.usage)] : []),
  ];
}
