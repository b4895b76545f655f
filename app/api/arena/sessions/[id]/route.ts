import { deleteArenaSession } from "@/lib/arena/delete";
import { getArenaSession } from "@/lib/arena/get";
import { renameArenaSession } from "@/lib/arena/rename";
import { readJson } from "@/lib/http/body";
import { userRoute } from "@/lib/http/route";

type Params = { id: string };

export const GET = userRoute<Params>(async (_req, { user, params }) =>
  Response.json(await getArenaSession(user, params.id)),
);

export const PATCH = userRoute<Params>(async (req, { user, params }) =>
  Response.json(await renameArenaSession(user, params.id, await readJson(req))),
);

export const DELETE = userRoute<Params>(async (_req, { user, params }) => {
  await deleteArenaSession(user, params.id);
  return new Response(null, { status: 204 });
});
