import { z } from "zod";
import type { ModelInfo } from "@/lib/llm/model-info";

// OpenRouter sends prices as decimal strings; "-1" marks a variable price
// (openrouter/auto), which we cannot estimate, so it counts as 0.
const price = z
  .union([z.string(), z.number()])
  .transform(Number)
  .pipe(z.number())
  .transform((value) => Math.max(0, value));
const count = z.number().int().positive().nullish();

// Lenient where plain OpenAI-compatible servers omit OpenRouter's extras
// (names, prices, modalities); strict about the types of what is present.
const entrySchema = z.object({
  id: z.string().min(1),
  name: z.string().optional(),
  description: z.string().optional(),
  context_length: count,
  pricing: z.object({ prompt: price, completion: price, image: price.nullish() }).optional(),
  architecture: z
    .object({
      input_modalities: z.array(z.string()).optional(),
      output_modalities: z.array(z.string()).optional(),
    })
    .nullish(),
  top_provider: z.object({ max_completion_tokens: count }).nullish(),
  supported_parameters: z.array(z.string()).nullish(),
});

const listSchema = z.object({ data: z.array(z.unknown()) });

function toModelInfo(entry: z.infer<typeof entrySchema>): ModelInfo {
  return {
    id: entry.id,
    name: entry.name || entry.id,
    description: entry.description ?? "",
    contextLength: entry.context_length ?? null,
    maxOutputTokens: entry.top_provider?.max_completion_tokens ?? null,
    pricing: {
      promptUsdPerToken: entry.pricing?.prompt ?? 0,
      completionUsdPerToken: entry.pricing?.completion ?? 0,
      imageUsdPerImage: entry.pricing?.image ?? null,
    },
    inputModalities: entry.architecture?.input_modalities ?? ["text"],
    outputModalities: entry.architecture?.output_modalities ?? ["text"],
    ...(entry.supported_parameters ? { supportedParameters: entry.supported_parameters } : {}),
  };
}

/**
 * Reads a `/models` answer. Entries that do not fit are skipped, not fatal:
 * one odd model must not hide the other few hundred. Throws when the answer
 * is not a model list at all.
 */
export function parseModelList(json: unknown): { models: ModelInfo[]; skipped: number } {
  const { data } = listSchema.parse(json);
  const models: ModelInfo[] = [];
  for (const raw of data) {
    const entry = entrySchema.safeParse(raw);
    if (entry.success) models.push(toModelInfo(entry.data));
  }
  return { models, skipped: data.length - models.length };
}
