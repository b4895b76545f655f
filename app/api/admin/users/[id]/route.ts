import { deleteUser } from "@/lib/admin/delete-user";
import { getUserDetail } from "@/lib/admin/user-detail";
import { readJson } from "@/lib/http/body";
import { clientAddress } from "@/lib/http/client-address";
import { adminRoute } from "@/lib/http/route";

type Params = { id: string };

export const GET = adminRoute<Params>(async (_req, { user, params }) =>
  Response.json(await getUserDetail(user, params.id)),
);

/** Body `{ "confirmEmail": "<the account's email>" }`: a deletion cannot be undone. */
export const DELETE = adminRoute<Params>(async (req, { user, params }) => {
  await deleteUser(user, params.id, await readJson(req), { ip: clientAddress(req.headers) });
  return new Response(null, { status: 204 });
});
