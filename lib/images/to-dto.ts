import type { ImageDto, ImageJobDto } from "@/lib/images/dto";
import type { GeneratedImageDoc } from "@/models/generated-image";
import type { ModelCallDoc } from "@/models/model-call";

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

export function toImageJobDto(call: ModelCallDoc): ImageJobDto {
  return {
    id: call._id.toString(),
    clientId: call.image?.client_id ?? null,
    prompt: call.image?.prompt ?? "",
    modelId: call.model_id,
    aspectRatio: call.image?.aspect_ratio ?? "1:1",
    startedAt: call.created_at.toISOString(),
  };
}
