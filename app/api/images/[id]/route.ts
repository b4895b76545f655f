import { readJson } from "@/lib/http/body";
import { userRoute } from "@/lib/http/route";
import { deleteImage } from "@/lib/images/delete";
import { getImage } from "@/lib/images/get";
import { updateImage } from "@/lib/images/update";

type Params = { id: string };

export const GET = userRoute<Params>(async (_req, { user, params }) =>
  Response.json(await getImage(user, params.id)),
);

/** `{ isFavorite }`. */
export const PATCH = userRoute<Params>(async (req, { user, params }) =>
  Response.json(await updateImage(user, params.id, await readJson(req))),
);

/** Removes the image and its stored files. */
export const DELETE = userRoute<Params>(async (_req, { user, params }) => {
  await deleteImage(user, params.id);
  return new Response(null, { status: 204 });
});
