import "server-only";
import type { SessionUser } from "@/lib/auth/types";
import { findOwned } from "@/lib/db/find-owned";
import { deleteStoredFile } from "@/lib/files/storage";
import { GeneratedImage } from "@/models/generated-image";

/** Deletes the actor's image: its record first, so nothing is served half-removed, then its files. */
export async function deleteImage(actor: SessionUser, id: string): Promise<void> {
  const image = await findOwned("image", id, (_id) =>
    GeneratedImage.findOneAndDelete({ _id, user_id: actor.id }).lean(),
  );
  await Promise.all(
    [image.storage_key, image.thumbnail_key].flatMap((key) => (key ? [deleteStoredFile(key)] : [])),
  );
}
