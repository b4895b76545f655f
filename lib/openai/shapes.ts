import type { RunOutcome } from "@/lib/chat/model-run";

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

/** The AI SDK's finish reasons in OpenAI's words. */
export function openAiFinishReason(reason: string): "stop" | "length" | "content_filter" {
  if (reason === "length") return "length";
  if (reason === "content-filter") return "content_filter";
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

export function completionBody(header: CompletionHeader, outcome: RunOutcome, costUsd: number) {
  return {
    ...header,
    object: "chat.completion" as const,
    choices: [
      {
        index: 0,
        message: { role: "assistant" as const, content: outcome.text, refusal: null },
        logprobs: null,
        finish_reason: openAiFinishReason(outcome.finishReason),
      },
    ],
    usage: usageOf(outcome, costUsd),
  };
}

export function chunk(
  header: CompletionHeader,
  delta: { role?: "assistant"; content?: string },
  finishReason: string | null = null,
) {
  return {
    ...header,
    object: "chat.completion.chunk" as const,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
  };
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
  return [
    chunk(header, { role: "assistant", content: "" }),
    ...(content ? [chunk(header, { content })] : []),
    chunk(header, {}, choice?.finish_reason ?? "stop"),
    ...(includeUsage ? [usageChunk(header, body.usage)] : []),
  ];
}
