import type { Page } from "@/lib/conversations/dto";
import { apiFetch } from "@/lib/http/client";
import type { ImageDto, ImageJobDto } from "@/lib/images/dto";
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

/** Makes the image; `clientId` names it for a stop sent before its job is listed. */
export function requestImage(
  request: GenerateRequest,
  clientId: string,
  signal: AbortSignal,
): Promise<ImageDto> {
  return apiFetch("/api/images", { method: "POST", body: { ...request, clientId }, signal });
}

export function fetchImage(id: string): Promise<ImageDto> {
  return apiFetch(`/api/images/${id}`);
}

/** The images being made for this person, in this tab or any other. */
export function fetchImageJobs(signal?: AbortSignal): Promise<{ items: ImageJobDto[] }> {
  return apiFetch("/api/images/jobs", { signal });
}

/** Stops an image being made, by its job id or the client id its tab sent. */
export function stopImageJob(id: string): Promise<void> {
  return apiFetch(`/api/images/jobs/${encodeURIComponent(id)}/stop`, { method: "POST" });
}
