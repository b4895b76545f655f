import { createHash } from "node:crypto";
import { z } from "zod";

/**
 * OpenRouter's `POST /embeddings`, deterministically: each text's vector is
 * read from a hash of it, so the same text always gets the same vector.
 * Embedding models are not in `/models`, as on OpenRouter.
 */

const EMBEDDING_MODELS = new Map([["fake/embed", { dimensions: 8, usdPerToken: 0.0000001 }]]);

export const embeddingRequestSchema = z.looseObject({
  model: z.string(),
  input: z.union([z.string(), z.array(z.string()).min(1)]),
  encoding_format: z.enum(["float", "base64"]).optional(),
  dimensions: z.number().int().positive().max(64).optional(),
});

type EmbeddingRequest = z.infer<typeof embeddingRequestSchema>;

function vectorOf(text: string, dimensions: number): number[] {
  const bytes = createHash("sha512").update(text).digest();
  return Array.from({ length: dimensions }, (_, i) => ((bytes[i] ?? 0) - 127.5) / 127.5);
}

function base64Of(vector: number[]): string {
  return Buffer.from(new Float32Array(vector).buffer).toString("base64");
}

/** The answer to a request, or a refusal's message when the model is not an embedding model. */
export function answerEmbeddings(request: EmbeddingRequest): { error: string } | { body: unknown } {
  const model = EMBEDDING_MODELS.get(request.model);
  if (!model) return { error: `${request.model} is not a valid embedding model ID` };
  const texts = typeof request.input === "string" ? [request.input] : request.input;
  const dimensions = request.dimensions ?? model.dimensions;
  const tokens = texts.reduce((sum, text) => sum + text.split(/\s+/).filter(Boolean).length, 0);
  return {
    body: {
      object: "list",
      model: request.model,
      data: texts.map((text, index) => {
        const vector = vectorOf(text, dimensions);
        return {
          object: "embedding",
          index,
          embedding: request.encoding_format === "base64" ? base64Of(vector) : vector,
        };
      }),
      usage: {
        prompt_tokens: tokens,
        total_tokens: tokens,
        cost: Number((tokens * model.usdPerToken).toFixed(10)),
      },
    },
  };
}
