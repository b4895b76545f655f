import { readJson } from "@/lib/http/body";
import { clientAddress } from "@/lib/http/client-address";
import { adminRoute, userRoute } from "@/lib/http/route";
import { deleteTemplate } from "@/lib/templates/delete";
import { getTemplate } from "@/lib/templates/get";
import { updateTemplate } from "@/lib/templates/update";

type Params = { id: string };

export const GET = userRoute<Params>(async (_req, { user, params }) =>
  Response.json(await getTemplate(user, params.id)),
);

export const PATCH = adminRoute<Params>(async (req, { user, params }) =>
  Response.json(
    await updateTemplate(user, params.id, await readJson(req), {
      ip: clientAddress(req.headers),
    }),
  ),
);

export const DELETE = adminRoute<Params>(async (req, { user, params }) => {
  await deleteTemplate(user, params.id, { ip: clientAddress(req.headers) });
  return new Response(null, { status: 204 });
});
