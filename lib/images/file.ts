import "server-only";
import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import { openStoredFile, readStoredFile } from "@/lib/files/storage";
import type { GeneratedImageDoc } from "@/models/generated-image";
import { findOwnedImage } from "./access";
import { imageFileName } from "./file-name";
import type { ServedImage } from "./headers";

interface ImageBytes extends ServedImage {
  body: ReadableStream<Uint8Array> | Uint8Array<ArrayBuffer>;
}

const THUMBNAIL_TYPE = "image/webp";

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === "ENOENT";
}

/** Bytes gone from disk answer like a missing image. */
async function orNotFound<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (isMissing(error)) throw AppError.notFound("image");
    throw error;
  }
}

async function fullSize(image: GeneratedImageDoc): Promise<ImageBytes> {
  const body = await orNotFound(() => openStoredFile(image.storage_key));
  return {
    body,
    mimeType: image.mime_type,
    size: image.bytes,
    fileName: imageFileName({
      id: image._id.toString(),
      prompt: image.prompt,
      mimeType: image.mime_type,
    }),
  };
}

/** The owner's image at full size, streamed. */
export async function openImageFile(actor: SessionUser, id: string): Promise<ImageBytes> {
  return fullSize(await findOwnedImage(actor, id));
}

/** The owner's image as a small WebP for grids; the full image when it has no thumbnail. */
export async function openImageThumbnail(actor: SessionUser, id: string): Promise<ImageBytes> {
  const image = await findOwnedImage(actor, id);
  const key = image.thumbnail_key;
  if (!key) return fullSize(image);
  const bytes = await orNotFound(() => readStoredFile(key));
  return {
    body: new Uint8Array(bytes),
    mimeType: THUMBNAIL_TYPE,
    size: bytes.byteLength,
    fileName: imageFileName({
      id: image._id.toString(),
      prompt: image.prompt,
      mimeType: THUMBNAIL_TYPE,
    }),
  };
}
