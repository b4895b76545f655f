import type { Page } from "@/lib/conversations/dto";
import { apiFetch } from "@/lib/http/client";
import type { ImageDto } from "@/lib/images/dto";
import type { AspectRatio, ImageSize } from "@/lib/images/options";
import type { ReferenceInput } from "@/lib/images/schemas";

export const IMAGE_PAGE_SIZE = 30;

export interface ImageFilter {
  favorites: boolean;
  q: string;
}

export function fetchImagePage(
  filter: ImageFilter,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<Page<ImageDto>> {
  const params = new URLSearchParams({ limit: String(IMAGE_PAGE_SIZE) });
  if (filter.favorites) params.set("favorites", "true");
  if (filter.q) params.set("q", filter.q);
  if (cursor) params.set("cursor", cursor);
  return apiFetch(`/api/images?${params}`, { signal });
}

/** What POST /api/images takes. */
export interface GenerateRequest {
  prompt: string;
  negativePrompt: string;
  modelId: string;
  aspectRatio: AspectRatio;
  imageSize?: ImageSize;
  references: ReferenceInput[];
}

export function requestImage(request: GenerateRequest, signal: AbortSignal): Promise<ImageDto> {
  return apiFetch("/api/images", { method: "POST", body: request, signal });
}
