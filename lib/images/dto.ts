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

/** An image being made, as any tab of its person shows it until `image.finished`. */
export interface ImageJobDto {
  id: string;
  /** The id the sending tab gave the request, if it gave one. */
  clientId: string | null;
  prompt: string;
  modelId: string;
  aspectRatio: string;
  startedAt: string;
}
