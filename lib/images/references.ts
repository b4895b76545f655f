import "server-only";
import type { SessionUser } from "@/lib/auth/types";
import { connectDb } from "@/lib/db/connect";
import { AppError } from "@/lib/errors";
import { readStoredFile } from "@/lib/files/storage";
import { StoredFile } from "@/models/file";
import { GeneratedImage } from "@/models/generated-image";
import type { ReferenceInput } from "./schemas";

interface StoredImage {
  storage_key: string;
  mime_type: string;
}

function notFound(): AppError {
  return AppError.notFound("reference image");
}

async function toDataUrl(image: StoredImage): Promise<string> {
  try {
    const bytes = await readStoredFile(image.storage_key);
    return `data:${image.mime_type};base64,${bytes.toString("base64")}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw notFound();
    throw error;
  }
}

/**
 * The reference images as data URLs for the model, in the order given.
 * Each must be the actor's own upload or generated image: ownership is part
 * of the query, so anyone else's answers 404, as a missing one does. An
 * upload that is not an image is a 400 naming its place in the list.
 */
export async function loadReferences(
  actor: SessionUser,
  references: ReferenceInput[],
): Promise<string[]> {
  if (references.length === 0) return [];
  const idsOf = (source: ReferenceInput["source"]) =>
    references.filter((ref) => ref.source === source).map((ref) => ref.id);

  await connectDb();
  const [files, images] = await Promise.all([
    StoredFile.find({ _id: { $in: idsOf("file") }, user_id: actor.id })
      .select("storage_key mime_type kind")
      .lean(),
    GeneratedImage.find({ _id: { $in: idsOf("image") }, user_id: actor.id })
      .select("storage_key mime_type")
      .lean(),
  ]);
  const fileById = new Map(files.map((file) => [file._id.toString(), file]));
  const imageById = new Map(images.map((image) => [image._id.toString(), image]));

  const found = references.map((ref, index): StoredImage => {
    if (ref.source === "image") {
      const image = imageById.get(ref.id);
      if (!image) throw notFound();
      return image;
    }
    const file = fileById.get(ref.id);
    if (!file) throw notFound();
    if (file.kind !== "image") {
      throw AppError.badRequest(`references.${index}.id: must be an image`, {
        [`references.${index}.id`]: ["must be an image"],
      });
    }
    return file;
  });
  return Promise.all(found.map(toDataUrl));
}
