import "server-only";
import sharp from "sharp";
import { AppError } from "@/lib/errors";
import { detectFileType } from "@/lib/files/detect";
import { THUMBNAIL_WIDTH } from "./thumbnail-size";

/** An image the model sent, proven to be one, with its thumbnail. */
export interface GeneratedBytes {
  bytes: Buffer;
  mimeType: string;
  width: number;
  height: number;
  thumbnail: Buffer;
}

/** The largest image kept: a 4K PNG is well under this. */
export const MAX_IMAGE_BYTES = 32 * 1024 * 1024;
// Refuses absurd dimensions before decoding: 16k × 16k.
const MAX_PIXELS = 16_384 * 16_384;

const STORED_TYPES = new Set(["image/png", "image/jpeg", "image/webp"]);
const DATA_URL = /^data:[\w.+-]+\/[\w.+-]+(?:;[\w.+-]+=[\w.+-]+)*;base64,/i;

function invalidImage(): AppError {
  return new AppError(
    "invalid_image",
    502,
    "The model sent an image that could not be read. Try again, or choose another model.",
  );
}

function decodeDataUrl(url: string): Buffer {
  const header = DATA_URL.exec(url);
  if (!header) throw invalidImage();
  const base64 = url.slice(header[0].length);
  // Four base64 characters carry three bytes: refuse before decoding anything huge.
  if ((base64.length * 3) / 4 > MAX_IMAGE_BYTES + 3) {
    throw new AppError(
      "image_too_large",
      502,
      `The model sent an image larger than ${MAX_IMAGE_BYTES / (1024 * 1024)} MB, which is not kept. Try a smaller image size.`,
    );
  }
  return Buffer.from(base64, "base64");
}

/**
 * Decodes a data URL from the model and checks it: a PNG, JPEG or WebP by
 * its content (whatever the URL claims), within the size limit, and fully
 * decodable, which making the thumbnail proves. Throws `invalid_image`.
 */
export async function readGeneratedImage(url: string): Promise<GeneratedBytes> {
  const bytes = decodeDataUrl(url);
  const type = await detectFileType(bytes, "");
  if (!type || !STORED_TYPES.has(type.mimeType)) throw invalidImage();
  try {
    const options = { limitInputPixels: MAX_PIXELS, autoOrient: true } as const;
    const { autoOrient } = await sharp(bytes, options).metadata();
    const thumbnail = await sharp(bytes, options)
      .resize({ width: THUMBNAIL_WIDTH, withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer();
    return {
      bytes,
      mimeType: type.mimeType,
      width: autoOrient.width,
      height: autoOrient.height,
      thumbnail,
    };
  } catch {
    throw invalidImage();
  }
}
