import { deleteFolder } from "@/lib/folders/delete";
import { updateFolder } from "@/lib/folders/update";
import { readJson } from "@/lib/http/body";
import { userRoute } from "@/lib/http/route";

type Params = { id: string };

export const PATCH = userRoute<Params>(async (req, { user, params }) =>
  Response.json(await updateFolder(user, params.id, await readJson(req))),
);

export const DELETE = userRoute<Params>(async (_req, { user, params }) => {
  await deleteFolder(user, params.id);
  return new Response(null, { status: 204 });
});
