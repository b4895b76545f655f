import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { postUpstream } from "@/lib/llm/post-upstream";
import { providerError } from "@/lib/llm/upstream-error";

export interface ImageRequest {
  modelId: string;
  text: string;
  /** Images to work from, as data URLs, in order. */
  referenceUrls: string[];
  aspectRatio: string;
  imageSize?: string;
  /** Models that write text too are asked for both; image-only models refuse a text modality. */
  withText: boolean;
  /** Aborted when the person cancels: the upstream call is dropped and this throws `cancelled`. */
  signal?: AbortSignal;
  timeoutMs?: number;
}

export interface ImageUsage {
  promptTokens: number;
  completionTokens: number;
  /** What the upstream billed; null when it did not say. */
  costUsd: number | null;
  /** The usage object as the upstream sent it. */
  raw: unknown;
}

export interface ImageAnswer {
  /** The images as data URLs; empty when the model answered in words only. */
  images: string[];
  text: string;
  finishReason: string | null;
  /** null when the upstream reported none. */
  usage: ImageUsage | null;
}

// Large images at high resolution take a minute or more; nothing streams meanwhile.
const DEFAULT_TIMEOUT_MS = 5 * 60 * 1000;

const usageSchema = z.looseObject({
  prompt_tokens: z.number().optional(),
  completion_tokens: z.number().optional(),
  cost: z.number().optional(),
});

const answerSchema = z.object({
  choices: z
    .array(
      z.object({
        finish_reason: z.string().nullish(),
        message: z.object({
          content: z.string().nullish(),
          refusal: z.string().nullish(),
          images: z.array(z.object({ image_url: z.object({ url: z.string() }) })).nullish(),
        }),
      }),
    )
    .min(1),
  usage: usageSchema.nullish(),
});

export function cancelled(): AppError {
  return new AppError("cancelled", 499, "The image generation was cancelled.");
}

function requestBody(input: ImageRequest) {
  return {
    model: input.modelId,
    messages: [
      {
        role: "user",
        content: [
          { type: "text", text: input.text },
          ...input.referenceUrls.map((url) => ({ type: "image_url", image_url: { url } })),
        ],
      },
    ],
    modalities: input.withText ? ["image", "text"] : ["image"],
    image_config: {
      aspect_ratio: input.aspectRatio,
      ...(input.imageSize ? { image_size: input.imageSize } : {}),
    },
    stream: false,
    usage: { include: true },
  };
}

function toAnswer(json: unknown): ImageAnswer {
  const parsed = answerSchema.safeParse(json);
  if (!parsed.success) throw providerError("the answer was not a chat completion");
  const [choice] = parsed.data.choices;
  const usage = parsed.data.usage;
  return {
    images: (choice?.message.images ?? []).map((image) => image.image_url.url),
    text: choice?.message.content || choice?.message.refusal || "",
    finishReason: choice?.finish_reason ?? null,
    usage: usage
      ? {
          promptTokens: usage.prompt_tokens ?? 0,
          completionTokens: usage.completion_tokens ?? 0,
          costUsd: usage.cost ?? null,
          raw: usage,
        }
      : null,
  };
}

/**
 * Asks an image model for one picture through OpenRouter's chat completions
 * with image output, without streaming. Throws an AppError a person can act
 * on: the upstream's refusal of the request, a rate limit, an outage, a
 * timeout, or `cancelled` when the caller's signal aborts.
 */
export async function generateImage(input: ImageRequest): Promise<ImageAnswer> {
  const timeoutMs = input.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const json = await postUpstream("/chat/completions", requestBody(input), {
    signal: input.signal,
    timeoutMs,
  }).catch((error: unknown) => {
    throw input.signal?.aborted ? cancelled() : error;
  });
  return toAnswer(json);
}
