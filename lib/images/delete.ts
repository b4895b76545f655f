import "server-only";
import type { SessionUser } from "@/lib/auth/types";
import { connectDb } from "@/lib/db/connect";
import { toObjectId } from "@/lib/db/ids";
import { AppError } from "@/lib/errors";
import { deleteStoredFile } from "@/lib/files/storage";
import { GeneratedImage } from "@/models/generated-image";

/** Deletes the actor's image: its record first, so nothing is served half-removed, then its files. */
export async function deleteImage(actor: SessionUser, id: string): Promise<void> {
  const _id = toObjectId(id);
  if (!_id) throw AppError.notFound("image");
  await connectDb();
  const image = await GeneratedImage.findOneAndDelete({ _id, user_id: actor.id }).lean();
  if (!image) throw AppError.notFound("image");
  await Promise.all(
    [image.storage_key, image.thumbnail_key].flatMap((key) => (key ? [deleteStoredFile(key)] : [])),
  );
}
