import "server-only";
import { z } from "zod";
import { postUpstream } from "@/lib/llm/post-upstream";
import { providerError } from "@/lib/llm/upstream-error";

export interface EmbeddingRequest {
  modelId: string;
  input: string | string[];
  encodingFormat?: "float" | "base64";
  dimensions?: number;
  signal?: AbortSignal;
}

export interface EmbeddingAnswer {
  /** One vector per input, in order: numbers, or base64 of little-endian float32 when asked. */
  data: Array<{ index: number; embedding: number[] | string }>;
  promptTokens: number;
  /** What the upstream billed; null when it did not say. */
  costUsd: number | null;
}

const TIMEOUT_MS = 60_000;

const answerSchema = z.object({
  data: z.array(
    z.object({ index: z.number().int(), embedding: z.union([z.array(z.number()), z.string()]) }),
  ),
  usage: z
    .looseObject({ prompt_tokens: z.number().optional(), cost: z.number().optional() })
    .nullish(),
});

/**
 * Embeds text through the provider's OpenAI-compatible `/embeddings`. The
 * vectors come back as the provider sent them, so a caller that asked for
 * base64 gets the provider's own bytes.
 */
export async function createEmbeddings(request: EmbeddingRequest): Promise<EmbeddingAnswer> {
  const json = await postUpstream(
    "/embeddings",
    {
      model: request.modelId,
      input: request.input,
      ...(request.encodingFormat ? { encoding_format: request.encodingFormat } : {}),
      ...(request.dimensions ? { dimensions: request.dimensions } : {}),
    },
    { signal: request.signal, timeoutMs: TIMEOUT_MS },
  );
  const parsed = answerSchema.safeParse(json);
  if (!parsed.success) throw providerError("the answer was not an embedding list");
  return {
    data: parsed.data.data,
    promptTokens: parsed.data.usage?.prompt_tokens ?? 0,
    costUsd: parsed.data.usage?.cost ?? null,
  };
}
