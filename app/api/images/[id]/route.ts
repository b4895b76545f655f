import { route } from "@/lib/http/route";
import { imageContracts } from "@/lib/images/contracts";
import { deleteImage } from "@/lib/images/delete";
import { getImage } from "@/lib/images/get";
import { updateImage } from "@/lib/images/update";

export const GET = route(imageContracts.get, async ({ user, params }) => getImage(user, params.id));

/** `{ isFavorite }`. */
export const PATCH = route(imageContracts.update, async ({ user, params, body }) =>
  updateImage(user, params.id, body),
);

/** Removes the image and its stored files. */
export const DELETE = route(imageContracts.remove, async ({ user, params }) => {
  await deleteImage(user, params.id);
});
