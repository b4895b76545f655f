"use server";

import { requireUser } from "@/lib/auth/current-user";
import type { ActionResult } from "@/lib/http/action";
import { runLimitedAction } from "@/lib/http/limited-action";
import { deleteImage } from "@/lib/images/delete";
import type { ImageDto } from "@/lib/images/dto";
import { updateImage } from "@/lib/images/update";

// Thin adapters: the services check the user, the input and ownership, as for the REST routes.

export async function setImageFavoriteAction(
  id: string,
  isFavorite: boolean,
): Promise<ActionResult<ImageDto>> {
  return runLimitedAction(async () => updateImage(await requireUser(), id, { isFavorite }));
}

export async function deleteImageAction(id: string): Promise<ActionResult<null>> {
  return runLimitedAction(async () => {
    await deleteImage(await requireUser(), id);
    return null;
  });
}
