// No "server-only" here: the studio's form offers exactly what the server accepts.
import type { ModelInfo } from "@/lib/llm/model-info";

/** The aspect ratios OpenRouter's image_config takes across image models. */
export const ASPECT_RATIOS = ["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "21:9"] as const;
export type AspectRatio = (typeof ASPECT_RATIOS)[number];

export const IMAGE_SIZES = ["1K", "2K", "4K"] as const;
export type ImageSize = (typeof IMAGE_SIZES)[number];

/** The most reference images one request may carry. */
export const MAX_REFERENCES = 4;

export const MAX_PROMPT_LENGTH = 4_000;
export const MAX_NEGATIVE_PROMPT_LENGTH = 1_000;

export function isImageModel(model: Pick<ModelInfo, "outputModalities">): boolean {
  return model.outputModalities.includes("image");
}

/** Whether the model can be given images to work from. */
export function takesReferenceImages(model: Pick<ModelInfo, "inputModalities">): boolean {
  return model.inputModalities.includes("image");
}

// OpenRouter passes image_config.image_size on to Gemini image models only;
// the model list does not say which models take it, so the ids do.
const IMAGE_SIZE_MODEL_PREFIXES = ["google/gemini-"];

export function supportsImageSize(modelId: string): boolean {
  return IMAGE_SIZE_MODEL_PREFIXES.some((prefix) => modelId.startsWith(prefix));
}
