import { deleteConfig } from "@/lib/configs/delete";
import { getConfig } from "@/lib/configs/get";
import { updateConfig } from "@/lib/configs/update";
import { readJson } from "@/lib/http/body";
import { userRoute } from "@/lib/http/route";

type Params = { id: string };

export const GET = userRoute<Params>(async (_req, { user, params }) =>
  Response.json(await getConfig(user, params.id)),
);

export const PATCH = userRoute<Params>(async (req, { user, params }) =>
  Response.json(await updateConfig(user, params.id, await readJson(req))),
);

export const DELETE = userRoute<Params>(async (_req, { user, params }) => {
  await deleteConfig(user, params.id);
  return new Response(null, { status: 204 });
});
