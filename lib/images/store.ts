import "server-only";
import type { SessionUser } from "@/lib/auth/types";
import { connectDb } from "@/lib/db/connect";
import { deleteStoredFile, writeStoredFile } from "@/lib/files/storage";
import { GeneratedImage, type GeneratedImageDoc } from "@/models/generated-image";
import type { GeneratedBytes } from "./read-generated";
import type { GenerateImageInput } from "./schemas";

export interface ImageRecord {
  input: GenerateImageInput;
  image: GeneratedBytes;
  generationTimeMs: number;
  usage: unknown;
  costUsd: number;
}

/**
 * Keeps a generated image: the bytes and the thumbnail in file storage, the
 * record in the database with their keys, never the bytes themselves. A
 * failed insert leaves no file behind.
 */
export async function storeImage(
  actor: SessionUser,
  record: ImageRecord,
): Promise<GeneratedImageDoc> {
  const { input, image } = record;
  const keys: string[] = [];
  try {
    const storageKey = await writeStoredFile(image.bytes);
    keys.push(storageKey);
    const thumbnailKey = await writeStoredFile(image.thumbnail);
    keys.push(thumbnailKey);
    await connectDb();
    const doc = await GeneratedImage.create({
      user_id: actor.id,
      prompt: input.prompt,
      model_id: input.modelId,
      negative_prompt: input.negativePrompt,
      storage_key: storageKey,
      thumbnail_key: thumbnailKey,
      mime_type: image.mimeType,
      width: image.width,
      height: image.height,
      bytes: image.bytes.byteLength,
      settings: {
        aspect_ratio: input.aspectRatio,
        image_size: input.imageSize ?? null,
        input_images_count: input.references.length,
        has_input_images: input.references.length > 0,
      },
      metadata: { generation_time_ms: record.generationTimeMs, usage: record.usage },
      cost_usd: record.costUsd,
    });
    return doc.toObject();
  } catch (error) {
    await Promise.all(keys.map((key) => deleteStoredFile(key).catch(() => {})));
    throw error;
  }
}
