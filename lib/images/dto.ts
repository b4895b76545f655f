import type { GeneratedImageDoc } from "@/models/generated-image";

/** A generated image as its owner sees it; the bytes are fetched from the URLs. */
export interface ImageDto {
  id: string;
  prompt: string;
  negativePrompt: string;
  modelId: string;
  mimeType: string;
  width: number | null;
  height: number | null;
  bytes: number;
  isFavorite: boolean;
  settings: {
    aspectRatio: string | null;
    imageSize: string | null;
    referenceCount: number;
  };
  generationTimeMs: number | null;
  costUsd: number;
  createdAt: string;
  /** The full image, shown inline. */
  url: string;
  /** A small WebP for grids. */
  thumbnailUrl: string;
  /** The full image as an attachment. */
  downloadUrl: string;
}

export function toImageDto(doc: GeneratedImageDoc): ImageDto {
  const id = doc._id.toString();
  const url = `/api/images/${id}/file`;
  return {
    id,
    prompt: doc.prompt,
    negativePrompt: doc.negative_prompt,
    modelId: doc.model_id,
    mimeType: doc.mime_type,
    width: doc.width,
    height: doc.height,
    bytes: doc.bytes,
    isFavorite: doc.is_favorite,
    settings: {
      aspectRatio: doc.settings.aspect_ratio,
      imageSize: doc.settings.image_size,
      referenceCount: doc.settings.input_images_count,
    },
    generationTimeMs: doc.metadata.generation_time_ms,
    costUsd: doc.cost_usd,
    createdAt: doc.created_at.toISOString(),
    url,
    thumbnailUrl: `/api/images/${id}/thumbnail`,
    downloadUrl: `${url}?download=1`,
  };
}
