import { deleteConversation } from "@/lib/conversations/delete";
import { getConversation } from "@/lib/conversations/get";
import { updateConversation } from "@/lib/conversations/update";
import { readJson } from "@/lib/http/body";
import { userRoute } from "@/lib/http/route";

type Params = { id: string };

export const GET = userRoute<Params>(async (_req, { user, params }) =>
  Response.json(await getConversation(user, params.id)),
);

export const PATCH = userRoute<Params>(async (req, { user, params }) =>
  Response.json(await updateConversation(user, params.id, await readJson(req))),
);

export const DELETE = userRoute<Params>(async (_req, { user, params }) => {
  await deleteConversation(user, params.id);
  return new Response(null, { status: 204 });
});
